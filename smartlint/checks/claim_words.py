"""Shared pieces of the handbook checks on promises (unrealistic outcomes, channels).

Both checks read the clause analysis (:mod:`smartlint.nl.clauses`) and take every
Dutch word from their pack's ``params``; this module only knows how to match those
lists on a sentence and when a library string reads as a whole message.

Marker syntax in the packs: a phrase ("nooit meer"), or two phrases joined by
``...`` ("nergens ... last"): the second follows the first within the same clause of
the sentence (no sentence or clause punctuation between them).

No spaCy import: the caller parsed the Doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from smartlint.checks.word_classes import WORDEN
from smartlint.nl.folding import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A word as the marker regexes' word boundaries delimit it ("e-mail" is one).
WORD_RUN = re.compile(r"[\w-]+")
# "..." joins the parts of a marker; the gap stays inside one clause.
_GAP = r"[^.!?;:,()\n]{0,60}?"
_START, _END = r"(?<![\w-])", r"(?![\w-])"
# The finite forms of the perfect's auxiliaries (closed class): "Alle problemen zijn
# opgelost", "Ik heb alles opgelost", "We hebben u een update gestuurd".
_PERFECT_AUX = {"ben", "bent", "is", "zijn", "was", "waren", "heb", "hebt", "heeft", "hebben", "had", "hadden"}


@dataclass(frozen=True)
class MarkerList:
    """Phrases (with ``...`` gaps) matched on folded text at word boundaries."""

    pattern: "re.Pattern | None"

    @classmethod
    def parse(cls, entries: Iterable[str]) -> "MarkerList":
        return _marker_list(tuple(sorted({fold(" ".join(str(e).split())) for e in entries if str(e).strip()})))

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        if self.pattern is None:
            return []
        end = len(folded) if end is None else end
        return [m.span() for m in self.pattern.finditer(folded, start, end)]


@lru_cache(maxsize=64)
def _marker_list(entries: tuple[str, ...]) -> MarkerList:
    if not entries:
        return MarkerList(None)

    def words(phrase: str) -> str:
        # the last word also as the end of a compound: "al uw IT-problemen", and closed
        # when the word is long enough to be a head noun: "al uw computerproblemen"
        *head, last = phrase.split()
        joint = r"(?:\w+-?)?" if len(last) >= 6 else r"(?:\w+-)?"
        last = (joint if head and last[:1].isalpha() else "") + re.escape(last)
        return r"\s+".join([re.escape(w) for w in head] + [last])

    alternatives = []
    for entry in sorted(entries, key=len, reverse=True):
        parts = [p.strip() for p in entry.split("...") if p.strip()]
        body = (_END + _GAP + _START).join(words(p) for p in parts)
        alternatives.append(body + _END)
    # The word-start test once, before the alternation: each alternative then opens
    # with a literal, which the regex engine checks against the next character before
    # trying the alternative (30x faster on a list of 170 phrases, same matches).
    return MarkerList(re.compile(_START + "(?:" + "|".join(alternatives) + ")"))


_COMPILED: dict[tuple[str, int], tuple[dict, object]] = {}


def compiled(name: str, params: dict, build):
    """``build(params)`` once per params object: a check gets the same params dict for
    every message of a run, and compiling its word lists per message would cost more
    than the check.  Kept with the params, so an id is never reused for other lists."""
    key = (name, id(params))
    cached = _COMPILED.get(key)
    if cached is not None and cached[0] is params:
        return cached[1]
    if len(_COMPILED) >= 64:
        _COMPILED.clear()
    value = build(params)
    _COMPILED[key] = (params, value)
    return value


def combine(first: Iterable[str], second: Iterable[str]) -> list[str]:
    """Every "A B" of two word lists ("100%" x "gegarandeerd"): the pack lists the
    parts once, the matcher sees the combinations."""
    return [f"{a} {b}" for a in first for b in second]


def reads_as_message(doc: "Doc", min_sentences: int) -> bool:
    """Whether a library string is a whole message to a customer rather than a label,
    a notice or a fragment of the software: it has a greeting or sign-off, or at
    least ``min_sentences`` content sentences."""
    from smartlint.checks.clauses import content_sentences

    if doc.user_data.get("smartlint.formulas"):
        return True
    return len(content_sentences(doc)) >= min_sentences


def clause_of(doc: "Doc", start: int, end: int) -> "Span | None":
    """The innermost clause of the clause analysis that holds [start, end)."""
    from smartlint.nl.clauses import clauses_of

    best = None
    for clause in clauses_of(doc):
        if clause.start_char <= start and end <= clause.end_char + 1:
            if best is None or len(clause) < len(best):
                best = clause
    if best is None:
        from smartlint.nl.clauses import clause_at

        best = clause_at(doc, start)
    return best


def previous_clause(doc: "Doc", clause: "Span") -> "Span | None":
    """The clause a subordinate ``clause`` hangs on: the nearest clause of its sentence
    that starts before it, whether it ends before it or holds it ("Ik kan niet beloven
    | dat ...": the parse may give the main clause the words of the "dat"-clause too)."""
    from smartlint.nl.clauses import sentence_clauses

    before = [c for c in sentence_clauses(clause) if c.start < clause.start
              and (c.end <= clause.start or c.end >= clause.end)]
    return max(before, key=lambda c: c.start) if before else None


def tells_what_happened(clause: "Span", future: MarkerList | None = None, skip: tuple[int, int] = (0, 0),
                        verbs: "list[Token] | None" = None) -> bool:
    """``clause`` tells what happened or how things are now, not what will be: a word of
    the past ("inmiddels", "vorige week"; lexicon ``past_time_words``) or a perfect
    ("Alle problemen zijn opgelost", "We hebben u een update gestuurd"; words in
    ``skip`` not counted; with ``verbs``, one of them must be the participle), unless a
    word of the future (``future``) makes it a forecast ("alles is morgen opgelost",
    "Daarna bent u verlost van ...")."""
    from smartlint.nl.lexicon import lexicon

    folded = fold(clause.text)
    if future is not None and future.find(folded):
        return False
    if lexicon()["past_time_words"].find(folded):
        return True
    others = [t for t in clause if not skip[0] <= t.idx < skip[1]]
    participles = verbs if verbs is not None else others
    return any(t.lower_ in _PERFECT_AUX for t in others) and any(
        _past_participle(t) and not _after_worden(clause, t) for t in participles)


def _after_worden(clause: "Span", participle) -> bool:
    """The auxiliary nearest before the participle is a form of "worden": a present
    passive ("... zijn 100% veilig en worden nooit gelekt"), not a perfect, whatever
    "zijn" stands earlier in the clause."""
    for token in reversed(clause[:participle.i - clause.start]):
        if token.lower_ in WORDEN:
            return True
        if token.lower_ in _PERFECT_AUX:
            return False
    return False


def _past_participle(token) -> bool:
    """"opgelost", "verholpen", "gestuurd"; not the present participle "haperend", nor
    one before its noun ("verleden tijd": attributive, no perfect)."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return "Part" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX") \
        and not token.lower_.endswith(("end", "ende")) and not (following is not None and following.pos_ == "NOUN")

