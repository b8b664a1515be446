"""Action items that inform the customer named in the third person, and moments
told relative to another event (paraphrases96-98 after their scores)."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-12-09")


@pytest.fixture(scope="module")
def client_linter():
    return Linter(config=False, today="2026-12-09", client="Aannemersbedrijf Wijnholt",
                  clients=["Aannemersbedrijf Wijnholt"])


@pytest.mark.parametrize("text", [
    "Acties:\n- Sarita: mevrouw Bos informeren over de uitkomst van de keuring, ma 21 dec\n"
    "- Noor: advies opvragen bij de GGD, vr 11 dec",
    "Actiepunten:\n- Bewoners informeren over de brandoefening\n- Rookmelders in blok C testen",
])
def test_an_action_item_informing_the_customer_names_a_channel(linter, text):
    assert "promise-channel" in draft_rules(linter, text)


def test_an_action_item_informing_the_own_client_names_a_channel(client_linter):
    text = ("Werkoverleg Aannemersbedrijf Wijnholt, 9 december 2026\nActies:\n"
            "- Femke informeert Aannemersbedrijf Wijnholt over de vertraging, vr 11/12\n")
    assert "promise-channel" in draft_rules(client_linter, text)


@pytest.mark.parametrize("text", [
    "Acties:\n- Sarita: de monteur informeren over de uitkomst van de keuring, ma 21 dec",
    "Acties:\n- Sarita: mevrouw Bos per e-mail informeren over de uitkomst, ma 21 dec",
])
def test_an_action_item_informing_a_colleague_or_by_mail_is_not_reported(linter, text):
    assert "promise-channel" not in draft_rules(linter, text)


def test_residents_who_report_something_inform_no_one(linter):
    text = ("Acties:\n- Opzichter Wendy Kok: tochtstrips vervangen bij de bewoners die tocht melden, wo 6 januari.\n")
    assert "promise-channel" not in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "Jan belt u een half uur voordat hij aankomt.",
    "Monteur Jan belt u anderhalve dag van tevoren.",
])
def test_half_an_hour_before_an_event_is_a_moment(linter, text):
    assert "promise-when" not in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "Herinnering: u heeft ma 21 dec om 14.40 uur een afspraak bij mondhygiënist Esra Yıldız. Verhinderd? "
    "Bel 24 uur vooraf naar 0418-552 310.",
    "Welkom bij Mondzorg De Zuidwal! Bij uw eerste bezoek op dinsdag 22 december om 9.00 uur krijgt u een intake.",
    "Uw afspraak bij de mondhygiënist op dinsdag 15 december om 10.30 uur is bevestigd.",
])
def test_the_readers_dated_appointment_is_a_next_step(linter, text):
    assert "no-next-step" not in draft_rules(linter, text)


def test_news_about_an_appointment_is_no_appointment(linter):
    assert "no-next-step" in draft_rules(linter, "Je krijgt morgen bericht over de uitslag van de keuring van je scooter.")


def test_a_role_after_the_verb_of_a_fronted_time_is_the_subject(linter):
    rules = draft_rules(linter, "Morgen om 8.15 uur belt tandarts Veenstra u over de uitslag van de kweek.")
    assert "no-next-step" not in rules and "promise-who" not in rules


def test_a_second_noun_of_a_preposition_is_no_verb(linter):
    assert "promise-when" not in draft_rules(linter, "Havenzicht vraagt nooit per telefoon of sms om uw inloggegevens.")


def test_a_bounded_repair_time_is_an_estimate():
    incident = Linter(config=False, today="2026-12-09", context="incident")
    assert "incident-time-estimate" in draft_rules(incident, "Volgens de monteur rijdt de lift over max. 45 minuten weer.")


def test_a_promise_run_on_after_a_courtesy_formula_is_read(linter):
    text = "Bedankt voor uw vraag over de huurprijs ik kom daar morgen in de voormiddag op terug groeten Bert"
    assert "promise-channel" in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "De werkzaamheden aan de riolering verlopen zonder enige overlast voor bewoners.",
    "Deze keer gaat het zeker door, er komt geen uitstel meer.",
    "Vanaf nu komt elke levering exact op tijd.",
    "Na de update ziet u deze foutmelding voor eens en altijd niet meer.",
])
def test_outcomes_nobody_can_keep_are_unrealistic(linter, text):
    assert "promise-absolute" in draft_rules(linter, text)


@pytest.mark.parametrize("text", ["U betaalt nooit meer dan 10 euro per maand.",
                                  "Elke vraag wordt door een specialist beantwoord."])
def test_a_price_cap_or_a_way_of_working_is_no_absolute(linter, text):
    assert "promise-absolute" not in draft_rules(linter, text)


def test_a_word_ending_in_les_books_no_lesson():
    incident = Linter(config=False, today="2026-12-09", context="incident")
    text = "Update storing telefonie: over een half uur zijn de centrales weer bereikbaar.\n"
    assert "no-next-step" in draft_rules(incident, text)


def test_a_doctor_examining_the_reader_is_a_concrete_act(linter):
    text = "Dr. Aydin onderzoekt u maandag 14 december om 9.30 uur op de polikliniek Neurologie."
    assert "promise-what" not in draft_rules(linter, text)


def test_examining_a_complaint_is_still_vague(linter):
    assert "promise-what" in draft_rules(linter, "Sanne onderzoekt uw klacht maandag 14 december.")


@pytest.mark.parametrize("text", [
    "Tandarts Okafor is nog bezig met een behandeling bij een andere patiënt. Hij belt u vandaag om 12.15 uur terug.",
    "Onze opzichter is vanmiddag bij een andere bewoner. Hij belt u morgen om 10.00 uur.",
])
def test_another_patient_or_tenant_is_another_client(linter, text):
    assert "other-client-visit" in draft_rules(linter, text)


def test_the_readers_thing_ready_at_a_moment_is_a_next_step_whatever_its_tag(linter):
    # "pas" is tagged an adverb; after "je" and an adjective it is the noun
    text = "Hoi Yara, je nieuwe pas voor de parkeergarage ligt do 17 dec vanaf 9:00 klaar bij de receptie. – Esra"
    assert "no-next-step" not in draft_rules(linter, text)


def test_a_moment_pointed_at_through_a_pointer_is_concrete(linter):
    text = ("Sandra Kok activeert uw nieuwe simkaart maandag 14 december om 9.00 uur. Vanaf dat moment belt u "
            "met uw eigen nummer. Uw oude simkaart blokkeert zij op hetzelfde moment.")
    assert "promise-when" not in draft_rules(linter, text)


def test_a_pointer_with_no_moment_before_it_dates_nothing(linter):
    assert "promise-when" in draft_rules(linter, "Uw oude simkaart blokkeert Sandra op hetzelfde moment.")


@pytest.mark.parametrize("text", [
    "Naar verwachting is het betaalsysteem maandagochtend hersteld. Carla mailt u vandaag om 17.00 uur.",
    "Wij verwachten de stroomtoevoer in de loop van de namiddag te herstellen. Lies sms't u om 13.00 uur.",
])
def test_a_weekday_part_or_a_flemish_afternoon_is_a_repair_estimate(text):
    incident = Linter(config=False, today="2026-12-09", context="incident")
    assert "incident-time-estimate" in draft_rules(incident, text)
