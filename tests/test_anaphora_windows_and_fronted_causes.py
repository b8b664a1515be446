"""Shapes from the tuning sets paraphrases115-124 (forty-seventh stop): a possessive
subject with a prepositional phrase ("Uw afspraak bij dr. Hendriks is op ...") dates a
later "dan"; "in de loop van morgen" names a day; an action item's "nog te plannen" is
its moment field, not its owner; a hedged receipt in a clause read as no promise; a
long subject between "ligt" and "plat" makes an incident; a fronted "omdat"-clause or a
"daardoor" before what fails is a cause; a first name right after a verb that follows a
comma is that verb's subject."""

from __future__ import annotations

import pytest
from test_nl_clauses import analyse

from smartlint.nl.clauses import clauses_of
from smartlint.nl.folding import PhraseList


def rules(linter, text):
    return {f.rule for f in linter.lint_text(text)}


def test_a_possessive_subject_ends_before_its_prepositional_phrase():
    doc = analyse("Uw afspraak bij dr. Hendriks is op vrijdag 11 december om 14.20 uur.")
    clause = next(c for c in clauses_of(doc) if c._.finite is not None)
    assert clause._.subject.text == "Uw afspraak" and clause._.subject_kind == "thing"


def test_dan_after_an_appointment_with_a_doctor_is_its_moment(nov22_linter):
    text = ("Geachte mevrouw Hofman, uw nieuwe afspraak bij dr. Hendriks is op vrijdag 27 november om "
            "14.20 uur. Hij bespreekt dan met u de uitslag van de holter.")
    found = rules(nov22_linter, text)
    assert "promise-when" not in found and "no-next-step" not in found


def test_in_de_loop_van_morgen_names_a_day(nov22_linter):
    text = "Hoi Wessel, de uitlaat is gelast. Ik app je in de loop van morgen een foto van de las. Henk"
    assert "promise-when" not in rules(nov22_linter, text)
    # the reference "van" still dates a thing, not the promise
    assert "promise-when" in rules(nov22_linter, "De bestelling van morgen sturen we op.")


def test_nog_te_plannen_is_the_items_moment_not_its_owner(nov22_linter):
    text = ("Actielijst overleg (di 24 nov)\n\n1. Nieuwe prijslijst mailen — Esra — vr 27 nov\n"
            "2. Proefpakket langsbrengen — Bram — nog te plannen\n3. Factuur crediteren — Priya — wo 2 dec\n")
    found = rules(nov22_linter, text)
    assert "promise-when" in found and "promise-who" not in found


def test_a_hedged_receipt_is_no_promise(nov22_linter):
    text = ("Gespreksverslag hypotheekadvies – 20 november\n\nDe taxatie komt uit op € 410.000. "
            "Mogelijk kunt u daardoor een lagere rente krijgen.\n"
            "Actie: adviseur Joris belt u vrijdag 27 november om 16.00 uur met het renteaanbod.")
    found = rules(nov22_linter, text)
    assert "promise-when" not in found and "promise-who" not in found
    assert "vague-mogelijk" in found


def test_two_gaps_in_a_row_span_a_clause_not_a_sentence():
    phrases = PhraseList(["ligt ... ... plat"])
    assert phrases.find("ligt het kassasysteem van de winkel in zwolle plat")
    assert not phrases.find("ligt klaar bij de balie; de website is plat")
    assert not phrases.find("ligt klaar bij het afhaalpunt. de site is plat")
    assert not PhraseList(["ligt ... plat"]).find("ligt het kassasysteem van de winkel in zwolle plat")


@pytest.mark.parametrize("text", [
    "Vanwege een kapotte koeling in onze serverruimte ligt het kassasysteem van de winkel in Zwolle plat. "
    "Filiaalmanager Ingrid belt u om 15.00 uur.",
    "Omdat de leverancier van ons toegangssysteem vannacht een update heeft uitgerold, werken de "
    "toegangspassen sinds vanochtend niet. Hanneke mailt u om 12.00 uur de volgende update over de storing.",
    "Dag mevrouw Smulders, het netwerkonderhoud van vannacht is uitgelopen en daardoor werkt de app nu niet. "
    "Ik sms u om 13.00 uur een update over de storing.",
])
def test_a_cause_before_what_fails_is_an_explanation(text):
    assert "incident-explanation" in _categories_in_auto_context(text)


def test_the_outage_itself_is_no_cause():
    text = "Omdat de storing nog loopt, werkt de app niet. Ik sms u om 13.00 uur een update."
    assert "incident-explanation" not in _categories_in_auto_context(text)


def _categories_in_auto_context(text: str) -> set[str]:
    """``--context auto``: the text itself must make it an incident message."""
    from smartlint.api import Linter

    return {f.category for f in Linter(config=False, today="2026-11-22", context="auto").lint_text(text)}


@pytest.mark.parametrize("text, verb", [
    ("Welke laadpalen je met de nieuwe laadpas kunt gebruiken, zet Yara uiterlijk woensdag 25 november om "
     "12.00 uur in dit ticket.", "zet"),
    ("Bestellingen die vóór de storing binnenkwamen, verstuurt Ilona vandaag vóór 17.00 uur.", "verstuurt"),
])
def test_a_name_after_a_verb_after_a_comma_is_its_subject(nov22_linter, text, verb):
    clause = next(c for c in clauses_of(analyse(text)) if c._.finite is not None and c._.finite.text == verb)
    assert clause._.subject_kind == "person" and clause._.act == "promise"
    assert "no-next-step" not in rules(nov22_linter, text)


def test_an_imperative_with_a_name_as_object_stays_an_instruction():
    clause = next(c for c in clauses_of(analyse("Heeft u vragen, bel Sanne op 010-1234567.")) if c._.finite is not None
                  and c._.finite.text == "bel")
    assert clause._.act == "instruction"
