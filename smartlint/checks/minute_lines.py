"""Lines of meeting minutes that report, not assign: a list line that states what is
not so ("- Geen nieuwe klachten ontvangen sinds oktober"), what happened ("- Levering
stenen week 24 verliep volgens planning") or what someone said ("- Uitvoerder meldt 3
beschadigde pallets") is no action item, whatever task words it holds."""

from __future__ import annotations

import re

from smartlint.checks.word_classes import NEGATIONS
from smartlint.nl.lexicon import lexicon
from smartlint.nl.verbs import is_irregular_past

_WORD = re.compile(r"[\w'-]+")
_BRACKETED = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")


def minuted(folded: str, start: int, end: int, labelled: bool) -> bool:
    """The list line [start, end) of ``folded`` reports a state or an event of the
    meeting. ``labelled``: the line opens with an owner label ("Kees: ..."), whose
    sentence may tell the past of its task."""
    return _states_what_is_not(folded, start, end) or not labelled and _told(folded, start, end)


def _states_what_is_not(folded: str, start: int, end: int) -> bool:
    """The item's text is negated ("Geen nieuwe klachten ontvangen sinds oktober", "...:
    de toegangspassen werken niet"): it reports a state in the minutes, it assigns
    nothing. (Not a note in brackets: "Schutting vervangen (nog geen naam)" lacks an owner.)"""
    body = _BRACKETED.sub(" ", folded[start:end])
    return any(w in NEGATIONS for w in _WORD.findall(body))


def _told(folded: str, start: int, end: int) -> bool:
    """What happened, in an irregular past (not weak pasts: "offerte", "ronde" would pass
    for one), or what was said (lexicon ``minuted_verbs``; paraphrases109)."""
    return any(is_irregular_past(w) for w in _WORD.findall(folded, start, end)) \
        or bool(lexicon()["minuted_verbs"].find(folded, start, end))
