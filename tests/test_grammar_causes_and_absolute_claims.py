"""Shapes from paraphrases104-105 and the real texts 394-396 after their scores: a cause
given by grammar alone during an incident ("door de vorst kapotgegaan", "omdat de server
de drukte niet aankan"), absolute outcomes with a word between or a failure counted
("altijd precies op tijd", "zonder één onderbreking", "100% schadevrij"), informing a
third party or "horen bij" (belonging) read as no promise to inform the reader, and
adjectives of severity and of our own praise ("harde wind", "ervaren specialisten")."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, draft_spans, library_rules
from test_nl_clauses import main_clause

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-12-28")


@pytest.fixture(scope="module")
def incident():
    return Linter(config=False, today="2026-12-28", context="incident")


def _causes(linter, text):
    return [words for rule, words in draft_spans(linter, text) if rule.startswith("incident-explanation")]


@pytest.mark.parametrize("text, words", [
    ("Hoi Lotte, de wijkkast is door de vorst kapotgegaan. Om 15.00 uur app ik je een update.", "door de vorst"),
    ("Storing in het boekingssysteem door een overbelaste server: online reserveren lukt niet.",
     "door een overbelaste server"),
    ("Omdat de betaalserver de drukte rond de herinschrijving niet aankan, mislukken betalingen. "
     "Om 13.00 uur plaatst Iris een update.", "Omdat de betaalserver de drukte rond de herinschrijving niet aankan"),
])
def test_a_cause_given_by_grammar_during_an_incident(incident, text, words):
    assert words in _causes(incident, text)


@pytest.mark.parametrize("text", [
    # the passive agent
    "De storing in het portaal wordt vóór 17.00 uur verholpen door de leverancier.",
    # the incident itself, not its cause
    "Door de storing kunt u niet inloggen. Om 15.00 uur mailt Iris een update.",
    "Omdat de storing nog niet verholpen is, verlengt Anouk uw proefperiode vandaag met 7 dagen.",
    "Omdat ons magazijnsysteem sinds vanochtend een storing heeft, worden er vandaag geen bestellingen verzonden.",
    # a reason of ours, no fault
    "Omdat we u goed willen informeren, mailt Iris om 13.00 uur een update.",
    # the reader's own doing
    "Door uw melding weten we waar het misgaat. Om 15.00 uur mailt Iris een update.",
])
def test_no_cause_in_an_agent_the_incident_itself_or_our_reason(incident, text):
    assert _causes(incident, text) == []


def test_the_outcome_of_a_review_with_a_long_subject_is_allowed(incident):
    text = ("Het onderzoek naar de storing in het afsprakensysteem van dinsdag 1 december 2026 is "
            "afgerond: de oorzaak was een defecte schakelaar in het datacenter. Hans mailt u "
            "vrijdag 8 januari het rapport.")
    assert _causes(incident, text) == []


def test_a_cause_by_grammar_outside_an_incident_is_no_finding(linter):
    assert _causes(linter, "Door de harde vorst is de leiding kapotgegaan. Kees belt u morgen om 9.00 uur.") == []


@pytest.mark.parametrize("text, words", [
    ("Vanaf januari komt de avondzorg altijd precies op tijd.", "altijd precies op tijd"),
    ("Met mesh-wifi heeft u voortaan in elke kamer wifi zonder één onderbreking.", "zonder één onderbreking"),
    ("Hoi Ruby, je kast wordt 100% schadevrij bezorgd door chauffeur Ahmet.", "100% schadevrij"),
    ("Met uw nieuwe bundel bent u overal in Nederland altijd bereikbaar.", "overal in Nederland altijd"),
])
def test_absolute_outcomes_with_a_word_between_or_a_failure_counted(linter, text, words):
    assert ("promise-absolute", words) in draft_spans(linter, text)


@pytest.mark.parametrize("text", [
    "U kunt het pakket zonder één euro extra retourneren binnen 30 dagen.",
    "De monteur komt altijd eerst even bellen.",
])
def test_no_absolute_outcome_without_the_combination(linter, text):
    assert "promise-absolute" not in draft_rules(linter, text)


def test_informing_a_third_party_is_no_promise_to_inform_the_reader():
    linter = Linter(config=False, today="2026-12-28")
    text = ("Met ingang van 13 december 2017 informeren wij de huisarts uitsluitend op verzoek van de "
            "cliënt als de uitslag van het bevolkingsonderzoek aanleiding geeft tot vervolgonderzoek.")
    assert "promise-channel" not in library_rules(linter, text)
    assert "promise-channel" not in draft_rules(linter, text)
    assert "promise-channel" in draft_rules(linter, "Wij informeren de klant morgen over de uitslag.")


def test_horen_bij_is_belonging_not_hearing(linter):
    text = "We zorgen ervoor dat de onderzoekers niet kunnen zien welke gegevens bij u horen."
    assert "promise-channel" not in draft_rules(linter, text)
    assert "promise-channel" in draft_rules(linter, "U hoort morgen van Sanne of de monteur komt.")


@pytest.mark.parametrize("text, words", [
    ("Door de harde wind vaart de boot van 16.00 uur vandaag niet.", "harde"),
    ("Onze ervaren specialisten nemen uw vraag donderdag 7 januari in behandeling.", "ervaren"),
    ("Hiervoor houden we ons aan strenge regels.", "strenge"),
    ("Met de nieuwe, betrouwbare bankkoppeling ziet u al uw afschriften.", "betrouwbare"),
])
def test_adjectives_of_severity_and_of_our_own_praise(linter, text, words):
    assert ("unquantified-adjective", words) in [
        ("unquantified-adjective", w) for r, w in draft_spans(linter, text) if r.startswith("adjective-")]


@pytest.mark.parametrize("text", [
    "Maak vóór de update een back-up van uw harde schijf.",
    "Tijdens de werkzaamheden kunt u wat hinder ervaren.",
])
def test_a_hard_disk_and_the_verb_ervaren_are_no_verdict(linter, text):
    assert not any(r.startswith("adjective-") for r in draft_rules(linter, text))


def test_a_date_the_parser_took_for_the_subject_gives_way_to_the_person():
    clause = main_clause("Vanaf dinsdag 5 januari komt verzorgende Mila om 19.30 uur bij u.")
    assert clause._.subject_kind == "person"
    assert "Mila" in clause._.subject.text


def test_a_fronted_thing_of_the_reader_with_je_after_a_bare_stem_is_the_object(linter):
    text = ("Je bezorgmoment bekijk je in de app van Woonhuys. Chauffeur Ahmet bezorgt je bed "
            "maandag 11 januari tussen 7.00 en 11.00 uur en monteert het ter plekke.")
    assert {"promise-what", "promise-when"}.isdisjoint(draft_rules(linter, text))


@pytest.mark.parametrize("text", [
    "De storing in het portaal wordt vóór 17.00 uur verholpen door de leverancier.",
    "De netbeheerder sluit uw nieuwe woning op dinsdag 5 januari tussen 8.00 en 12.00 uur aan.",
    "Uw bank schrijft het bedrag op maandag 4 januari bij.",
])
def test_an_outside_party_named_by_its_role_is_who_acts(linter, text):
    assert "promise-who" not in draft_rules(linter, text)


def test_an_unnamed_outside_party_is_still_nobody(linter):
    assert "promise-who" in draft_rules(linter, "Een vervoerder haalt het pakket op maandag 4 januari op.")


@pytest.mark.parametrize("text", [
    "Bel je z.s.m. terug! – Tess",
    "Geef je vr 8 jan een seintje over de nieuwe dienstregeling! – Mila",
])
def test_a_chat_line_with_ik_left_out_and_a_vague_or_short_date_promises(text):
    assert main_clause(text)._.act == "promise"


def test_a_time_and_an_apposition_before_the_verb_and_a_role_with_a_name_after_it_is_no_imperative():
    clause = main_clause("Vandaag, woensdag 16 december, zet salarisadministrateur Vera vóór 17.00 uur "
                         "alle loonstroken van december in de app.")
    assert clause._.act == "promise"
    assert clause._.subject_kind == "person"


def test_a_reflexive_request_with_a_vague_moment_stays_the_readers(linter):
    assert main_clause("Meld je z.s.m. aan voor de training.")._.act == "instruction"


def test_a_duration_placeholder_in_an_incident_is_an_estimate(incident):
    text = ("Er is een storing op uw internetverbinding. De storing is naar verwachting binnen %{duur} "
            "verholpen. %{medewerker} stuurt u op %{datum} om %{tijd} een sms met de volgende update.")
    assert ("incident-time-estimate", "%{duur}") in draft_spans(incident, text)


def test_a_date_placeholder_after_a_done_report_is_when_it_was_done(incident):
    text = "De storing is op %{datum} om %{tijd} verholpen. Het rapport volgt later."
    assert "incident-time-estimate" not in draft_rules(incident, text)


def test_the_reader_able_to_use_the_service_again_in_a_subclause(incident):
    text = "Reken erop dat je vanmiddag weer kunt mailen. Ik bel je om 13.30 uur met een update. – Niels"
    assert ("incident-time-estimate", "vanmiddag") in draft_spans(incident, text)


@pytest.mark.parametrize("text, words", [
    ("Opzichter Frank neemt uw melding vandaag mee in het overleg en belt u morgen vóór 12.00 uur met de planning.",
     "neemt uw melding vandaag mee"),
    ("Sem pakt je melding over de omvormer morgenochtend op en belt je om 11.00 uur met wat hij gevonden heeft.",
     "pakt je melding over de omvormer morgenochtend op"),
])
def test_an_empty_activity_beside_a_complete_step_stays_vague(linter, text, words):
    assert ("promise-what", words) in draft_spans(linter, text)


def test_a_step_on_the_way_is_carried_by_the_step_after_it(linter):
    text = "De commissie beoordeelt uw bezwaar en stuurt u uiterlijk 15 januari een uitspraak."
    assert "promise-what" not in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "Er komt maandag 28 december tussen 13.00 en 17.00 uur een monteur van ons langs om uw gasmeter te vervangen.",
    "Hoi Sem, er komt donderdag 7 januari tussen 13.00 en 17.00 uur een monteur bij je langs.",
])
def test_someone_after_an_existential_er_is_nobody_named(linter, text):
    assert "promise-who" in draft_rules(linter, text)


def test_a_thing_after_an_existential_er_needs_no_person(linter):
    assert "promise-who" not in draft_rules(linter, "Er komt maandag 28 december een nieuwe factuur naar u toe.")
