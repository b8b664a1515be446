"""The thirty-sixth stop's third round (issue 12, paraphrases92, a tuning set): news that
"komt" follows as news that "volgt" does; "niet later dan" is a deadline, no negation;
a function and a first name ("Magazijnchef Roel", "Kwaliteitsfunctionaris Bas") are a
person; what comes to us ("We krijgen deze week veel vragen") is no promise; a get-well
wish is no vague moment; every case solved ("lossen elk IT-probleem ... op") is an
absolute outcome; "AP:" marks an action item; "er wordt naar X gekeken" with X of eight words."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, draft_spans
from test_nl_clauses import main_clause


def test_news_that_comes_follows(nov22_incident_linter):
    text = "Status 11.00 uur: de telefonie is nog niet hersteld. De volgende update komt om 12.00 uur."
    assert ("promise-who", "De volgende update komt") in draft_spans(nov22_incident_linter, text)
    assert main_clause("De volgende update komt om 12.00 uur van Jamal.")._.act == "promise"


def test_news_that_comes_from_someone_is_a_next_step(nov22_incident_linter):
    text = ("Status 11.00 uur: de telefonie is nog niet hersteld. De volgende update komt om 12.00 uur "
            "van Jamal, via de statuspagina.")
    assert not {"no-next-step", "promise-who"} & set(draft_rules(nov22_incident_linter, text))


@pytest.mark.parametrize("text", [
    "Uw pakket wordt niet later dan vrijdag 27 november door DHL bezorgd.",
    "Sanne belt u niet later dan vrijdag 27 november om 10.00 uur.",
])
def test_not_later_than_is_a_deadline(nov22_linter, text):
    assert "no-next-step" not in draft_rules(nov22_linter, text)


def test_a_plain_negation_still_is_no_promise(nov22_linter):
    assert "no-next-step" in draft_rules(nov22_linter, "Sanne belt u vrijdag niet.")


@pytest.mark.parametrize("text", [
    "Magazijnchef Roel verstuurt het pakket woensdag 25 november met DHL.",
    "Kwaliteitsfunctionaris Bas belt u morgen om 10.00 uur.",
])
def test_a_function_and_a_first_name_are_a_person(nov22_linter, text):
    assert main_clause(text)._.subject_kind == "person"
    assert "no-next-step" not in draft_rules(nov22_linter, text)


def test_what_comes_to_us_is_no_promise(nov22_linter):
    text = ("We krijgen deze week veel vragen over de tarieven voor 2027. Energieadviseur Bram mailt u "
            "woensdag 25 november uw persoonlijke tarievenoverzicht.")
    assert not {"promise-who", "promise-when"} & set(draft_rules(nov22_linter, text))


@pytest.mark.parametrize("text", [
    "Namens het hele team wensen wij u een spoedig herstel. Esra komt donderdag 26 november om 8.30 uur.",
    "We wensen je een snel herstel! Sanne belt je morgen om 10.00 uur.",
])
def test_a_get_well_wish_is_no_vague_moment(nov22_linter, text):
    assert not {"vague-spoedig", "vague-snel"} & set(draft_rules(nov22_linter, text))


def test_a_quick_repair_promised_is_still_vague(nov22_linter):
    assert "vague-spoedig" in draft_rules(nov22_linter, "We werken aan een spoedig herstel van de storing.")


@pytest.mark.parametrize(("text", "span"), [
    ("Wij lossen elk IT-probleem binnen 24 uur op. Nadia installeert morgen om 9.00 uur uw printer.",
     "lossen elk IT-probleem binnen 24 uur op"),
    ("Vanaf nu klopt elke factuur, dat beloven we u. Sara stort het bedrag vrijdag 27 november terug.",
     "klopt elke factuur"),
])
def test_every_case_solved_is_absolute(nov22_linter, text, span):
    assert ("promise-absolute", span) in draft_spans(nov22_linter, text)


def test_ap_marks_an_action_item(nov22_linter):
    text = "AP: Wout – servers patchen – wo 25/11 22:00\nAP: Liza – klant bellen met uitkomst – do 26/11 10:00\n"
    assert "no-next-step" not in draft_rules(nov22_linter, text)


def test_the_passive_look_at_a_long_object_is_vague(nov22_linter):
    text = "Er wordt naar uw klacht over de geluidsoverlast van de buren gekeken."
    assert "vague-kijken-ernaar" in draft_rules(nov22_linter, text)
