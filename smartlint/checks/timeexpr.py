"""Dutch date and time expressions: finding them, resolving dates, naming them.

Used by the promise analysis (is there a concrete moment?) and by the date check
(does the weekday match, does the date exist, is it past?).  Plain regular
expressions over folded text (see :func:`lexicon.fold`), so offsets are those of
the original text.  We parse the numeric and month-name forms ourselves instead
of calling dateparser: dateparser costs ~0.1-0.3 s to import plus ~0.1 s for the
first call, drops the weekday ("dinsdag 2 december" simply becomes 2 December),
and returns None both for "31 november" and for text it does not understand, so
it could not tell us any of the three date problems.

The incident check finds its time expressions with :func:`vocabulary_time_regex`
and :func:`merged_times` instead: a grammar over its own pack's word lists.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable

from smartlint.calendar_nl import MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES
from smartlint.checks.lexicon import PhraseList, fold
from smartlint.nl.lexicon import Lexicon, lexicon

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {name: k for names in (WEEKDAY_NAMES, WEEKDAY_ABBREVIATIONS) for k, name in enumerate(names)}


def _alternation(words: Iterable[str]) -> str:
    """``words`` as a regex alternation, longest first (so "morgen" cannot cut
    "morgen vroeg" short); one that never matches when there are none."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _phrase_alternation(phrases: Iterable[str]) -> str:
    """:func:`_alternation` of phrases whose words may be apart by any white space
    ("uiterlijk eind", "van tevoren")."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True)) or "(?!)"


_WEEKDAY = rf"(?P<wd>{_alternation(WEEKDAYS)})\.?,?\s+(?:de\s+)?"
# Abbreviated months may end in a period ("2 dec."); a full name leaves it to the sentence.
_MONTH = "|".join(
    re.escape(m) + ("" if m in MONTH_NAMES else r"\.?") for m in sorted(MONTHS, key=len, reverse=True)
)
_NAMED_DATE = re.compile(
    rf"(?<![\w.,€-])(?:{_WEEKDAY})?(?P<d>\d{{1,2}})(?:e|ste|de)?\s+(?P<m>{_MONTH})"
    # the year after a space, or after a comma when it is a year ("29 februari, 2024")
    rf"(?:\s+(?P<y>\d{{4}})|,\s*(?P<y2>(?:19|20|21)\d{{2}}))?(?![\w-])"
)
_NUMERIC_DATE = re.compile(
    rf"(?<![\w/.,€-])(?:{_WEEKDAY})?(?P<d>\d{{1,2}})(?P<sep>[-/])(?P<m>\d{{1,2}})"
    rf"(?:(?P=sep)(?P<y>\d{{4}}|\d{{2}}))?(?![\w/-]|[.,]\d)"
)
# A bare "2-12" is only a date after words like these ("op 2-12", "uiterlijk 2/12");
# "binnen 2-3 werkdagen" is a range.
_DATE_CUE_BEFORE = re.compile(
    r"(?:\b(?:op|voor|uiterlijk|per|tot|t/m|vanaf|van|d\.d\.|dd|datum|sinds)\s*:?\s*|\s[—–]\s*)$"
)  # ... or a field dash of an action item: "Buddy koppelen — 8-12"
_CLOCK = re.compile(r"(?<![\w.,:€])(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\w|[.,:]\d)(?:\s*uur)?")
_HOUR = re.compile(
    r"(?<![\w-])(?:om|voor|tot|na|vanaf|tussen|rond|uiterlijk|en)\s+(?:[01]?\d|2[0-3])\s*uur(?![\w-])"
)
# The short hour of chat and Flemish: "om 14u", "10u30", "8-12u", "vóór 17u".
_SHORT_HOUR = re.compile(r"(?<![\w.,:€-])(?:(?:[01]?\d|2[0-3])\s*[-–]\s*)?(?:[01]?\d|2[0-3])u(?:[0-5]\d)?(?![\w-])")
_HOUR_WORDS = r"een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"
# "om tien uur", "rond drie uur", "om kwart over tien", "om half drie", "om 9 uur 's ochtends"
_SPOKEN_CLOCK = re.compile(
    rf"(?<![\w-])(?:om|voor|tot|na|vanaf|tussen|rond|uiterlijk|omstreeks|tegen|en)\s+"
    rf"(?:(?:kwart\s+(?:over|voor)|half|(?:\d{{1,2}}|vijf|tien)\s+(?:over|voor)(?:\s+half)?)\s+"
    rf"(?:{_HOUR_WORDS}|1[0-2]|[1-9])|(?:{_HOUR_WORDS})\s+uur)(?![\w-])"
)
# A clock time right after a label, no preposition between: "Update 13.00 uur", "Stand
# 9:40" (shared by the action items and the promise shapes).
CLOCK_AFTER_LABEL = re.compile(r"[ \t]+\d{1,2}[.:]\d{2}\b")
# "in week 49", "week 49": a numbered calendar week
_WEEK_NUMBER = re.compile(r"(?<![\w-])(?:in\s+)?week\s+(?:[1-9]|[1-4]\d|5[0-3])(?![\w.,-]?\d)")
_NUMBER_WORDS = (
    r"\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien|"
    r"vierentwintig|achtenveertig|het|"
    r"een\s+half|een\s+halve|anderhalf|anderhalve"  # "een half uur voordat hij aankomt"
)


@lru_cache(maxsize=2)
def _vocabulary_patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """The patterns whose nouns come from the lexicon: a weekday with a part of the day
    ("maandagochtend"; lexicon day_parts), a part of a month ("begin januari"; lexicon
    month_parts) or a month with its year ("mei 2027"), and a bounded duration ("binnen 2 werkdagen"; lexicon duration_units)."""
    month_parts = _phrase_alternation(lex['month_parts'].words)
    weekday_word = re.compile(
        r"(?<![\w-])(?:maan|dins|woens|donder|vrij|zater|zon)dag"
        rf"(?:{_alternation(lex['day_parts'].words)})?(?![\w-])"
        rf"|(?<![\w-])(?:{month_parts})\s+(?:{_alternation(MONTH_NAMES)})(?:\s+\d{{4}})?(?![\w-])"
        # a month with its year: "gepland in mei 2027" (not the month of a full date)
        rf"|(?<![\w-])(?<!\d\s)(?:{_alternation(MONTH_NAMES)})\s+\d{{4}}(?![\w-])"
    )
    units = _alternation(lex['duration_units'].words)
    relations = _phrase_alternation(lex['duration_relations'].words)
    approx = _alternation(list(lex['approximators'].words) + list(lex['duration_bounds'].words))
    # "binnen 2 werkdagen", "over drie weken"; or relative to an event the reader knows
    # (lexicon duration_relations): "twee dagen van tevoren", "7 dagen nadat ..."
    # a day or part of the day named by an event of the reader's: "op de ochtend van het
    # evenement", "de avond voor de levering", "twee dagen na de installatie", "30 minuten
    # voor aankomst"
    parts = _alternation(list(lex['day_parts'].words) + list(lex['duration_units'].words))
    duration = re.compile(
        # (the Flemish article between: "binnen de 5 werkdagen", "binnen de 24 uur")
        rf"(?<![\w-])(?:binnen|over)\s+(?:de\s+)?(?:(?:{approx})\s+)?(?:{_NUMBER_WORDS})\s+(?:{units})(?![\w-])"
        rf"|(?<![\w-])(?:{_NUMBER_WORDS})\s+(?:{units})\s+(?:{relations})(?![\w-])"
        rf"|(?<![\w-])(?:de|{_NUMBER_WORDS})\s+(?:{parts})\s+(?:van|voor|na)\s+(?:(?:de|het|uw|je|jouw)\s+)?[a-z]"
        # a cadence the reader can check: "elke 30 minuten", "om de twee uur" (the bare
        # "elk uur" is in the pack's concrete words)
        rf"|(?<![\w-])(?:elke|iedere|om\s+de)\s+(?:{_NUMBER_WORDS})\s+(?:{units})(?![\w-])"
    )
    return weekday_word, duration


@dataclass(frozen=True)
class DateMention:
    """A date written in the text, e.g. "di 2 dec" at characters [start, end)."""

    start: int
    end: int
    text: str
    day: int
    month: int
    year: int | None
    weekday: int | None  # 0 = Monday, as date.weekday()

    def exists_in(self, year: int) -> bool:
        return 1 <= self.day <= calendar.monthrange(year, self.month)[1]


def find_dates(text: str, folded: str | None = None) -> list[DateMention]:
    """All dates in ``text`` (including impossible ones such as "31 november")."""
    folded = fold(text) if folded is None else folded
    found: list[DateMention] = []
    for m in _NAMED_DATE.finditer(folded):
        # with the month's name, a day up to 39 is a date written wrong ("op 32 december"),
        # not some other number; a bare "32-12" is none
        if 1 <= int(m["d"]) <= 39:
            found.append(_mention(text, m, MONTHS[m["m"].rstrip(".")]))
    taken = [(d.start, d.end) for d in found]
    for m in _NUMERIC_DATE.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        month = int(m["m"])
        if not 1 <= month <= 12:
            continue
        if m["y"] is not None and len(m["y"]) == 4 and not 1900 <= int(m["y"]) <= 2199:
            continue  # "Ordernummer 31-11-4402": an identifier, not a date
        before = folded[max(0, m.start() - 14): m.start()]
        if m["y"] is None and m["wd"] is None and not _DATE_CUE_BEFORE.search(before):
            continue
        if 1 <= int(m["d"]) <= 31:
            found.append(_mention(text, m, month))
    return sorted(found, key=lambda d: d.start)


def _mention(text: str, m: re.Match, month: int) -> DateMention:
    year = m["y"] or m.groupdict().get("y2")
    if year is not None:
        year = int(year) + (2000 if len(year) == 2 else 0)
    weekday = WEEKDAYS[m["wd"]] if m["wd"] else None
    return DateMention(m.start(), m.end(), text[m.start(): m.end()], int(m["d"]), month, year, weekday)


def next_occurrence(mention: DateMention, today: date) -> date | None:
    """The date meant: its own year, or else its first occurrence on/after ``today``.

    None when that date does not exist (31 November; 29 February in a common year).
    """
    if mention.year:
        year = mention.year
    else:
        year = today.year if (mention.month, mention.day) >= (today.month, today.day) else today.year + 1
    return date(year, mention.month, mention.day) if mention.exists_in(year) else None


def previous_occurrence(mention: DateMention, today: date) -> date | None:
    """For a date without a year: its last occurrence before ``today`` (None if that
    date does not exist)."""
    year = today.year if (mention.month, mention.day) < (today.month, today.day) else today.year - 1
    return date(year, mention.month, mention.day) if mention.exists_in(year) else None


def days_in_month(month: int, year: int) -> int:
    return calendar.monthrange(year, month)[1]


def long_date(day: date, weekday: bool = False) -> str:
    """"2 december 2026" or, with weekday, "woensdag 2 december 2026"."""
    text = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    return f"{WEEKDAY_NAMES[day.weekday()]} {text}" if weekday else text


def concrete_time_spans(folded: str, start: int, end: int, words: PhraseList) -> list[tuple[int, int]]:
    """Concrete moments in ``folded[start:end]``: dates, weekdays, clock times,
    bounded durations ("binnen 2 werkdagen") and the pack's concrete words."""
    spans = [(d.start + start, d.end + start) for d in find_dates(folded[start:end], folded[start:end])]
    weekday_word, duration = _vocabulary_patterns(lexicon())
    for pattern in (weekday_word, _CLOCK, _HOUR, _SHORT_HOUR, _SPOKEN_CLOCK, _WEEK_NUMBER, duration):
        spans += [m.span() for m in pattern.finditer(folded, start, end)
                  if pattern is not _CLOCK or not _numbered_thing(folded, m)]
    spans += words.find(folded, start, end)
    return sorted(spans)


