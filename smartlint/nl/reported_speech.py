"""Reported speech: the words of someone else, quoted in a message.

A reply often quotes the customer ("U schreef: 'Ik wil dit zo snel mogelijk opgelost
hebben.'") and a call note quotes the caller ("- Mw. Bos: "Ik hoor nooit meer iets van
jullie.""). Vague words, absolutes and promises inside such a quote are not ours: the
writer repeats them, he does not say them (paraphrases66: four of sixteen false findings
were quotes of the customer).

A quotation is reported speech when something introduces it as speech: a colon right
before it ("Mw. Bos: "...""), a verb of saying earlier in its sentence ("u schreef dat u
..."), or a verb of saying right after it (""...", schreef u").  A quotation without
one stays the writer's own words: a quoted name ('Snel bestellen'), a scare quote
("we lossen het "zo snel mogelijk" op").

``doc._.reported_speech`` holds the character ranges of the quoted passages (quotation
marks left out); :func:`in_reported_speech` asks whether a range lies inside one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from smartlint.nl.lexicon import lexicon
from smartlint.nl.verbs import infinitives_of

if TYPE_CHECKING:
    from spacy.tokens import Token

if not Doc.has_extension("reported_speech"):
    Doc.set_extension("reported_speech", default=None)

# Opening mark -> the marks that close it.
_PAIRS = {"“": "”", "„": "”“", "«": "»", "‘": "’", '"': '"', "'": "'’"}
# A quotation closes within its paragraph and within this many characters, or it is none
# (a stray mark must not make the rest of a long message someone else's words).
_MAX_QUOTE = 600
# Contractions that begin with an apostrophe: 's ochtends, 't, 'n, 'm.
_CONTRACTIONS = ("s ", "t ", "n ", "m ")
_SENTENCE_ENDS = ".!?"


def reported_speech(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of ``doc``'s quoted speech (computed on first use)."""
    if doc._.reported_speech is None:
        doc._.reported_speech = [(s, e) for s, e in _quotations(doc.text) if _introduced(doc, s, e)]
    return doc._.reported_speech


def in_reported_speech(doc: Doc, start: int, end: int) -> bool:
    """Whether characters [start, end) of ``doc`` lie inside quoted speech."""
    if not any(mark in doc.text for mark in _PAIRS):
        return False  # most messages quote nothing: no scan
    return any(s <= start and end <= e for s, e in reported_speech(doc))


def _quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text between each opening mark and its closing mark."""
    out, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _PAIRS and _opens(text, i):
            close = _closing(text, i + 1, _PAIRS[ch])
            if close is not None:
                out.append((i + 1, close))
                i = close + 1
                continue
        i += 1
    return out


def _opens(text: str, i: int) -> bool:
    """A mark at ``i`` opens a quotation: it starts a word, and an apostrophe is no
    contraction ('s, 't) nor the end of a word (foto's)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() or after.isspace():
        return False
    return not (text[i] == "'" and text.startswith(_CONTRACTIONS, i + 1))


def _closing(text: str, start: int, closers: str) -> int | None:
    """The offset of the mark that closes a quotation opened before ``start``: it ends
    a word (followed by no letter); None past a blank line or :data:`_MAX_QUOTE`."""
    end = min(len(text), start + _MAX_QUOTE)
    for k in range(start, end):
        ch = text[k]
        if ch == "\n" and text.startswith("\n", k + 1):
            return None
        if ch in closers and k > start and not (k + 1 < len(text) and text[k + 1].isalnum()):
            return k
    return None


def _introduced(doc: Doc, start: int, end: int) -> bool:
    """The quotation [start, end) is introduced as speech (see the module docstring)."""
    text = doc.text
    k = start - 2
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k >= 0 and text[k] == ":":
        return True
    return any(_says(t) for t in _tokens_before(doc, start - 1)) or any(_says(t) for t in _tokens_after(doc, end + 1))


def _tokens_before(doc: Doc, offset: int) -> list["Token"]:
    """The tokens of the sentence before character ``offset``, back to a sentence end."""
    out = []
    for token in reversed(doc[: _token_index(doc, offset)]):
        if token.text in _SENTENCE_ENDS or "\n" in token.text:
            break
        out.append(token)
    return out


def _tokens_after(doc: Doc, offset: int) -> list["Token"]:
    """Up to two words right after character ``offset`` (a comma skipped): ", schreef u"."""
    i = _token_index(doc, offset)
    tokens = [t for t in doc[i : i + 3] if t.text != ","]
    return tokens[:2]


def _token_index(doc: Doc, offset: int) -> int:
    """The index of the first token that starts at or after ``offset``."""
    for token in doc:
        if token.idx >= offset:
            return token.i
    return len(doc)


def _says(token: "Token") -> bool:
    return token.is_alpha and bool(infinitives_of(token.text) & lexicon()["speech_verbs"].words)
