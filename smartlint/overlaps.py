"""Overlapping findings of one message: which hit makes another redundant.

A rule's hit inside a longer hit of the same category ("snel" inside "zo snel
mogelijk"), a hit of a category its rule ``yields_to`` (declared in its pack) and a hit
in the sentence of a category its rule ``yields_in_sentence_to`` are dropped;
everything else is kept.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartlint.checks import Hit
    from smartlint.packs import Rule


def yield_in_sentence(kept: dict[str, list[Hit]], rules: list[Rule], doc: Doc) -> None:
    """Drop, in place, the hits of a rule that share a sentence of ``doc`` with a kept hit
    of a category it ``yields_in_sentence_to``: an unrealistic promise ("Wij zorgen dat
    dit nooit meer gebeurt") is rewritten as a whole, so its who, what and when are not
    asked for as well (seven of nine independent writers of labelled sets report it once)."""
    yielding = [rule for rule in rules if rule.yields_in_sentence_to and kept.get(rule.id)]
    targets = {category for rule in yielding for category in rule.yields_in_sentence_to}
    # sentence starts of the hits yielded to, per category (one lookup per hit: linear)
    sentences: dict[str, set[int]] = {}
    for rule in rules:
        if rule.category in targets:
            for hit in kept.get(rule.id, ()):
                start = _sentence_start(doc, hit)
                if start is not None:
                    sentences.setdefault(rule.category, set()).add(start)
    if not sentences:
        return
    for rule in yielding:
        starts = set().union(*(sentences.get(c, set()) for c in rule.yields_in_sentence_to))
        if starts:
            kept[rule.id] = [hit for hit in kept[rule.id] if _sentence_start(doc, hit) not in starts]


def _sentence_start(doc: Doc, hit: Hit) -> int | None:
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    return span.sent.start_char if span is not None else None


def resolve_overlaps(candidates: list[tuple[Rule, Hit]]) -> list[tuple[Rule, Hit]]:
    """Drop a hit that another hit makes redundant (see :func:`_shadows`).

    Only overlapping hits can shadow each other, so each hit is compared with the
    hits that start less than the longest hit's length before it and before its end
    (sorted by start): a message with thousands of findings stays linear, not quadratic.
    """
    # A few long hits (a message-wide no-next-step over one huge sentence) are compared
    # with every hit; the window for the others is their own longest length.
    long_hits = [pair for pair in candidates if pair[1].end - pair[1].start > _LONG_HIT]
    ordered = sorted((pair for pair in candidates if pair[1].end - pair[1].start <= _LONG_HIT),
                     key=lambda pair: pair[1].start)
    starts = [hit.start for _, hit in ordered]
    longest = max((hit.end - hit.start for _, hit in ordered), default=0)
    kept = []
    for rule, hit in candidates:
        near = ordered[bisect.bisect_right(starts, hit.start - longest) : bisect.bisect_left(starts, hit.end)]
        if not any(_shadows(other_rule, other, rule, hit) for other_rule, other in near + long_hits):
            kept.append((rule, hit))
    return kept


_LONG_HIT = 200  # characters


def _shadows(other_rule: Rule, other: Hit, rule: Rule, hit: Hit) -> bool:
    """Does ``other`` make ``hit`` redundant?

    * Same category, ``other`` strictly contains ``hit``: "zo snel mogelijk" is one
      vague-word finding, not also "snel" and "mogelijk".  Equal spans of two rules
      (a date with a wrong weekday that is also in the past) are both kept.
    * A rule overlapping a category it ``yields_to`` (declared in its pack): "snel"
      is a vague word, not also an unquantified adjective.  A hit that gives way to
      another never drops that other one, even when it is longer: "is op bezoek bij
      klanten" (a rule that yields to other-client) leaves "op bezoek bij klanten".
    """
    if other is hit:
        return False
    overlapping = other.start < hit.end and hit.start < other.end
    if other_rule.category in rule.yields_to:
        return overlapping
    if overlapping and rule.category in other_rule.yields_to:
        return False  # ``other`` gives way to this hit: it cannot also drop it (else neither stays)
    return (
        other_rule.category == rule.category
        and other.start <= hit.start
        and hit.end <= other.end
        and other.end - other.start > hit.end - hit.start
    )
