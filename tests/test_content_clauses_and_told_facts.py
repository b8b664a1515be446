"""Shapes from paraphrases110-111, clause gold dev13 and the real texts 421-429: a
"dat"-clause after "Het plan is" or "De bedoeling is" is a clause of its own with its
own subject (our promise inside it); asking round ("navragen") is staff work, not a
request; a "dat"-clause under "Wist u ...?" is what we tell, so its adjectives are read;
a cause that "ontstaat vanwege" or "situeert zich bij" is named during an incident; a
colleague with another pet owner or citizen, counted homes of others and one other
business where the same was solved are other clients."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules

from smartlint.api import Linter
from smartlint.nlp import load_pipeline
from smartlint.preprocess import apply_sentence_starts, prepare


def clauses(text: str):
    nlp = load_pipeline()
    prepared = prepare(text)
    doc = nlp.make_doc(prepared.text)
    apply_sentence_starts(doc, prepared)
    return [(c.text, c._.role, c._.act, c._.subject_kind) for c in nlp(doc)._.clauses]


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2027-08-26")


@pytest.fixture(scope="module")
def incident():
    return Linter(config=False, today="2027-08-26", context="incident")


def test_the_content_clause_after_het_plan_is_is_its_own_promise():
    found = clauses("Het plan is dat Sanne u morgen belt.")
    assert ("dat Sanne u morgen belt", "subordinate", "promise", "person") in found


def test_the_content_clause_keeps_its_own_subject():
    found = clauses("De bedoeling is dat monteur Erik de panelen morgen legt.")
    sub = [c for c in found if c[1] == "subordinate"]
    assert sub and sub[0][2:] == ("promise", "person")


def test_asking_round_is_staff_work_not_a_request():
    assert clauses("ik vraag het na bij het magazijn")[0][2] == "promise"
    assert clauses("Wij vragen u om uw klantnummer.")[0][2] != "promise"


def test_what_wist_u_dat_tells_is_read_as_a_claim(linter):
    found = clauses("Wist u dat u in onze handige app alle vaccinaties op één plek ziet?")
    assert [c[2] for c in found] == ["question", "description"]
    rules = draft_rules(linter, "Wist u dat u in onze handige app alle vaccinaties op één plek ziet? "
                                "Femke mailt u maandag 30 augustus de herinnering.")
    assert "adjective-praise" in rules
    # a "whether" after knowing still asks
    assert all(c[2] in ("question", "label") for c in clauses("Weet u of de monteur al geweest is?"))


def test_a_cause_that_arises_from_or_sits_with_the_supplier(incident):
    rules = draft_rules(incident, "De inlogstoring ontstaat vanwege onderhoud bij de leverancier van ons "
                                  "lesplatform. Om 11.30 uur mailt Timo van de helpdesk alle cursisten een update.")
    assert "incident-explanation-source" in rules
    rules = draft_rules(incident, "Het probleem situeert zich bij onze leverancier van de terminals. "
                                  "Lien Verstraete post om 14 uur een update op deze pagina.")
    assert "incident-explanation-source" in rules


@pytest.mark.parametrize("text", [
    "Dierenarts Femke is nog bij een andere eigenaar. Zij belt u vandaag om 16.00 uur.",
    "Handhaver Thijs is op dit moment op huisbezoek bij een andere inwoner in uw straat.",
    "Deze foutmelding zagen we deze maand ook bij drie andere installaties in uw straat.",
    "Die hack heeft Wessel vorige maand bij een ander bedrijf in uw branche opgelost.",
    "We zagen dit vorige week ook bij een ander bedrijf.",
])
def test_other_clients_by_sector_count_or_business(linter, text):
    assert any(r.startswith("other-client") for r in draft_rules(linter, text))


@pytest.mark.parametrize("text", [
    "U kunt uw pakket ook bij een andere winkel ophalen.",
    "Deze instelling geldt ook bij andere installaties.",
])
def test_a_shop_elsewhere_or_uncounted_installations_are_no_clients(linter, text):
    assert not any(r.startswith("other-client") for r in draft_rules(linter, text))


@pytest.mark.parametrize("text", [
    "Met onze examentraining slaagt u in één keer voor uw examen. Wim belt u maandag 30 augustus.",
    "Bij ons Klantcontactcentrum worden al uw vragen in één keer beantwoord.",
    "Vanaf nu wordt uw container altijd op de geplande dag geleegd.",
    "Met onze parkeerapp bent u altijd zeker van een vrije plaats.",
    "Als onze monteurs de kast plaatsen, gaat er gegarandeerd niets mis.",
])
def test_first_time_passes_nothing_wrong_and_always_on_the_day_are_absolute(linter, text):
    assert "promise-absolute" in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "Kunt u uw vragen in één keer stellen?",
    "U ontvangt gegarandeerd geen reclame van ons.",
])
def test_a_request_or_a_policy_is_no_absolute_promise(linter, text):
    assert "promise-absolute" not in draft_rules(linter, text)


def test_a_minutes_heading_with_a_plural_noun_holds_no_past_deadline():
    text = ("Notulen overleg bezorgroutes, maandag 5 juli 2027\n"
            "Besproken: route Noord liep in juni op 3 vrijdagen uit.\n")
    rules = draft_rules(Linter(config=False, today="2027-07-06"), text)
    assert "date-past" not in rules and "promise-what" not in rules
    found = clauses("Notulen overleg bezorgroutes, maandag 5 juli 2027")
    assert found[0][2] == "label"


def test_the_flemish_article_in_a_bounded_span_keeps_it_a_moment(linter):
    rules = draft_rules(linter, "Dossierbeheerder Arne Peeters bezorgt u uw bewonerskaart binnen de 5 werkdagen per post.")
    assert "promise-when" not in rules
    assert "promise-when" in draft_rules(linter, "Dossierbeheerder Arne Peeters bezorgt u uw bewonerskaart per post.")


def test_a_short_heading_line_over_a_sentence_is_no_part_of_it():
    text = ("Bezorgmelding Woonhuis Brinkman\n"
            "De planning stuurt u woensdag 7 juli vóór 18.00 uur per sms uw bezorgtijdvak.\n")
    rules = draft_rules(Linter(config=False, today="2027-07-06"), text)
    assert "promise-who" in rules
    # a hard-wrapped line in lower case still goes on
    found = clauses("Wij sturen u morgen\nde nieuwe router.")
    assert len([c for c in found if c[1] == "main"]) == 1


def test_a_participle_tagged_as_a_noun_after_worden_is_the_passive_verb():
    # the tagger calls "teruggestort" a noun; with "vandaag" the passive is our promise
    assert clauses("Het bedrag wordt vandaag teruggestort.")[0][2] == "promise"
    assert clauses("wordt vandaag nog teruggestort hoor")[0][2] == "promise"


def test_a_relative_clause_verb_is_not_the_promise_verb(linter):
    text = ("We zullen je cv bewaren en contact met je opnemen over functies die beter passen bij "
            "je vaardigheden en ervaring.")
    spans = [(f.rule, f.text) for f in linter.lint_text(text, path="mail.txt")]
    assert ("promise-when", "vaardigheden") not in spans
    assert any(rule == "promise-when" for rule, _ in spans)


def test_a_verb_before_a_time_word_the_parser_made_the_verb_is_the_finite_verb():
    # "appt" tagged an adjective, "vanavond" the root verb
    found = clauses("Dierenarts Bente appt je vanavond om 19.00 uur hoe de operatie van Gizmo is gegaan.")
    assert found[0][2:] == ("promise", "person")
