"""Next steps without a promise verb, and how promises of one message lean on each other:
appointments and visits stated as facts (smartlint/checks/scheduled.py), a job referred
back to by a pronoun, and work in progress beside the next update (promise_parts)."""

from __future__ import annotations

from datetime import date

import pytest
from smart_support import context, parse

from smartlint.checks.promises import find_promises
from smartlint.engine import lint_text
from smartlint.settings import Settings


def complete(text: str) -> list[bool]:
    doc, placeholders = parse(text)
    return [p.complete for p in find_promises(doc, context(placeholders))]


def categories(text: str) -> set[str]:
    return {f.category for f in lint_text(text, Settings(today=date(2026, 12, 3)))}


@pytest.mark.parametrize(
    "text",
    [
        "Uw installatieafspraak staat op woensdag 9 december om 13.00 uur met monteur Kai.",
        "Uw afspraak is ingepland op maandag 7 december om 10.00 uur.",
        "Monteur Peter is dinsdag 8 december de hele dag bij u op locatie om de kasten te vervangen.",
    ],
)
def test_an_appointment_with_a_moment_is_a_next_step(text):
    assert complete(text) == [True]
    assert "no-next-step" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "De monteur is vanochtend bij u geweest en heeft de ketel bijgevuld.",  # a fact
        "Uw afspraak staat nog niet vast.",  # no moment, negated
        "Uw afspraak stond op maandag 30 november.",  # past
    ],
)
def test_a_past_or_undated_appointment_is_no_next_step(text):
    assert not any(complete(text))


def test_a_pronoun_object_takes_the_moment_of_the_job_before_it():
    text = "Het onderhoud aan uw lift staat op maandag 14 december. Monteur Frank voert het uit."
    assert complete(text) == [True, True]
    # without the dated job before it the same promise has no moment
    assert complete("Monteur Frank voert het uit.") == [False]


def test_work_in_progress_beside_the_next_update_is_a_description():
    update = "We werken aan het herstel. Om 12.30 uur mailt Ruben u de volgende update."
    assert categories(update) & {"missing-who", "missing-when", "missing-what"} == set()
    alone = "Onze ICT-afdeling werkt aan een oplossing."
    assert {"missing-who", "missing-what", "missing-when"} <= categories(alone)


def test_a_meeting_date_after_van_is_a_moment():
    doc, placeholders = parse("Lisa neemt uw opmerking mee in het overleg van dinsdag 8 december.")
    (promise,) = find_promises(doc, context(placeholders))
    assert promise.when.status == "concrete"
    doc, placeholders = parse("Wij versturen uw bestelling van 3 november.")
    (promise,) = find_promises(doc, context(placeholders))
    assert promise.when.status == "missing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 13 December 2026 is a Sunday; a Saturday 13 December lies a year back
        ("Top, dan zie ik je zaterdag 13 december in de winkel.", True),
        ("Ik heb je afspraak verzet naar di 23 dec om 9:00.", True),
        ("Ik zie je zondag 13 december in de winkel.", False),
    ],
)
def test_a_plain_date_is_the_nearest_within_half_a_year(text, expected):
    assert ("date-problem" in categories(text)) is expected


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("De storing duurt nog zo'n 2 uur. Om 12.00 uur mailt Gerben u de volgende update.", "vague-ongeveer"),
        ("Ik doe m'n best om je modem morgen vóór 12.00 uur te laten bezorgen.", "vague-ons-best"),
        ("De vermoedelijke levertijd is 3 weken. Anton belt u vrijdag 11 december om 10.00 uur.", "vague-misschien"),
        # "achterstand" is no number word ("acht")
        ("Er is een flinke achterstand. Anton belt u vrijdag 11 december om 10.00 uur.", "adjective-size"),
    ],
)
def test_spoken_and_inflected_forms(text, rule):
    assert rule in {f.rule for f in lint_text(text, Settings(today=date(2026, 12, 3)))}


def test_a_number_word_still_quantifies():
    found = lint_text("Er is een vertraging van acht dagen; een flinke. Anton belt u vrijdag 11 december om 10.00 uur.",
                      Settings(today=date(2026, 12, 3)))
    assert "adjective-size" in {f.rule for f in found}  # "een flinke" alone
    found = lint_text("De update is acht keer zo groot. Anton belt u vrijdag 11 december om 10.00 uur.",
                      Settings(today=date(2026, 12, 3)))
    assert "adjective-size" not in {f.rule for f in found}


@pytest.mark.parametrize(
    "text",
    [
        "Het onderzoek loopt nog. Ayla belt je morgen om 10.00 uur.",
        "Storing telefooncentrale: het herstel duurt nog even. Mehmet belt u om 12.00 uur met een update.",
    ],
)
def test_a_name_the_tagger_misreads_still_promises(text):
    assert complete(text)[-1] is True


def test_a_person_doing_the_appointment_on_a_date_is_a_next_step():
    text = "Op dinsdag 8 december tussen 1.00 en 3.00 uur voert technicus Bas gepland onderhoud uit."
    assert any(complete(text))
    # looking at an appointment is no appointment
    assert not any(complete("Sanne kijkt morgen naar de reparatie."))


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("Wij kijken ernaar uit u op zaterdag 12 december te ontvangen. Martijn belt u vrijdag om 14.00 uur.",
         "promise-what", False),
        ("Wij verwachten dat de onderdelen volgende week binnenkomen.", "vague-verwachting", True),
        ("We verwachten dat het binnen een uur klaar is.", "vague-verwachting", False),
        ("Omdat de onderdelen uit Duitsland komen, is de reparatie naar alle waarschijnlijkheid pas na het "
         "weekend klaar. Hakan belt u maandag vóór 10.00 uur.", "vague-misschien", True),
        ("Je vroeg of we je misschien morgen kunnen bellen. Kim belt je morgen om 10.00 uur.", "vague-misschien",
         False),
        ("Beste team van Meijer, Lindsey mailt u vrijdag de planning voor het onderhoud.", "no-next-step", False),
    ],
)
def test_statements_forecasts_and_reported_questions(text, rule, expected):
    assert (rule in {f.rule for f in lint_text(text, Settings(today=date(2026, 12, 3)))}) is expected


@pytest.mark.parametrize(("how_long", "estimate"), [("inmiddels", False), ("al", False), ("nog", True)])
def test_how_long_an_outage_lasted_is_no_estimate(how_long, estimate):
    text = f"De storing in de telefonie duurt {how_long} 2 uur. Om 13.00 uur zet Arjen een update online."
    found = lint_text(text, Settings(today=date(2026, 12, 3), context="incident"))
    assert ("incident-time-estimate" in {f.category for f in found}) is estimate