def clock_time_spans(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clock times in ``folded[start:end]``: "10.00", "om 9 uur", "om half drie"."""
    return sorted(m.span() for p in (_CLOCK, _HOUR, _SHORT_HOUR, _SPOKEN_CLOCK) for m in p.finditer(folded, start, end)
                  if p is not _CLOCK or not _numbered_thing(folded, m))


def _numbered_thing(folded: str, clock: re.Match) -> bool:
    """"lokaal 2.14", "versie 3.10", "artikel 7.12": the number of the noun right before
    it (lexicon ``numbered_nouns``), not a clock time; "2.14 uur" stays a time."""
    if clock.group().endswith("uur"):
        return False
    before = _WORD_BEFORE.search(folded[max(0, clock.start() - 30):clock.start()])  # (a window: linear)
    return before is not None and before.group(1) in lexicon()["numbered_nouns"].words


_WORD_BEFORE = re.compile(r"(\w+)\.?[ \t]*$")  # the word right before ("nr. 2.14" too)


@dataclass
class TimeMatch:
    """A time expression at characters [start, end) found by :func:`merged_times`."""

    start: int
    end: int
    kinds: set[str]  # regex groups that matched: duration, clock, date, day
    text: str


@lru_cache(maxsize=8)
def vocabulary_time_regex(numbers, units, day_words, duration_words, clock_words, months,
                          hour_words=(), day_parts=()) -> re.Pattern:
    """Time expressions built from a pack's word lists (tuples), case-insensitive
    on the original text, each kind in its named group: duration ("binnen een half
    uur"), clock ("om 16.30 uur"), date ("3 december", "3-12") and day ("vanavond").

    Deliberately not the grammar above: it finds what its pack's words say (any
    "in de loop van de dag" a pack adds) and leaves out what they do not.
    """
    number = rf"(?:\d+(?:[.,]\d+)?|{_alternation(numbers)})"
    clock = r"\d{1,2}[.:]\d{2}(?:\s*uur|\s*u\b)?|\d{1,2}\s*uur|\d{1,2}u(?:[0-5]\d)?\b"
    # up to two words between ("nog ongeveer 2 uur", "nog zo'n twee uur", "over max. 45 minuten")
    duration = rf"(?:{_alternation(duration_words)})\s+(?:[\w'’]+\.?\s+){{0,2}}?{number}\s+(?:{_alternation(units)})"
    clock_expr = rf"(?:(?:{_alternation(clock_words)})\s+)?(?:{clock})"
    if hour_words:  # "rond vieren", "om half vijf", "tegen vier uur"
        fraction = r"(?:half|kwart\s+(?:over|voor))\s+"
        spoken = rf"(?:{fraction})?(?:{_alternation(numbers)})\s+uur|{_alternation(hour_words)}|{fraction}(?:{_alternation(numbers)})"
        clock_expr += rf"|(?:{_alternation(clock_words)})\s+(?:{spoken})"
    # a weekday with a part of the day: "maandagochtend", "vrijdagnamiddag"
    day_part = rf"(?:{_alternation(day_parts)})?" if day_parts else ""
    # "24/7" is round the clock, not 24 July
    date_expr = rf"\d{{1,2}}\s+(?:{_alternation(months)})|(?!24/7(?![\d/-]))\d{{1,2}}[-/]\d{{1,2}}(?:[-/]\d{{2,4}})?"
    pattern = (
        rf"(?<!\w)(?:(?P<duration>{duration})|(?P<clock>{clock_expr})|(?P<date>{date_expr})"
        rf"|(?P<day>(?:{_alternation(day_words)}){day_part}))(?!\w)"
    )
    return re.compile(pattern, re.IGNORECASE)


def merged_times(time_re: re.Pattern, text: str, start: int, end: int) -> list[TimeMatch]:
    """Matches of ``time_re`` in text[start:end]; neighbours ("vanavond om 18.00 uur") merge."""
    merged: list[TimeMatch] = []
    for m in time_re.finditer(text, start, end):
        kinds = {k for k, v in m.groupdict().items() if v}
        if merged and not text[merged[-1].end : m.start()].strip():
            last = merged[-1]
            last.end, last.kinds = m.end(), last.kinds | kinds
            last.text = text[last.start : last.end]
        else:
            merged.append(TimeMatch(m.start(), m.end(), kinds, m.group()))
    return merged
