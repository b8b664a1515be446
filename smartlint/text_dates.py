"""Dates in rule texts that never go stale: ``{datum:maandag}``.

A suggestion such as "Sanne belt u maandag 23 november terug" is wrong a week after
it was written, and an agent who copies it gets a past deadline, the very thing the
``date-past`` rule reports.  Pack texts (``suggestion``, ``use_instead``) therefore
write a weekday placeholder, filled in against the date a message is checked on:
``{datum:maandag}`` becomes "maandag 7 december", the first Monday after that date.
Where no such date exists (the generated rule reference, SARIF rule metadata) it
reads "maandag ‹datum›".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from smartlint.calendar_nl import MONTH_NAMES, WEEKDAY_NAMES

PLACEHOLDER = re.compile(r"\{datum:([^{}]*)\}")


def unknown_placeholders(text: str) -> list[str]:
    """Names in ``{datum:...}`` placeholders that are not Dutch weekday names."""
    return [m.group(1) for m in PLACEHOLDER.finditer(text) if m.group(1) not in WEEKDAY_NAMES]


def next_weekday(weekday: str, today: date) -> date:
    """The first ``weekday`` after ``today`` (1 to 7 days ahead)."""
    ahead = (WEEKDAY_NAMES.index(weekday) - today.weekday() - 1) % 7 + 1
    return today + timedelta(days=ahead)


def fill_dates(text: str | None, today: date | None) -> str | None:
    """``text`` with each placeholder written out for ``today``; with ``today`` None,
    as "maandag ‹datum›"."""
    if not text or "{datum:" not in text:
        return text

    def written(match: re.Match) -> str:
        weekday = match.group(1)
        if today is None:
            return f"{weekday} ‹datum›"
        day = next_weekday(weekday, today)
        return f"{weekday} {day.day} {MONTH_NAMES[day.month - 1]}"

    return PLACEHOLDER.sub(written, text)
