"""Date placeholders in rule texts ({datum:maandag}) and the suggestions that use them."""

from __future__ import annotations

import re
from datetime import date

import pytest

from smartlint.engine import lint_text
from smartlint.packs import load_packs
from smartlint.settings import Settings
from smartlint.text_dates import fill_dates, next_weekday, unknown_placeholders

WED_2_DEC = date(2026, 12, 2)  # a Wednesday


@pytest.mark.parametrize("weekday, expected", [
    ("donderdag", date(2026, 12, 3)),   # tomorrow
    ("maandag", date(2026, 12, 7)),
    ("woensdag", date(2026, 12, 9)),    # the same weekday: next week, never today
])
def test_next_weekday_is_one_to_seven_days_ahead(weekday, expected):
    assert next_weekday(weekday, WED_2_DEC) == expected


def test_fill_writes_weekday_day_and_month_across_the_year_end():
    text = "Sanne belt u {datum:maandag} terug, uiterlijk {datum:vrijdag}."
    assert fill_dates(text, date(2026, 12, 30)) == "Sanne belt u maandag 4 januari terug, uiterlijk vrijdag 1 januari."


def test_without_a_date_the_placeholder_reads_as_a_blank():
    assert fill_dates("Bel {datum:dinsdag}.", None) == "Bel dinsdag ‹datum›."
    assert fill_dates(None, WED_2_DEC) is None


def test_unknown_placeholder_names():
    assert unknown_placeholders("{datum:maandag} {datum:mandag} {datum:}") == ["mandag", ""]


def test_a_finding_suggestion_is_dated_after_the_check_date():
    text = "We nemen zo snel mogelijk contact met u op.\n"
    shown = {}
    for today in (WED_2_DEC, date(2027, 3, 10)):
        findings = lint_text(text, Settings(today=today))
        shown[today] = [f.suggestion for f in findings if f.suggestion and "Sanne belt u maandag" in f.suggestion]
    assert shown[WED_2_DEC] and all("maandag 7 december" in s for s in shown[WED_2_DEC])
    assert shown[date(2027, 3, 10)] and all("maandag 15 maart" in s for s in shown[date(2027, 3, 10)])


LITERAL_DATE = re.compile(r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} [a-z]+")


def test_shipped_suggestions_have_no_fixed_weekday_dates():
    # A fixed "maandag 23 november" is a past date a week later. The date rules keep
    # theirs: their "write instead" corrects their own (fixed) example.
    for rule in load_packs():
        if rule.category == "date-problem":
            continue
        for field in ("suggestion", "use_instead"):
            value = getattr(rule, field) or ""
            assert not LITERAL_DATE.search(value), f"{rule.id}.{field}: {value}"
