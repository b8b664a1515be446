"""Cut a long message into bounded pieces for the parser.

spaCy's pipeline holds activations for every token of a Doc at once: parsed whole,
a 900,000-character message cost 3.8 GB, and ``nlp.max_length`` refuses anything
longer.  A message longer than :data:`LONG_TEXT` is therefore cut into pieces of
at most :data:`PIECE_CHARS` characters, at a paragraph break where there is one,
else after a sentence end, else at any white space, else (a run of
:data:`PIECE_CHARS` characters without a space) anywhere.  The pieces are parsed
in batches of at most :data:`BATCH_CHARS` characters; the engine runs the rules
on each piece as it comes and drops it
(:class:`smartlint.message_findings.MessageFindings`), so memory does not grow
with the message, and message-level rules still judge the whole message.

Each piece ends with the white space that follows it, so the pieces' tokens are
those of the whole text: a cut never falls inside a word unless the text leaves no
other choice.  A piece starts a sentence (it starts after a paragraph break or a
sentence end), and the engine presets every sentence start before parsing anyway,
so the parser sees the same sentences as in the whole text.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import TYPE_CHECKING, Iterable, Iterator

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Messages up to this length are parsed whole, exactly as before pieces existed.
LONG_TEXT = 20_000
# Longest piece.  Several checks look at the whole Doc for each sentence or
# date (cost ~ piece length x mentions), so pieces are kept about paragraph-sized:
# 2,000 characters (~300 words) hold the paragraphs of a normal message whole.
PIECE_CHARS = 2_000
# Most characters parsed in one batch.  Parse memory grows with the characters of
# a batch, not with its number of Docs: 64 pieces of 5,000 characters took 900 MB
# where 64 messages of 500 took 80.  50,000 leaves batches of normal messages as
# they were (64 of them, the engine's batch size) and bounds a batch of pieces.
BATCH_CHARS = 50_000
# Where a piece may end, best first: after a blank line, after a sentence end
# (". " before a capital, digit or quote), after any white space.
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+(?=[A-Z0-9À-Þ\"'“‘(\[-])")
_SPACE = re.compile(r"\s+")


def cut_points(text: str, piece_chars: int = PIECE_CHARS) -> list[int]:
    """Offsets where pieces of ``text`` start (the first is 0), each piece at most
    ``piece_chars`` long.  Linear: each window of the text is searched once per kind
    of boundary."""
    starts = [0]
    start = 0
    while len(text) - start > piece_chars:
        limit = start + piece_chars
        cut = None
        for boundary in (_PARAGRAPH_END, _SENTENCE_END, _SPACE):
            cut = _last_end(boundary, text, start, limit)
            if cut is not None:
                break
        if cut is None:
            cut = limit  # no white space at all: cut inside the run
        starts.append(cut)
        start = cut
    return starts


def _last_end(boundary: re.Pattern, text: str, start: int, limit: int) -> int | None:
    """The end of the last ``boundary`` match that ends inside (start, limit], or None.
    A match must not end at ``start``: each piece holds at least one character."""
    last = None
    # Search a little past the limit so white space straddling it still counts;
    # a match ending after the limit is not a valid cut.
    for m in boundary.finditer(text, start, min(len(text), limit + 1)):
        if start < m.end() <= limit:
            last = m.end()
    return last


def pieces(text: str, piece_chars: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of each piece of ``text``; one piece for a short text."""
    if len(text) <= LONG_TEXT:
        return [(0, len(text))]
    starts = cut_points(text, piece_chars)
    return list(zip(starts, starts[1:] + [len(text)]))


def batches(docs: Iterable["Doc"], most_docs: int, most_chars: int = BATCH_CHARS) -> Iterator[list["Doc"]]:
    """Consecutive lists of ``docs``, each at most ``most_docs`` long and, unless a
    single Doc is longer, at most ``most_chars`` characters."""
    batch: list["Doc"] = []
    chars = 0
    for doc in docs:
        size = _text_length(doc)
        if batch and (len(batch) >= most_docs or chars + size > most_chars):
            yield batch
            batch, chars = [], 0
        batch.append(doc)
        chars += size
    if batch:
        yield batch


def _text_length(doc: "Doc") -> int:
    """``len(doc.text)`` without joining the text: it ends where the last token's
    text and trailing whitespace end."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


class Spans:
    """Ranges of a whole message ((start, end, ...) tuples or ``Placeholder``
    objects), to hand each piece those inside it, in its own offsets."""

    def __init__(self, spans: list):
        self.spans = sorted(spans, key=_start_of)
        self.keys = [_start_of(span) for span in self.spans]

    def within(self, start: int, end: int) -> list:
        """The ranges inside [start, end), shifted so that ``start`` is 0."""
        return _within(self.spans, self.keys, start, end)


def _within(spans: list, keys: list[int], start: int, end: int) -> list:
    out = []
    for span in spans[bisect.bisect_left(keys, start) : bisect.bisect_left(keys, end)]:
        if isinstance(span, tuple):
            if span[1] <= end:
                out.append((span[0] - start, span[1] - start, *span[2:]))
        elif span.end <= end:
            out.append(dataclasses.replace(span, start=span.start - start, end=span.end - start))
    return out


def _start_of(span) -> int:
    return span[0] if isinstance(span, tuple) else span.start


def join(docs: list["Doc"]) -> "Doc":
    """One Doc of the pieces' Docs, its text their exact concatenation (for
    ``Engine.parse``, which gives callers whole Docs; the lint path never joins).

    The pieces' tensors are left out (no check reads them; joined they would cost
    more than the tokens); the engine sets ``user_data`` on the joined Doc.
    """
    from spacy.tokens import Doc

    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
