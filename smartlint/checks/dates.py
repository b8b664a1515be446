"""Date problems: a weekday that does not match its date, a date that does not
exist, and a promised date that already lies in the past.

A date without a year means its next occurrence on or after the reference date
(``ctx.today``), unless the text says otherwise:

* a clause that narrates the past ("u heeft op maandag 3 november gebeld") means
  the last occurrence before today;
* a reference ("uw bestelling van 3 november", ``params.reference_cues``) or a
  plain mention means the nearest occurrence, before or after today;
* an upcoming date whose weekday only fits its last occurrence ("Sanne belt u
  woensdag 2 december", written on 5 December) is that date, now past.

Only dates the text presents as upcoming can be "in the past": dates in a promise
(see :mod:`promises`) or right after a deadline word (``params.upcoming_cues``:
"uiterlijk", "vóór", "op"), in a clause that does not narrate the past.

Messages and suggestions are the rules' own templates (rules/dates.yaml), filled
with the hit's fields {text}, {date}, {weekday}, {actual_weekday}, {month}, {days},
{today} and {alternatives}: the finding says what ``smartlint explain`` shows.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Iterable

from smartlint.checks import CheckContext, Hit, register
from smartlint.checks.lexicon import PhraseList, fold, params_key
from smartlint.checks.promises import find_promises
from smartlint.checks.tense import clause_tense
from smartlint.checks.timeexpr import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    DateMention,
    days_in_month,
    find_dates,
    long_date,
    next_occurrence,
    previous_occurrence,
)
from smartlint.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

ALL_PROBLEMS = ("nonexistent", "weekday", "past")
_LEADING_WORD = re.compile(r"\w+")
# A year named after a month or a run of months, not in a full date: "Praktijksluitingen
# april/mei 2026", "december en januari 2027" (the dates under it are of that year).
_MONTHS_OF_A_YEAR = re.compile(r"(?<![\w-])(?:" + "|".join(MONTH_NAMES) + r")(?:[ \t]*(?:/|-|–|en|t/m|tot)[ \t]*(?:"
                               + "|".join(MONTH_NAMES) + r"))?[ \t]+(?P<year>(?:19|20)\d\d)(?![\w-])")


@register("dates.problems")
def date_problems(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    """params: report (subset of nonexistent/weekday/past), upcoming_cues,
    reference_cues, stale_window_days (any upcoming date that many days back is an old
    template's), deadline_window_days and deadline_cues (a deadline that many days back is
    late, not next year's), example_openers (a sentence opening with one is a worked
    example, its dates neither upcoming nor late), fix_weekday (a wrong weekday gets a safe fix:
    the weekday of the date).  The rule's own message and suggestion are templates:
    each hit gives their fields ({date}, {actual_weekday}, {month}, {days}, {today},
    {alternatives})."""
    report = set(params.get("report") or ALL_PROBLEMS)
    for mention, problem in _problems(doc, ctx, params):
        if problem is None or problem[0] not in report:
            continue
        kind, fields = problem
        fields = {"text": mention.text, "today": long_date(ctx.today, weekday=True), **fields}
        yield Hit(
            mention.start,
            mention.end,
            fields={k: str(v) for k, v in fields.items()},
            replacement=_weekday_fix(mention, fields) if kind == "weekday" and params.get("fix_weekday") else None,
        )


def _weekday_fix(mention: DateMention, fields: dict) -> str | None:
    """The mention with its weekday replaced by the date's own ("dinsdag 2 december
    2026" -> "woensdag 2 december 2026"); only for a weekday written in full, so an
    abbreviation ("di 2/12") is left to the writer."""
    written = _LEADING_WORD.match(mention.text)
    if written is None or written.group(0).lower() not in WEEKDAY_NAMES:
        return None
    actual = fields["actual_weekday"]
    if written.group(0)[:1].isupper():
        actual = actual[:1].upper() + actual[1:]
    return actual + mention.text[written.end():]


# Only these params change which problem a date has; the rules of dates.yaml share
# them and differ in ``report`` and wording.
_TIMING_PARAMS = ("upcoming_cues", "reference_cues", "stale_window_days", "deadline_window_days", "deadline_cues",
                  "example_openers")


def _problems(doc: "Doc", ctx: CheckContext, params: dict) -> list[tuple[DateMention, tuple[str, dict] | None]]:
    """Every date mention with its problem (or None), kept on the Doc: the three date
    rules ask for the same analysis (clause tense, promises) with other ``report``s."""
    timing_params = {k: params[k] for k in _TIMING_PARAMS if k in params}
    placeholders = tuple((p.start, p.end, p.name) for p in ctx.placeholders)
    key = ("smartlint.dates", ctx.today, ctx.context, placeholders, params_key(timing_params))
    cached = doc.user_data.get(key)
    if cached is None:
        text = doc_text(doc)
        folded = fold(text)
        mentions = find_dates(text, folded)
        timing = _Timing(doc, ctx, folded, timing_params) if mentions else None
        # the years the text itself names, with a date or after its months (the latter
        # looked up only when a weekday stands on a date without its year)
        named = [int(y.group("year")) for y in _MONTHS_OF_A_YEAR.finditer(folded)] \
            if any(m.weekday is not None and not m.year for m in mentions) else []
        years = frozenset([m.year for m in mentions if m.year] + named)
        cached = doc.user_data[key] = [(m, _problem(m, ctx.today, timing, years)) for m in mentions]
    return cached


def _problem(mention: DateMention, today: date, timing: "_Timing", years: frozenset = frozenset()) -> tuple[str, dict] | None:
    story = timing.story(mention)
    candidates = _candidates(mention, today, story)
    if candidates[0] is None:
        return "nonexistent", _nonexistent_fields(mention, today)
    resolved = candidates[0]
    if mention.weekday is not None:
        fitting = [c for c in candidates if c is not None and c.weekday() == mention.weekday]
        if not fitting and not mention.year and _fits_a_named_year(mention, years):
            # "van 7 april 2026 tot en met zondag 24 mei 2026 ... Meld je op dinsdag 26 mei":
            # the weekday is right in the year the text names (a blind judge, real-text-273)
            return None
        if not fitting:
            return "weekday", {
                "date": long_date(resolved),
                "weekday": WEEKDAY_NAMES[mention.weekday],
                "actual_weekday": WEEKDAY_NAMES[resolved.weekday()],
                "alternatives": _alternatives(resolved, mention.weekday),
            }
        resolved = fitting[0]
    if story != "upcoming":
        return None
    if resolved < today:
        return "past", {"date": long_date(resolved)}
    last = previous_occurrence(mention, today) if not mention.year else None
    if last is not None and (0 < (today - last).days <= timing.stale_days
                             or 0 < (today - last).days <= timing.deadline_days and timing.deadline(mention)):
        return "past", {"date": long_date(last)}  # an old template (off by default)
    return None


def _fits_a_named_year(mention: DateMention, years: frozenset) -> bool:
    for year in years:
        try:
            if date(year, mention.month, mention.day).weekday() == mention.weekday:
                return True
        except ValueError:
            continue  # 29 februari in a year without it
    return False


def _candidates(mention: DateMention, today: date, story: str) -> list[date | None]:
    """The dates a mention can mean, most likely first (the first may be None: the
    date does not exist)."""
    upcoming = next_occurrence(mention, today)
    if mention.year:
        return [upcoming]
    last = previous_occurrence(mention, today)
    if story == "past":
        # a clause about the past may carry an upcoming date ("heeft op maandag 7
        # december een plek voor u vrijgehouden", "we hebben uw afspraak verzet naar
        # ..."): the weekday may show it, within half a year
        soon = upcoming if upcoming is not None and (upcoming - today).days <= 183 else None
        return [last, soon]
    if story == "upcoming":  # the weekday may still show it meant a recent date
        recent = last if last is not None and (today - last).days <= 183 else None
        return [upcoming, recent]
    # A reference ("uw bestelling van 3 november") or a plain mention: the nearest;
    # the other one only within half a year, so "zaterdag 13 december" written ten days
    # before a Sunday 13 December is a wrong weekday, not a Saturday a year ago.
    options = sorted((d for d in (upcoming, last) if d is not None), key=lambda d: abs((d - today).days))
    return [d for k, d in enumerate(options) if k == 0 or abs((d - today).days) <= 183] or [None]


def _nonexistent_fields(mention: DateMention, today: date) -> dict:
    year = mention.year or (today.year if (mention.month, 1) >= (today.month, 1) else today.year + 1)
    month = MONTH_NAMES[mention.month - 1]
    days = days_in_month(mention.month, year)
    last = date(year, mention.month, days)
    return {
        "month": f"{month} {year}" if mention.month == 2 else month,
        "days": days,
        "alternatives": f"{long_date(last, weekday=True)} of {long_date(last + timedelta(days=1), weekday=True)}",
    }


def _alternatives(resolved: date, weekday: int) -> str:
    """"woensdag 2 december 2026" or the nearest date that is the stated weekday."""
    shift = (weekday - resolved.weekday()) % 7
    nearest = resolved + timedelta(days=shift if shift <= 3 else shift - 7)
    return f"{long_date(resolved, weekday=True)} of {long_date(nearest, weekday=True)}"


_EXAMPLE_LOOKBACK = 200  # characters looked back for an example opener


class _Timing:
    """How the text presents a date: past, upcoming, reference or neutral."""

    def __init__(self, doc: "Doc", ctx: CheckContext, folded: str, params: dict):
        self.doc, self.ctx, self.folded = doc, ctx, folded
        self.upcoming_cues = PhraseList(params.get("upcoming_cues") or ())
        self.reference_cues = PhraseList(params.get("reference_cues") or ())
        self.stale_days = int(params.get("stale_window_days") or 0)
        self.deadline_days = int(params.get("deadline_window_days") or 0)
        self.deadline_cues = PhraseList(params.get("deadline_cues") or ())
        self.example_openers = PhraseList(params.get("example_openers") or ())
        self._promises: list | None = None

    def story(self, mention: DateMention) -> str:
        if self._cue_before(self.reference_cues, mention):
            return "reference"  # "uw bestelling van 3 november", "sinds 1 oktober"
        if self._in_example(mention):
            return "neutral"  # "Voorbeeld: u vraagt op 3 december 2023 ... aan"
        tense = clause_tense(self.doc, mention.start)
        if tense in ("past", "perfect") and self._booked_for(mention):
            return "neutral"  # "kapper Lisa heeft u ingepland op zaterdag 6 december": the appointment's day
        if tense == "past":
            return "past"  # "u heeft op 3 november gebeld"
        if tense == "perfect":
            return "neutral"  # "is op 3 november verzonden" / "is op 24 december gesloten"
        if self._cue_before(self.upcoming_cues, mention) or self._in_promise(mention):
            return "upcoming"  # "uiterlijk 1 december", "Sanne belt u 23 november"
        return "neutral"

    def _booked_for(self, mention: DateMention) -> bool:
        """A booking participle (lexicon ``booked_participles``) before the mention, after
        the last period (a sentence end, or a clock time's dot: the window only shrinks):
        the date is when the booked thing takes place, not when it was booked."""
        from smartlint.nl.lexicon import lexicon

        start = self.folded.rfind(".", 0, mention.start) + 1
        return bool(lexicon()["booked_participles"].find(self.folded, start, mention.start))

    def _cue_before(self, cues: PhraseList, mention: DateMention) -> bool:
        """A cue word directly before the date ("van 3 november", "uiterlijk op 2-12")."""
        found = cues.find(self.folded, max(0, mention.start - 24), mention.start)
        return any(not self.folded[e: mention.start].strip(" ,:") for _, e in found)

    def _in_example(self, mention: DateMention) -> bool:
        """The date's sentence opens with an example opener ("Voorbeeld:", "Stel dat")."""
        # (a bounded look back: a text without sentence ends stays linear in its dates)
        floor = max(0, mention.start - _EXAMPLE_LOOKBACK)
        start = max(floor - 1, *(self.folded.rfind(end, floor, mention.start) for end in (".", "!", "?", "\n"))) + 1
        head = self.folded[start:mention.start]
        offset = len(head) - len(head.lstrip(" \t-*•"))
        return any(s == start + offset for s, _ in self.example_openers.find(self.folded, start, mention.start))

    def deadline(self, mention: DateMention) -> bool:
        """A deadline: after a deadline cue ("uiterlijk 1 december") or in an action item
        ("- Bas: belscript aanpassen, 1 december"); such a date a few days back is late,
        not next year's (``deadline_window_days``)."""
        if self._cue_before(self.deadline_cues, mention):
            return True
        return any(p.action_item and p.start <= mention.start < p.end for p in self._promises_of_doc())

    def _in_promise(self, mention: DateMention) -> bool:
        return any(p.start <= mention.start < p.end for p in self._promises_of_doc())

    def _promises_of_doc(self) -> list:
        if self._promises is None:
            self._promises = find_promises(self.doc, self.ctx)
        return self._promises
