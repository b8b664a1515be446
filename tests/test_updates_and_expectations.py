"""The thirty-first stop's readings (issues 9 and 12; paraphrases70 and 69): a perfect
with a vague moment ahead is not told; outage estimates by part of the day; workplace
chat tools as a channel; a next-update line timed by "zodra er meer bekend is"; a
person's possessive before the news that follows; work in progress beside a timed
update."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-11-22")


@pytest.mark.parametrize("text", [
    "De storing bij het inloggen is binnenkort opgelost. Anouk mailt u om 13.00 uur een update.",
    "Uw pakket is binnenkort bezorgd.",
    "De nieuwe versie is straks geïnstalleerd.",
])
def test_a_perfect_with_a_vague_moment_ahead_is_not_told(linter, text):
    assert {"vague-binnenkort", "vague-straks"} & set(draft_rules(linter, text))


@pytest.mark.parametrize("text, told", [
    ("De storing is gisteren door Anouk verholpen.", True),  # the past: still told
    ("De storing is binnenkort verholpen.", False),  # a vague moment ahead: yet to come
])
def test_a_perfect_is_told_unless_a_vague_moment_lies_ahead(text, told):
    from smartlint.checks.tense import narrated
    from smartlint.nl.clauses import clauses_of
    from smartlint.nlp import load_pipeline

    clause = clauses_of(load_pipeline()(text))[0]
    assert narrated(clause) is told


@pytest.mark.parametrize("text", [
    "Storing telefonie. Verwacht herstel: vóór de middag. Volgende update: 10.00 uur door Bas per e-mail.",
    "Storing: we verwachten dat alles 's middags weer werkt.",
])
def test_a_part_of_the_day_is_an_outage_estimate(linter, text):
    assert "incident-time-estimate" in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "P1: de e-mailomgeving ligt plat. Netwerkbeheerder Frank geeft om 11.00 uur een update in Teams.",
    "Uitval VPN. Systeembeheerder Anna controleert de logbestanden. Volgende update: 10.15 uur door Anna in Teams.",
])
def test_a_workplace_chat_tool_is_a_channel(linter, text):
    assert "promise-channel" not in draft_rules(linter, text)


def test_a_next_update_whenever_there_is_news_names_no_moment_nor_channel(linter):
    rules = draft_rules(linter, "Volgende update: zodra er meer bekend is.")
    assert {"promise-when", "promise-channel", "promise-who"} <= set(rules)


def test_a_next_update_at_a_time_stays_complete(linter):
    rules = draft_rules(linter, "Volgende update: 14.00 uur door Ilse in dit ticket.")
    assert not {"promise-when", "promise-who", "no-next-step"} & set(rules)


def test_a_persons_possessive_names_who_sends_the_news(linter):
    text = ("Dag Ahmed, monteur Joris houdt je in dit ticket op de hoogte; zijn eerste update "
            "over het onderdeel volgt woensdag 25 november vóór 17.00 uur.")
    assert not {"promise-who", "no-next-step"} & set(draft_rules(linter, text))


def test_news_that_follows_without_a_sender_has_no_who(linter):
    assert "promise-who" in draft_rules(linter, "Een update over het onderdeel volgt woensdag 25 november vóór 17.00 uur.")


def test_work_in_progress_beside_a_timed_update_is_a_description(linter):
    text = "De uitval van de telefooncentrale wordt onderzocht. Wij laten u om 15.00 uur weten hoe het ervoor staat."
    rules = draft_rules(linter, text)
    assert "promise-what" not in rules and "promise-when" not in rules
    assert "promise-who" in rules  # the update's own vague sender


def test_work_in_progress_alone_stays_a_vague_promise(linter):
    assert "promise-what" in draft_rules(linter, "Onze ICT-afdeling werkt aan een oplossing.")


@pytest.mark.parametrize("text", [
    "Met ons Premium-pakket lossen we al uw computerproblemen op.",
    "We lossen al uw IT-problemen op.",
])
def test_all_of_a_compound_problem_is_an_absolute_outcome(linter, text):
    assert "promise-absolute" in draft_rules(linter, text)


def test_not_all_problems_is_no_absolute_outcome(linter):
    assert "promise-absolute" not in draft_rules(linter, "Niet alle printerproblemen kunnen we op afstand oplossen.")


def test_reporting_back_is_the_next_update_not_an_outage_estimate(linter):
    rules = draft_rules(linter, "De uitval van de VPN heeft te maken met de firewall. We kijken ernaar en melden ons straks weer.")
    assert "incident-time-estimate" not in rules
    assert "promise-channel" in rules  # reporting back, by no channel


def test_letting_us_know_is_the_readers_step(linter):
    assert "promise-channel" not in draft_rules(linter, "Laat ons morgen weten of het werkt.")


def test_the_readers_own_clause_after_en_is_a_promise_of_its_own(linter):
    text = ("Uw melding is ontvangen. Wij nemen deze op korte termijn in behandeling en u ontvangt "
            "spoedig een reactie per e-mail.")
    assert "promise-what" in draft_rules(linter, text)  # in behandeling nemen, no longer hidden


def test_an_activity_whose_result_the_reader_receives_at_a_moment_is_concrete(linter):
    text = "Uw aanvraag wordt dinsdag 24 november beoordeeld en u ontvangt dezelfde dag per e-mail het besluit."
    assert "promise-what" not in draft_rules(linter, text)


def test_the_readers_thing_booked_for_an_appointment_is_a_next_step(linter):
    text = "Uw bus staat maandag 30-11-2026 om 8.00 uur ingepland voor de grote beurt bij werkplaatschef Gijs."
    assert "no-next-step" not in draft_rules(linter, text)
    assert "no-next-step" in draft_rules(linter, "Uw bus staat ingepland voor de grote beurt.")  # no moment


@pytest.mark.parametrize("text", [
    "Uw betaling is in goede orde ontvangen. Hartelijk dank!",
    "Hartelijk dank voor uw betaling van € 84,50. Die is in goede orde ontvangen.",
    "Excuses voor de fout op uw factuur van oktober. Wij hebben vandaag € 42,50 naar uw rekening overgemaakt.",
    "Hartelijk dank voor uw compliment over onze monteur Sven! We hebben het aan hem doorgegeven.",
    "Printer op de 3e verdieping gereset, werkt weer. Geen verdere actie nodig.",
])
def test_a_message_that_reports_its_matter_settled_owes_no_next_step(linter, text):
    assert "no-next-step" not in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "Wij hebben uw klacht in goede orde ontvangen.",  # received, still pending
    "Uw pakket is helaas beschadigd aangekomen.",  # bad news
    "Wij hebben het bedrag overgemaakt. Heeft u nog vragen?",  # a question waits
])
def test_a_pending_matter_still_owes_a_next_step(linter, text):
    assert "no-next-step" in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "Geen zorgen, dit lossen we voor je op!",
    "Dit regelen we voor je.",
])
def test_a_fronted_demonstrative_object_leaves_the_speaker_as_subject(linter, text):
    assert "promise-who" in draft_rules(linter, text)  # "we", not "dit"


def test_a_full_scale_fix_is_an_absolute_outcome(linter):
    assert "promise-absolute" in draft_rules(linter, "Geen zorgen, dit lossen we 100% voor je op!")
    assert "promise-absolute" not in draft_rules(linter, "Het is niet 100% opgelost; Sanne belt u morgen om 9.00 uur.")


def test_het_after_a_plural_verb_is_no_verb(linter):
    # "het" looks like a form of "heten"; the verb of the clause is "lossen"
    text = "Onze specialisten lossen het probleem met uw VPN-verbinding definitief op."
    assert "promise-who" in draft_rules(linter, text)


def test_a_field_line_to_be_agreed_names_no_moment(linter):
    rules = draft_rules(linter, "Bestelling 20931: eettafel eiken 200 cm\nLevering: in overleg, chauffeur Dennis")
    assert "promise-when" in rules and "no-next-step" in rules


@pytest.mark.parametrize("text", [
    "De storing in het klantportaal is opgelost en geëvalueerd: de oorzaak was een verlopen certificaat. "
    "Servicemanager Tim mailt u het rapport morgen vóór 12.00 uur.",
    "Ons onderzoek naar de uitval is afgerond: de uitval kwam doordat een graafmachine een kabel raakte. "
    "Netbeheerder Stroomnet stort de compensatie vóór dinsdag 15 december op uw rekening.",
])
def test_a_cause_told_after_the_fix_and_its_review_is_no_explanation(linter, text):
    assert "incident-explanation" not in draft_rules(linter, text)


def test_a_cause_during_the_outage_stays_an_explanation(linter):
    assert "incident-explanation" in draft_rules(linter, "Storing: de uitval kwam doordat een graafmachine een kabel raakte.")


@pytest.mark.parametrize("text", [
    "Jan zorgt dat de factuur vóór 1 december gecorrigeerd is.",  # "Jan" is no month here
    "Uw accountmanager Priya zorgt ervoor dat de factuur vrijdag 27 november is aangepast.",
])
def test_seeing_to_a_state_names_no_act(linter, text):
    rules = draft_rules(linter, text)
    assert "promise-what" in rules and "no-next-step" in rules


def test_seeing_to_a_persons_act_is_concrete(linter):
    assert not {"promise-what", "no-next-step"} & set(draft_rules(linter, "Ik zorg dat Sanne u morgen om 10.00 uur belt."))
