"""Reported speech: the words of someone else, quoted in a message.

A reply often quotes the customer ("U schreef: 'Ik wil dit zo snel mogelijk opgelost
hebben.'") and a call note quotes the caller ("- Mw. Bos: "Ik hoor nooit meer iets van
jullie.""). Vague words, absolutes and promises inside such a quote are not ours: the
writer repeats them, he does not say them (paraphrases66: five of its sixteen false
findings at the start, in four texts, were quotes of the customer).

A quotation is reported speech when something introduces it as speech: a colon right
before it ("Mw. Bos: "...""), a verb of saying earlier in its sentence ("u schreef dat u
..."), or a verb of saying right after it (""...", schreef u").  A quotation without
one stays the writer's own words: a quoted name ('Snel bestellen'), a scare quote
("we lossen het "zo snel mogelijk" op").

``doc._.reported_speech`` holds the character ranges of the quoted passages (quotation
marks left out); :func:`in_reported_speech` asks whether a range lies inside one.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
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
_MAX_LEAD = 40  # words between a verb of saying and its quotation, at most


def reported_speech(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of ``doc``'s quoted speech (computed once per Doc)."""
    if doc._.reported_speech is None:
        text = doc.text
        found = []
        if any(mark in text for mark in _PAIRS):  # most messages quote nothing: no scan
            starts = [t.idx for t in doc]
            found = [(s, e) for s, e in _quotations(text) if _introduced(doc, text, starts, s, e)]
        doc._.reported_speech = found
    return doc._.reported_speech


def in_reported_speech(doc: Doc, start: int, end: int) -> bool:
    """Whether characters [start, end) of ``doc`` lie inside quoted speech."""
    spans = reported_speech(doc)  # in text order, none inside another
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1 if spans else -1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


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


def _introduced(doc: Doc, text: str, starts: list[int], start: int, end: int) -> bool:
    """The quotation [start, end) is introduced as speech (see the module docstring);
    ``text``: the Doc's text (``Doc.text`` joins every token anew at each use),
    ``starts``: the character offset of each token."""
    k = start - 2
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k >= 0 and text[k] == ":":
        return True
    if _stands_alone(text, start, end):
        return True
    before = _tokens_before(doc, bisect.bisect_left(starts, start - 1))
    after = _tokens_after(doc, bisect.bisect_left(starts, end + 1))
    return any(_says(t) for t in before) or any(_says(t) for t in after)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A quotation of whole sentences that fills its line, at most a bullet before it and
    a name after it: a testimonial or quote block ("“Binnen 24 uur hadden we twee
    verzorgenden op locatie. Snel en prettig.” – Zorginstelling Oost"), someone else's
    words (blind judges, real-text-457: three findings in client quotes called wrong)."""
    line_start = text.rfind("\n", 0, start - 1) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if any(ch.isalnum() for ch in text[line_start:start - 1]):
        return False
    after = text[end + 1:line_end].strip()
    if after and not (after[0] in "-–—" and len(after.split()) <= _ATTRIBUTION_WORDS):
        return False
    quoted = text[start:end].rstrip()
    return bool(quoted) and quoted[-1] in _SENTENCE_ENDS and len(quoted.split()) >= 4


_ATTRIBUTION_WORDS = 7  # "– mevrouw De Vries, Zorginstelling Oost"


def _tokens_before(doc: Doc, index: int) -> list["Token"]:
    """The tokens before token ``index`` back to a sentence end (at most
    :data:`_MAX_LEAD` of them: a verb of saying stands near its quotation)."""
    out = []
    for token in reversed(doc[max(0, index - _MAX_LEAD) : index]):
        if token.text in _SENTENCE_ENDS or "\n" in token.text:
            break
        out.append(token)
    return out


def _tokens_after(doc: Doc, index: int) -> list["Token"]:
    """Up to two words from token ``index`` on (a comma skipped): ", schreef u"."""
    tokens = [t for t in doc[index : index + 3] if t.text != ","]
    return tokens[:2]


def _says(token: "Token") -> bool:
    return token.is_alpha and _says_form(token.lower_)


@lru_cache(maxsize=4096)
def _says_form(word: str) -> bool:
    """A form of a verb of saying (lexicon ``speech_verbs``): "schreef", "zegt"."""
    return bool(infinitives_of(word) & lexicon()["speech_verbs"].words)
