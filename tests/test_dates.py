"""Dates: finding and resolving them (timeexpr.py, no spaCy) and the date-problem
check (dates.problems) with the shipped rules/dates.yaml params."""

from __future__ import annotations

from datetime import date

import pytest
from smart_support import TODAY, pack_params, run

from smartlint.checks.dates import date_problems
from smartlint.checks.timeexpr import find_dates, next_occurrence, previous_occurrence
from smartlint.engine import lint_text
from smartlint.settings import Settings

RULES = {rule: pack_params("dates.yaml", rule) for rule in ("date-weekday", "date-nonexistent", "date-past")}


def said(hit, which="message"):
    """The finding's text: the date rule's own template filled with the hit's fields
    (one message per rule, the one ``smartlint explain`` shows)."""
    from smartlint.message_findings import _fill
    from smartlint.packs import load_packs

    rules = {rule.id: rule for rule in load_packs([])}
    fields = hit.fields or {}
    rule_id = "date-weekday" if "actual_weekday" in fields else "date-nonexistent" if "days" in fields else "date-past"
    rule = rules[rule_id]
    return _fill(rule.message if which == "message" else rule.suggestion, fields.get("text", ""), fields)
ALL = {**RULES["date-weekday"], "report": ["weekday", "nonexistent", "past"]}


@pytest.mark.parametrize(
    "text, found, fields",
    [
        ("Sanne belt u dinsdag 2 december terug.", "dinsdag 2 december", (2, 12, None, 1)),
        ("Sanne belt u di 2 dec. terug.", "di 2 dec.", (2, 12, None, 1)),
        ("uiterlijk 2 december 2026.", "2 december 2026", (2, 12, 2026, None)),
        ("vóór 02-12-2026.", "02-12-2026", (2, 12, 2026, None)),
        ("op 2-12 om 9.00 uur", "2-12", (2, 12, None, None)),
        ("op maandag 23 november", "maandag 23 november", (23, 11, None, 0)),
        ("uiterlijk 31 november.", "31 november", (31, 11, None, None)),
        ("op 1e december", "1e december", (1, 12, None, None)),
        # the last field of an action item: "Buddy koppelen — 8-12"
        ("- Jamal: buddy koppelen — 8-12", "8-12", (8, 12, None, None)),
    ],
)
def test_find_dates_reads_numeric_and_month_name_forms(text, found, fields):
    (mention,) = find_dates(text)
    assert mention.text == found == text[mention.start:mention.end]
    assert (mention.day, mention.month, mention.year, mention.weekday) == fields


@pytest.mark.parametrize(
    "text",
    [
        "U ontvangt het binnen 2-3 werkdagen.",
        "Bel ons op 06-12345678 of 020-1234567.",
        "Het bedrag van € 12-12 klopt niet.",
        "Sanne belt u om 12.00 uur.",
        "De update is 2.300 MB groot.",
        "Week 2-12 van het project.",  # a bare d-m without a date word before it
        "We leveren 32-12 nooit.",  # no such day number, no month's name: no date
    ],
)
def test_find_dates_ignores_ranges_phone_numbers_amounts_and_times(text):
    assert find_dates(text) == []


def test_a_date_without_year_is_its_next_occurrence_on_or_after_today():
    (nov23,) = find_dates("23 november")
    (nov3,) = find_dates("3 november")
    (feb29,) = find_dates("29 februari")
    assert next_occurrence(nov23, TODAY) == date(2026, 11, 23)
    assert next_occurrence(nov3, TODAY) == date(2027, 11, 3)
    assert previous_occurrence(nov3, TODAY) == date(2026, 11, 3)
    assert next_occurrence(feb29, TODAY) is None  # February 2027 has 28 days
    assert next_occurrence(feb29, date(2027, 3, 1)) == date(2028, 2, 29)


def problems(text, params=ALL, today=TODAY):
    return [(span, said(hit)) for span, hit in run(date_problems, text, params, today=today)]


def test_weekday_mismatch_names_the_right_weekday():
    ((span, hit),) = run(date_problems, "Sanne belt u dinsdag 2 december 2026 terug.", RULES["date-weekday"])
    assert span == "dinsdag 2 december 2026"
    assert said(hit) == "dinsdag 2 december 2026: 2 december 2026 is een woensdag."
    assert "woensdag 2 december 2026" in said(hit, "suggestion") and "dinsdag 1 december 2026" in said(hit, "suggestion")
    assert problems("Sanne belt u di 2 dec terug.") == [("di 2 dec", "di 2 dec: 2 december 2026 is een woensdag.")]


def test_a_promise_after_a_fronted_object_is_upcoming():
    # "verstuur ik" after the comma is an inverted main clause, not a question: the date
    # is promised, so 4 December is this year's (a Friday), not last year's Thursday.
    text = "Het jaaroverzicht dat u opvroeg, verstuur ik donderdag 4 december per post."
    assert problems(text) == [("donderdag 4 december", "donderdag 4 december: 4 december 2026 is een vrijdag.")]


