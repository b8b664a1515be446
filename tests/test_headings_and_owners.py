"""The thirty-second stop's readings (issues 9 and 12; paraphrases74): a heading's noun
that the tagger calls a verb ("Storing e-mail:"); news that follows an informing
promise by a named person; action items labelled "Acties:", with an owner field left
open or an owner after the task; a guarantee said with "instaan"."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, draft_spans


@pytest.mark.parametrize("text", [
    "Status storing e-mail: nog niet opgelost. Volgende update: 12.00 uur door Ilse in dit ticket.",
    ("Storing e-mail (P2): oorzaak nog onbekend, herstel loopt.\n"
     "Volgende update: 14.00 uur door Ilse op status.zuidhaven.nl."),
])
def test_a_headings_noun_is_no_promise(nov22_incident_linter, text):
    # a noun before "e-mail" would take "e-mailt": the heading names the channel
    assert not any(text == "e-mail" for _, text in draft_spans(nov22_incident_linter, text))


def test_a_heading_before_the_promise_lends_it_no_action(nov22_incident_linter):
    found = draft_spans(nov22_incident_linter, "Storing e-mail: we doen ons best om het snel op te lossen.")
    assert ("promise-what", "doen ons best") in found


def test_a_verb_stem_after_its_subject_pronoun_or_before_je_stays_a_verb(nov22_linter):
    assert "no-next-step" not in draft_rules(
        nov22_linter, "De gecorrigeerde factuur krijg je vrijdag 4 december per mail van Esther.")


def test_news_that_follows_a_named_persons_informing_promise_is_theirs(nov22_linter):
    rules = draft_rules(nov22_linter, "Ticket 88213: Wouter houdt u in dit ticket op de hoogte; "
                                "de eerste update volgt uiterlijk morgen 12.00 uur.")
    assert "promise-who" not in rules and "no-next-step" not in rules


def test_a_labelled_action_without_owner_or_date(nov22_linter):
    found = draft_spans(nov22_linter, "Besproken: klachten over geluidsoverlast.\nActies: bewoners informeren.")
    assert ("promise-who", "bewoners informeren") in found
    assert any(rule == "promise-when" for rule, _ in found)


def test_an_owner_field_left_open_after_a_comma(nov22_linter):
    found = draft_spans(nov22_linter, "Ticket #4471 – acties\n"
                           "- Servicedesk: wachtwoordreset uitvoeren, vandaag 15.00 uur\n"
                           "- Licentie verlengen vóór 1 december, wie: nog te bepalen")
    assert ("promise-who", "nog te bepalen") in found


def test_an_owner_after_the_task_alone_on_its_line(nov22_linter):
    found = draft_spans(nov22_linter, "To do klant Bakker:\n- Offerte sturen: Wim, maandag 7 december\n"
                           "- Tekening aanpassen: Wim")
    assert ("promise-when", "Tekening aanpassen: Wim") in found
    assert not any(rule == "promise-who" for rule, _ in found)


def test_instaan_is_a_guarantee(nov22_linter):
    assert "promise-absolute" in draft_rules(nov22_linter, "U heeft altijd een werkende lift, daar staan wij voor in.")
    assert "promise-absolute" not in draft_rules(nov22_linter, "Wij staan voor de deur om 9.00 uur.")


def test_a_dated_field_sent_by_a_team_names_no_one(nov22_linter):
    found = draft_spans(nov22_linter, "Bestelling 20452\nLevering: donderdag 26 november, door onze bezorgdienst")
    assert ("promise-who", "onze bezorgdienst") in found


@pytest.mark.parametrize("text", [
    "Levering: dinsdag 8 december, tussen 8.00 en 12.00 uur, door chauffeurs Ahmed en Rob",
    "Levering: donderdag 26 november, door bezorger Kees",
])
def test_a_dated_field_sent_by_named_people_is_complete(nov22_linter, text):
    assert draft_rules(nov22_linter, text) == []


def test_a_team_name_after_door_is_no_person(nov22_linter):
    found = draft_spans(nov22_linter, "Volgende update om 18.00 uur via deze pagina door team Communicatie.")
    assert ("promise-who", "team Communicatie") in found


def test_measures_name_no_action(nov22_linter):
    found = draft_spans(nov22_linter, "Geachte heer Bakker, naar aanleiding van uw klacht zullen wij maatregelen nemen.")
    assert ("promise-what", "maatregelen nemen") in found


def test_a_municipal_role_names_the_person(nov22_linter):
    assert draft_rules(nov22_linter, "De handhaver komt maandag 23 november om 10.00 uur bij u langs.") == []


def test_a_hedged_arrival_is_a_forecast(nov22_linter):
    # the hedge is reported; no one is owed for a forecast (as for a hedged passive)
    rules = draft_rules(nov22_linter, "Uw pakket komt waarschijnlijk morgen aan.")
    assert "vague-misschien" in rules and "promise-who" not in rules


def test_a_delivery_window_placeholder_is_a_moment(nov22_linter):
    found = draft_spans(nov22_linter, "Hi {{naam}}! Je bestelling {{ordernummer}} is onderweg en wordt tussen {{tijdvak}} bezorgd.")
    assert not any(rule == "promise-when" for rule, _ in found)
    assert any(rule == "promise-who" for rule, _ in found)


def test_a_full_cure_is_unrealistic(nov22_linter):
    assert "promise-absolute" in draft_rules(nov22_linter, "Na deze behandeling bent u 100% van uw klachten af.")
