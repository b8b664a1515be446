"""Case- and accent-folded matching of Dutch words and phrases: the one matching
semantics of the lexicon, the clause analysis and the checks.

* :func:`fold` makes text case- and accent-insensitive ("Vóór" -> "voor") while
  keeping its length, so offsets into the folded text are offsets into the text.
* :class:`PhraseList` finds fixed phrases ("zo snel mogelijk", "ons team") in a
  folded text, at word boundaries, longest first.

No spaCy here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable


def fold(text: str) -> str:
    """Lower case without accents, of exactly the same length ("Vóór" -> "voor")."""
    if text.isascii():  # most words: the per-character work below gives the same
        return text.lower()
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    base = unicodedata.normalize("NFD", low)[:1] if not low.isascii() else low
    return base if len(low) == 1 and base else ch


class PhraseList:
    """Fixed phrases matched on folded text at word boundaries, longest first.

    Two marks stand for word shapes a list cannot spell out: a word written ``*storing``
    is the head of a compound (it matches "storing", "netwerkstoring", "verstoring",
    "P1-storing"),
    ``storingsupdate*`` a word that may go on ("storingsupdates"); and a word ``...``
    between two words is a gap of up to four words ("ligt ... plat": "ligt sinds 9.00
    uur plat"), two of them a gap of up to eight words inside one clause."""

    def __init__(self, phrases: Iterable[str]):
        self.phrases = tuple(p for p in (str(x).strip() for x in phrases) if p)
        parts = sorted({fold(p) for p in self.phrases}, key=len, reverse=True)
        body = "|".join(_phrase_pattern(p) for p in parts)
        self._re = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])") if parts else None

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of each phrase in ``folded[start:end]`` (``folded`` = fold(text))."""
        if self._re is None:
            return []
        end = len(folded) if end is None else end
        return [m.span() for m in self._re.finditer(folded, start, end)]


_GAP = r"\s+(?:\S+\s+){0,4}?"
# Two gaps in a row: up to eight words, none of them ending a clause or a sentence
# ("ligt ... ... plat": "ligt het kassasysteem van de winkel in Zwolle plat", not "ligt
# klaar bij de balie; de website is plat").
_LONG_GAP = r"\s+(?:[^\s,;:!?]*[^\s,;:!?.]\s+){0,8}?"


def _phrase_pattern(phrase: str) -> str:
    pattern, joined = "", False
    words = phrase.split()
    for k, word in enumerate(words):
        if word == "..." and k + 1 < len(words) and words[k + 1] == "...":
            continue  # the first of two: the second adds the long gap
        if word == "...":
            pattern, joined = pattern + (_LONG_GAP if k and words[k - 1] == "..." else _GAP), True
            continue
        if pattern and not joined:
            pattern += r"\s+"
        head = r"[\w-]*" if word.startswith("*") and len(word) > 1 else ""
        tail = r"\w*" if word.endswith("*") and len(word) > 1 else ""
        pattern += head + re.escape(word.strip("*") if head or tail else word) + tail
        joined = False
    return pattern
