"""The thirty-third stop's readings (issues 9 and 12; paraphrases78 and real-text-297..300):
channels of a chat tool and of a session the reader attends; fixing a named fault; a
verb repeated in a courtesy opener; a sentence that opens with a preposition; a bare
noun subject after its verb; a line after a list; a window without a moment; warnings
that something cannot be undone; work that never stops; an estimate as a statement."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, draft_spans, library_rules


@pytest.mark.parametrize("text", [
    "Volgende update 10:30 door Jasper (servicedesk), hier in het kanaal #storingen.",
    "Supportmedewerker Dewi beantwoordt uw vragen op donderdag 3 december in het webinar van 16.00 uur.",
])
def test_a_chat_channel_or_a_session_names_how(nov22_incident_linter, text):
    assert "promise-channel" not in draft_rules(nov22_incident_linter, text)


def test_fixing_a_named_fault_is_a_concrete_action(nov22_linter):
    assert "promise-what" not in draft_rules(nov22_linter, "Jan fixt de bug in de kassa vandaag.")
    # ... fixing "dat" names nothing
    assert "promise-what" in draft_rules(nov22_linter, "Dat fixen we vandaag voor je.")


def test_the_act_is_the_verb_of_the_clause_not_its_twin_in_the_opener(nov22_linter):
    # "Geen zorgen, we zorgen dat ...": the second "zorgen" is the (vague) act
    found = draft_spans(nov22_linter, "Geen zorgen, we zorgen dat het in orde komt.")
    assert ("promise-what", "zorgen") in found


def test_a_clauses_first_word_is_no_particle(nov22_linter):
    # "Op korte termijn volgt ...": no "opvolgen" (a vague action)
    rules = draft_rules(nov22_linter, "Op korte termijn volgt meer informatie over het parkeren.")
    assert "promise-what" not in rules and "promise-who" in rules


def test_a_bare_noun_after_its_verb_is_the_subject_when_their_numbers_agree(nov22_linter):
    assert "promise-who" in draft_rules(nov22_linter, "Op korte termijn volgt informatie over het parkeren.")
    # "vervangen | cv-ketel": an infinitive and its object, no subject
    text = ("Uw afspraak in het kort\n• Wat: vervangen cv-ketel\n• Wie: installateur {{ monteur }}\n"
            "• Wanneer: {{ datum }}, tussen {{ begintijd }} en {{ eindtijd }}\n• Vragen? Bel 010-1234567")
    assert "promise-when" not in draft_rules(nov22_linter, text)


def test_a_capitalised_line_after_a_list_is_a_sentence_of_its_own(nov22_linter):
    text = ("Checklist voor uw verhuizing:\n☐ Meterstanden noteren op de sleuteldag\n"
            "☐ Sleutels inleveren bij ons kantoor\n"
            "Opzichter Marjan belt u dinsdag 15 december om 10.00 uur om de eindinspectie in te plannen.")
    assert "no-next-step" not in draft_rules(nov22_linter, text)


def test_a_fix_shipped_as_software_is_a_repair(nov22_incident_linter):
    found = draft_spans(nov22_incident_linter, "Engineer Roy rolt binnen een uur een herstelversie uit. "
                                    "Volgende update: 12.30 uur door Roy, via de statuspagina.")
    assert ("incident-time-estimate", "binnen een uur") in found


def test_a_window_without_a_moment_is_missing_when_not_vague(nov22_linter):
    found = draft_spans(nov22_linter, "De monteur komt in de loop van volgende week langs om de afzuigkap te vervangen.")
    assert ("promise-when", "in de loop van volgende week") in found
    assert not any(rule.startswith("vague-") for rule, _ in found)


def test_in_time_is_no_moment(nov22_linter):
    found = draft_spans(nov22_linter, "Wij nemen tijdig contact met u op voor een afspraak.")
    assert ("promise-when", "tijdig") in found


@pytest.mark.parametrize("text", [
    "Dit zal je account voor altijd wissen.",
    "Het account kan nooit meer hersteld worden!",
])
def test_a_warning_that_cannot_be_undone_promises_no_outcome(nov22_linter, text):
    assert "promise-absolute" not in draft_rules(nov22_linter, text)


def test_never_again_is_still_an_absolute_outcome(nov22_linter):
    assert "promise-absolute" in draft_rules(nov22_linter, "Uw gegevens kunnen nooit meer verloren gaan.")


def test_work_that_never_stops_is_a_habit_without_a_reader(nov22_linter):
    text = "We proberen continu onze apps te verbeteren, maar soms schiet er een foutje tussen."
    assert "vague-proberen" not in library_rules(nov22_linter, text)
    # ... and with the reader in it, a promise that still owes a moment
    assert "promise-when" in draft_rules(nov22_linter, "We houden u voortdurend op de hoogte.")


def test_an_estimate_is_a_statement_not_a_promise(nov22_linter):
    assert not library_rules(nov22_linter, "We schatten dat u hiermee tot de top 5% van de lezers behoort.")
    rules = draft_rules(nov22_linter, "Wij schatten dat de monteur morgen komt.")
    assert "promise-who" not in rules and "vague-verwachting" in rules


def test_an_intention_verbs_act_is_its_te_infinitive(nov22_linter):
    assert ("promise-what", "regelen") in draft_spans(nov22_linter, "We proberen de opvang te regelen.")
    assert "promise-what" not in draft_rules(nov22_linter, "We proberen u morgen te bellen.")


def test_a_courtesy_formula_before_a_colon_introduces_content(nov22_linter):
    text = "Geen zorgen: met ons administratiepakket bent u voor altijd van al uw boekhoudproblemen af."
    assert "no-next-step" in draft_rules(nov22_linter, text)


def test_a_register_is_no_client(nov22_linter):
    text = ("De Stichting Lotgenoten Limburg, ook wel afgekort tot SLL, is ingeschreven bij de Kamer van "
            "Koophandel met nummer 65517210.")
    assert "other-client-organisation" not in draft_rules(nov22_linter, text)
    assert "other-client-organisation" in draft_rules(
        nov22_linter, "Jeroen zit vandaag bij Bouwbedrijf Van Leeuwen, hij belt u morgen om 10.00 uur terug.")


def test_the_content_of_the_readers_consent_is_no_promise(nov22_linter):
    rules = draft_rules(nov22_linter, "U gaat ermee akkoord dat uw gegevens worden gecontroleerd.")
    assert "promise-who" not in rules and "promise-when" not in rules


def test_a_worked_example_dates_nothing(nov22_linter):
    text = "Voorbeeld: u vraagt op 3 december 2023 het abonnement aan. Dan vergelijkt u uw inkomen van november 2023."
    assert "date-past" not in draft_rules(nov22_linter, text)
    assert "date-past" in draft_rules(nov22_linter, "Sanne stuurt u uiterlijk 2 november 2026 de offerte.")


@pytest.mark.parametrize("text", [
    # "aan de beurt" is in the content told, no other recipient
    "Meester Jan laat u op vrijdag 27 november weten hoe laat uw kind aan de beurt is.",
    # a name that starts like a channel word names the sender, not the post
    "PostNL laat je morgen vóór 9.00 uur weten tussen welke tijden je pakket komt.",
])
def test_informing_without_a_channel_is_reported(nov22_linter, text):
    assert "promise-channel" in draft_rules(nov22_linter, text)


def test_having_it_ready_promises_the_result(nov22_linter):
    text = "Met onze reparatieservice heeft technicus Mark uw laptop morgen om 12.00 uur klaar."
    assert "no-next-step" not in draft_rules(nov22_linter, text)
    assert "no-next-step" in draft_rules(nov22_linter, "Monteur Kees heeft uw auto klaargezet.")


def test_a_thing_ready_for_the_reader_at_a_moment_is_the_next_step(nov22_linter):
    text = "Uw glutenvrije taart ligt zaterdag 28 november vanaf 9.00 uur voor u klaar."
    assert "no-next-step" not in draft_rules(nov22_linter, text)
    # ... not as the answer to the reader's request
    text = "Laat je ons vóór donderdag weten of we dat mogen doen? Dan staat de bus vrijdag om 16.00 uur voor je klaar."
    assert "no-next-step" in draft_rules(nov22_linter, text)


def test_treating_a_body_part_is_the_job_itself(nov22_linter):
    assert "promise-what" not in draft_rules(nov22_linter, "Tandarts Bakker behandelt uw kies vrijdag 12 maart om 10.15 uur.")
    assert "promise-what" in draft_rules(nov22_linter, "Wij behandelen uw aanvraag vrijdag 12 maart.")


def test_what_something_entails_is_a_statement(nov22_linter):
    text = "Het vervangen van de distributieriem brengt hoge kosten met zich mee."
    assert "promise-when" not in draft_rules(nov22_linter, text)
    assert "promise-when" in draft_rules(nov22_linter, "We brengen de nieuwe pas mee.")
