"""Incident protocol: no estimate of when the fix is done.

During an incident we do not say when it will be solved ("binnen een uur
verholpen", "vanavond om 18.00 uur weer bereikbaar"): estimates are often wrong
and then become the story.  We do say when the next update comes ("om 14.00 uur
volgt een nieuwe update"), and "we kunnen nog niet zeggen hoe lang het herstel
duurt" is the recommended wording.

The check works per clause: a clause with a time expression *and* a word about the
fix or the service coming back, without an update or negation cue, is an
estimate.  All words come from the pack's ``params`` (rules/incident.yaml); the
time expressions are regular expressions built from those word lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from smartlint.checks import CheckContext, Hit, register

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_CLAUSE_BREAKS = {",", ";", ":", "(", ")", "–", "—", "en", "maar", "want", "of"}


@register("incident.time_estimate")
def time_estimate(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    """Hit the time expression of each clause that estimates the fix.

    params:
      recovery: words/phrases about the fix or the service returning (opgelost, weer online)
      update: words/phrases that make the time about the next update (update, stand van zaken)
      negation: words/phrases that say there is no estimate (nog niet, onbekend)
      done: phrases that report the fix as done ("is opgelost"); such a clause only
        estimates with a future_cue ("we verwachten") or a future_days/duration time
      future_cues, future_days: see ``done``
      not_after: a time right after these words describes the incident ("van vanochtend")
      numbers, units, day_words, duration_words, clock_words, months: vocabulary of
        the time expressions ("binnen 2 uur", "om 16.30 uur", "vanavond", "3 december")
    """
    time_re = _time_regex(*(tuple(params.get(k, ())) for k in _VOCABULARY))
    recovery, update, negation, done, future_cues = (
        _phrases(params.get(k, ())) for k in ("recovery", "update", "negation", "done", "future_cues")
    )
    future_days = {d.lower() for d in params.get("future_days", ())}
    not_after = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in params.get("not_after", ()) or ["(?!)"]) + r")\s*$",
        re.IGNORECASE,
    )
    text = doc.text
    for sent in doc.sents:
        head: list[str] = []
        for clause, after_colon in _clauses(sent):
            words = _words(clause)
            # "Verwachte hersteltijd: 16.30 uur": the words before the colon give the topic.
            topic = head + words if after_colon else words
            head = words
            if not any(_contains(topic, r) for r in recovery):
                continue
            if any(_contains(words, u) for u in update + negation):
                continue
            reported_done = any(_contains(words, d) for d in done) and not any(
                _contains(topic, f) for f in future_cues
            )
            for m in _merged_times(time_re, text, clause.start_char, clause.end_char):
                if not_after.search(text[max(0, m.start - 12) : m.start]):
                    continue  # "de storing van vanochtend", "sinds 11.00 uur"
                if reported_done and not _is_future(m, future_days):
                    continue  # "De storing is vanochtend om 9.00 uur opgelost."
                yield Hit(m.start, m.end)


_VOCABULARY = ("numbers", "units", "day_words", "duration_words", "clock_words", "months")


@dataclass
class _TimeMatch:
    start: int
    end: int
    kinds: set[str]  # regex groups that matched: duration, clock, date, day
    text: str


def _is_future(match: _TimeMatch, future_days: set[str]) -> bool:
    return "duration" in match.kinds or match.text.lower() in future_days


def _merged_times(time_re: re.Pattern, text: str, start: int, end: int) -> list[_TimeMatch]:
    """Time expressions in text[start:end]; neighbours ("vanavond om 18.00 uur") merge."""
    merged: list[_TimeMatch] = []
    for m in time_re.finditer(text, start, end):
        kinds = {k for k, v in m.groupdict().items() if v}
        if merged and not text[merged[-1].end : m.start()].strip():
            last = merged[-1]
            last.end, last.kinds = m.end(), last.kinds | kinds
            last.text = text[last.start : last.end]
        else:
            merged.append(_TimeMatch(m.start(), m.end(), kinds, m.group()))
    return merged


@lru_cache(maxsize=8)
def _time_regex(numbers, units, day_words, duration_words, clock_words, months) -> re.Pattern:
    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    number = rf"(?:\d+(?:[.,]\d+)?|{alt(numbers)})"
    clock = r"\d{1,2}[.:]\d{2}(?:\s*uur|\s*u\b)?|\d{1,2}\s*uur"
    duration = rf"(?:{alt(duration_words)})\s+(?:\w+\s+){{0,2}}?{number}\s+(?:{alt(units)})"
    clock_expr = rf"(?:(?:{alt(clock_words)})\s+)?(?:{clock})"
    date = rf"\d{{1,2}}\s+(?:{alt(months)})|\d{{1,2}}[-/]\d{{1,2}}(?:[-/]\d{{2,4}})?"
    pattern = (
        rf"(?<!\w)(?:(?P<duration>{duration})|(?P<clock>{clock_expr})|(?P<date>{date})"
        rf"|(?P<day>{alt(day_words)}))(?!\w)"
    )
    return re.compile(pattern, re.IGNORECASE)


def _phrases(items) -> list[tuple[str, ...]]:
    return [tuple(p.lower().split()) for p in items]


def _words(span: "Span") -> list[str]:
    return [t.lower_ for t in span if not t.is_space]


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def _clauses(sent: "Span") -> Iterable[tuple["Span", bool]]:
    """Split a sentence at commas, colons, line breaks and coordinating words;
    yields (clause, whether it follows a colon)."""
    start, after_colon = sent.start, False
    doc = sent.doc
    for token in sent:
        is_break = token.lower_ in _CLAUSE_BREAKS or (token.is_space and "\n" in token.text)
        if is_break and token.i >= start:
            if token.i > start:
                yield doc[start : token.i], after_colon
            start, after_colon = token.i + 1, token.text == ":"
    if start < sent.end:
        yield doc[start : sent.end], after_colon
