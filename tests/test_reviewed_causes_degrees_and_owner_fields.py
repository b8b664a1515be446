"""Shapes from paraphrases100-101 after their scores: a cause given once the review is
done, comparatives by degree ("een stuk overzichtelijker"), a vague "zodra ..." after a
timed heading, a review meeting as a moment, an owner field after the task's period,
and words the parser hangs under a subclause although they stand before its
subordinator."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, draft_spans
from test_nl_clauses import analyse

from smartlint.api import Linter
from smartlint.nl.clauses import clauses_of


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-12-16")


@pytest.fixture(scope="module")
def incident():
    return Linter(config=False, today="2026-12-16", context="incident")


def test_a_cause_after_a_finished_review_of_a_dated_outage_is_allowed(incident):
    text = ("Het onderzoek naar de storing van maandag 14 december 2026 is afgerond: de oorzaak was een "
            "fout in een configuratiebestand. Iris mailt u vrijdag 18 december om 10.00 uur het rapport.")
    assert "incident-explanation" not in draft_rules(incident, text)
    # the same cause while the outage is open still is one
    assert "incident-explanation" in draft_rules(
        incident, "De oorzaak was een fout in een configuratiebestand. Iris belt u om 14.00 uur.")


@pytest.mark.parametrize("text, flagged", [
    ("Het nieuwe dashboard is een stuk overzichtelijker dan het oude.", "een stuk overzichtelijker"),
    ("Het nieuwe dashboard werkt stukken prettiger.", "stukken prettiger"),
    ("Omdat het een tijdrovende klus is, levert Ravi de correctie vrijdag 8 januari op.", "tijdrovende"),
])
def test_a_comparative_by_degree_or_a_time_consuming_job_is_unquantified(linter, text, flagged):
    assert any(rule.startswith("adjective-") and span == flagged for rule, span in draft_spans(linter, text))


def test_a_piece_of_something_is_no_comparative(linter):
    assert not any(rule.startswith("adjective-") for rule in
                   draft_rules(linter, "Sanne stuurt u vrijdag 18 december een stuk papier met de code."))


def test_a_vague_whenever_after_a_timed_heading_stays_vague(incident):
    text = ("Update 10.20 uur: de betaalpagina werkt niet. "
            "Zodra er meer bekend is, mailt Sven u een nieuwe update.")
    assert ("promise-when", "Zodra er meer bekend is") in draft_spans(incident, text)


def test_a_dated_review_meeting_times_the_step_taken_in_it(linter):
    text = "Hidde bespreekt de verhoging in de jaarevaluatie van dinsdag 12 januari 2027."
    assert "promise-when" not in draft_rules(linter, text)


@pytest.mark.parametrize("item", [
    "- 2 mailboxen aanmaken voor de nieuwe stagiairs. Eigenaar: Iris, maandag 21 december.",
    "- Back-up: test van de restore-procedure; eigenaar: Niels, vóór vrijdag 8 januari 2027.",
])
def test_an_owner_field_after_the_tasks_period_names_its_owner(linter, item):
    rules = draft_rules(linter, "Actiepunten overleg 16 december 2026\n" + item)
    assert "promise-who" not in rules and "no-next-step" not in rules


def test_an_item_without_an_owner_field_still_lacks_an_owner(linter):
    rules = draft_rules(linter, "Actiepunten overleg 16 december 2026\n- 2 mailboxen aanmaken, maandag 21 december.")
    assert "promise-who" in rules


def test_words_before_a_subordinator_belong_to_the_clause_around_it():
    doc = analyse("U hoort maandag 21 december van Noor via een bericht in de app of uw claim is goedgekeurd.")
    main = next(c for c in clauses_of(doc) if c._.role == "main")
    assert "app" in main.text and not any("app" in c.text for c in clauses_of(doc) if c._.role == "subordinate")


def test_a_channel_before_the_told_question_is_the_promises_channel(linter):
    text = "U hoort maandag 21 december van Noor via een bericht in de app of uw claim is goedgekeurd."
    assert "promise-channel" not in draft_rules(linter, text)


def test_from_him_after_a_named_role_names_the_sender(linter):
    text = ("De monteur vervangt donderdag 17 december om 13.00 uur de trapas van uw e-bike. "
            "Na afloop krijgt u van hem een sms dat u de fiets kunt ophalen.")
    assert "promise-who" not in draft_rules(linter, text)
    # "we" before it names no one "hem" can stand for
    assert "promise-who" in draft_rules(linter, "Wij vervangen donderdag 17 december de trapas. "
                                                "Na afloop krijgt u van hem een sms.")


@pytest.mark.parametrize("text", [
    "Het herstel van de betaalmodule duurt naar verwachting de rest van de middag.",
    "Het herstel neemt de hele ochtend in beslag.",
])
def test_a_stretch_of_the_day_as_the_length_of_the_fix_is_an_estimate(incident, text):
    assert "incident-time-estimate" in draft_rules(incident, text + " Om 14.00 uur belt Koen u met een update.")


def test_a_service_hour_over_a_whole_day_is_no_estimate(incident):
    assert "incident-time-estimate" not in draft_rules(
        incident, "Wij zijn de hele dag bereikbaar op 088 123 45 67. Om 14.00 uur belt Koen u met een update.")


def test_a_noun_after_a_preposition_is_no_finite_verb(incident):
    text = ("Update 13.30 uur: het herstel van de telefooncentrale loopt nog. "
            "Volgende update: uiterlijk 15.00 uur, door Marloes per e-mail.")
    assert "no-next-step" not in draft_rules(incident, text)


APP_DESCRIPTION = """Val je vaak in slaap bij een video? Slaapwacht zorgt ervoor dat je toestel niet de hele nacht blijft draaien.

WAAROM JE DIT NODIG HEBT

Zonder Slaapwacht begint de ene video na de andere.

HOE HET WERKT

1. Stel in hoe vaak de knop moet verschijnen.
2. Start Slaapwacht.

FUNCTIES

* Twee modi
* Instelbaar interval

🔒 PRIVACY

Slaapwacht verzamelt niets en zorgt ervoor dat je scherm op tijd vergrendelt.
"""


def test_a_text_of_titles_in_capitals_is_a_document_not_a_letter(linter):
    found = linter.lint_text(APP_DESCRIPTION, path="full_description.txt")
    assert not [f.rule for f in found if f.category in ("missing-what", "missing-when", "no-next-step")]


def test_minutes_with_headings_in_capitals_keep_their_action_items(linter):
    text = ("VERSLAG\n\nAANWEZIG\n- Kees\n\nBESPROKEN\n- de planning\n\nACTIEPUNTEN\n- Kees: offerte mailen\n\n"
            "VOLGENDE KEER\n- nog onbekend\n")
    assert "promise-when" in [f.rule for f in linter.lint_text(text, path="notulen.txt")]