def test_one_doc_judged_against_two_reference_dates():
    # The analysis is kept on the Doc; the engine parses a text once even when two
    # messages (e-mails with their own Date:) share it, so today must be in the key.
    from smart_support import context, parse

    doc, placeholders = parse("Sanne belt u uiterlijk vrijdag 27 november 2026 terug.")
    def kinds(today):
        return [said(h) for h in date_problems(doc, context(placeholders, today=today), RULES["date-past"])]
    assert kinds(date(2026, 11, 22)) == []
    assert len(kinds(date(2026, 12, 1))) == 1
    assert kinds(date(2026, 11, 22)) == []


def test_nonexistent_dates():
    assert problems("U ontvangt de creditnota uiterlijk 31 november.") == [
        ("31 november", "31 november bestaat niet: november heeft 30 dagen.")
    ]
    assert problems("Wij betalen het bedrag uiterlijk 30 februari terug.") == [
        ("30 februari", "30 februari bestaat niet: februari 2027 heeft 28 dagen.")
    ]


def test_promised_or_deadline_dates_in_the_past():
    assert problems("Sanne stuurt u uiterlijk 2 november 2026 de offerte.") == [
        ("2 november 2026", "2 november 2026 ligt in het verleden: vandaag is het zondag 22 november 2026.")
    ]
    assert [span for span, _ in problems("De betaling moet vóór 02-11-2026 binnen zijn.")] == ["02-11-2026"]
    # The weekday shows a recent date was meant (written on Saturday 5 December).
    assert [span for span, _ in problems("Sanne belt u woensdag 2 december.", today=date(2026, 12, 5))] == [
        "woensdag 2 december"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bakkerij Jansen stuurt uiterlijk dinsdag 1 december de testresultaten.",
        "Sanne belt u maandag 23 november vóór 12.00 uur terug.",
        "Uw bestelling van 3 november 2026 is verzonden.",  # a reference, not a promise
        "U heeft op 3 november 2026 gebeld.",  # told as past
        "U heeft op dinsdag 3 november gebeld.",  # the last 3 November was a Tuesday
        "Je API-sleutel is verlopen op 15 november 2026.",
        "Sanne stuurt de factuur van 3 november 2026 vandaag nog naar u toe.",
        "Op zondag 22 november is de winkel gesloten.",  # today
        "Sanne belt u op 2-12 terug.",
    ],
)
def test_hard_negatives(text):
    assert problems(text) == []


def test_each_rule_reports_only_its_own_problem():
    text = "Sanne belt u dinsdag 2 december 2026 terug en mailt u uiterlijk 31 november."
    assert [s for s, _ in run(date_problems, text, RULES["date-weekday"])] == ["dinsdag 2 december 2026"]
    assert [s for s, _ in run(date_problems, text, RULES["date-nonexistent"])] == ["31 november"]
    assert run(date_problems, text, RULES["date-past"]) == []


def test_stale_template_dates_are_reported_only_when_switched_on():
    text = "Sanne belt u op 3 november terug."
    assert run(date_problems, text, RULES["date-past"]) == []
    stale = {**RULES["date-past"], "stale_window_days": 31}
    assert [s for s, _ in run(date_problems, text, stale)] == ["3 november"]


def test_engine_reports_date_problems_at_the_source_characters():
    text = "Beste Jan,\n\nSanne belt u dinsdag 2 december terug.\n\nGroet,\nPiet\n"
    findings = lint_text(text, Settings(today=TODAY, select=["date-problem"]))
    assert [(f.rule, f.text, f.message) for f in findings] == [
        ("date-weekday", "dinsdag 2 december", "dinsdag 2 december: 2 december 2026 is een woensdag.")
    ]
    assert text[findings[0].start:findings[0].end] == "dinsdag 2 december"


def test_a_day_past_31_with_the_months_name_is_a_nonexistent_date():
    from smartlint.checks.timeexpr import find_dates

    assert [(d.day, d.month) for d in find_dates("Sven appt je op 32 december de nieuwe code.")] == [(32, 12)]
    assert find_dates("Ordernummer 32-12.") == []  # a bare number pair is no date


def test_a_year_after_a_comma_belongs_to_the_date():
    """"29 Februari, 2024" (a leap year) exists; a number after a comma that is no year
    ("op 3 juni, 1500 klanten") is not taken for one."""
    from smartlint.checks.timeexpr import find_dates

    [leap] = find_dates("Update van het onderhoud op 29 februari, 2024")
    assert (leap.day, leap.month, leap.year) == (29, 2, 2024)
    [june] = find_dates("Op 3 juni, 1500 klanten")
    assert june.year is None
