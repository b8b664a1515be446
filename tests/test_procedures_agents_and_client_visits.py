"""The twenty-ninth stop's readings (issues 9, 11 and 12; paraphrases64 and the blind
judgements of real-text-264..275): procedures and event programmes that are no
promise, next-step fields naming a team, colleagues among clients, missing-how in
library strings, numbers that are no clock times, action-list headings and statuses,
praise adjectives, guarantees, reflexive imperatives, and the year a text names."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-11-22")


@pytest.mark.parametrize("text", [
    "Na ontvangst van uw betaling wordt de bestelling verzonden.",
    "Bezorging volgt na ontvangst van je betaling.",
    "Na aanmelding wordt de cursusmap naar je huisadres gestuurd.",
])
def test_a_procedure_started_by_the_customer_names_no_one_and_no_moment(linter, text):
    rules = draft_rules(linter, text)
    assert "promise-who" not in rules
    assert "promise-when" not in rules


@pytest.mark.parametrize("text", [
    # with "zal" it is a step owed to this reader
    "Na ontvangst van uw betaling zal de bestelling worden verzonden.",
    # without the customer's step it is our passive promise
    "De bestelling wordt verzonden.",
])
def test_a_passive_without_the_customers_step_or_with_zal_stays_a_promise(linter, text):
    rules = draft_rules(linter, text)
    assert "promise-who" in rules
    assert "promise-when" in rules


@pytest.mark.parametrize("text", [
    "Storing: we zoeken de oorzaak. Volgende update: 12.00 uur via sms door het storingsteam.",
    "Storing: we zoeken de oorzaak. Volgende update om 12.00 uur op de website door het praktijkteam.",
    "Storing: we zoeken de oorzaak. Volgende update: 12.00 uur via sms door iemand van de servicedesk.",
])
def test_a_next_update_by_a_team_names_no_one(linter, text):
    assert "promise-who" in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "Storing: we zoeken de oorzaak. Volgende update: 12.00 uur via sms door Kevin.",
    "Storing: we zoeken de oorzaak. Volgende update: 12.00 uur via sms door Wendy Groen van de storingsdienst.",
    "Storing: we zoeken de oorzaak. Volgende update: 12.00 uur via sms.",
])
def test_a_next_update_by_a_person_or_by_no_one_named_is_complete(linter, text):
    rules = draft_rules(linter, text)
    assert "promise-who" not in rules
    assert "no-next-step" not in rules


@pytest.mark.parametrize("text", [
    "Ik zit de hele dag bij klanten op locatie. Bel voor dringende zaken de servicedesk op 020-7654321.",
    "Sorry voor de vertraging, ik moest voor een klant met spoed naar Rotterdam. Ik app je vanavond om 20.00 uur.",
    "Sanne is vandaag bij klanten; ze belt u morgen om 10.00 uur terug.",
])
def test_a_colleague_among_clients_or_gone_for_one_is_another_client(linter, text):
    assert any(rule.startswith("other-client") for rule in draft_rules(linter, text))


@pytest.mark.parametrize("text", [
    "Deze router is bij klanten erg populair.",
    "Het probleem is bij klanten in Noord opgetreden; Sanne belt u morgen om 10.00 uur.",
])
def test_what_clients_think_or_have_is_no_colleagues_visit(linter, text):
    assert not any(rule.startswith("other-client") for rule in draft_rules(linter, text))


def test_a_longer_hit_that_gives_way_leaves_the_shorter_one(linter):
    # "is op bezoek bij klanten" (other-client-visit-verb, which yields to other-client)
    # holds "op bezoek bij klanten" (other-client-visit): one of them stays.
    rules = draft_rules(linter, "Youssef is deze week op bezoek bij klanten in Limburg. Hij mailt u donderdag 26 november de offerte.")
    assert rules.count("other-client-visit") == 1


def test_a_hit_that_yields_never_drops_what_it_yields_to():
    from types import SimpleNamespace

    from smartlint.checks import Hit
    from smartlint.overlaps import resolve_overlaps

    phrase = SimpleNamespace(category="other-client", yields_to=[])
    verb = SimpleNamespace(category="other-client", yields_to=["other-client"])
    short, long = Hit(10, 31), Hit(3, 31)
    kept = resolve_overlaps([(phrase, short), (verb, long)])
    assert kept == [(phrase, short)]


def test_a_library_reply_takes_the_way_the_message_came(tmp_path):
    import json

    from typer.testing import CliRunner

    from smartlint.cli import app

    library = tmp_path / "nl.yml"
    library.write_text('inbox:\n  a: "U heeft een nieuw bericht, we reageren binnenkort."\n'
                       '  b: "Wij nemen binnenkort contact met u op."\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--today", "2026-11-22", "--no-cache", "--format", "json", str(library)])
    found = {(f["key"], f["rule"]) for f in json.loads(result.stdout)["findings"]}
    assert ("inbox.a", "promise-channel") not in found
    assert ("inbox.b", "promise-channel") in found


@pytest.mark.parametrize("text", [
    "Actie: Kees checkt de wifi in lokaal 2.14.",
    "Kees zet versie 3.10 op uw laptop.",
])
def test_a_rooms_or_versions_number_is_no_clock_time(linter, text):
    assert "promise-when" in draft_rules(linter, text)


def test_a_number_with_uur_after_it_stays_a_time(linter):
    assert "promise-when" not in draft_rules(linter, "Kees belt u maandag 7 december in lokaal 2.14 om 10.30 uur.")


def test_a_to_do_heading_with_function_words_heads_a_list(linter):
    # "het", "met" end in t but are no verb forms: the heading still opens a list of items
    text = "To-do na het gesprek met mw. Dijkstra:\n- Aanvraag huishoudelijke hulp oppakken\n"
    rules = draft_rules(linter, text)
    assert {"promise-who", "promise-when", "promise-what"} <= set(rules)


def test_a_noun_that_is_a_verb_stem_does_not_make_an_item_concrete(linter):
    # "aanvraag" (stem of "aanvragen") is the object; "oppakken" is what the owner does
    assert "promise-what" in draft_rules(linter, "Actiepunten:\n- Kees: aanvraag oppakken, vrijdag 11 december\n")


@pytest.mark.parametrize("line", [
    "- Geen nieuwe klachten ontvangen sinds oktober.",
    "- Zelfde probleem als vorige keer: de toegangspassen werken niet",
])
def test_a_negated_line_in_the_minutes_is_a_status_not_a_task(linter, line):
    rules = draft_rules(linter, f"Notulen\n{line}\n- Actie Youssef: nieuwe passen leveren op donderdag 3 december 2026\n")
    assert "promise-who" not in rules and "promise-when" not in rules


def test_a_bracketed_negation_leaves_the_item_a_task(linter):
    rules = draft_rules(linter, "Acties:\n- Kapotte schutting later vervangen (nog geen naam)\n")
    assert "promise-who" in rules


@pytest.mark.parametrize("sentence", [
    "We sluiten de wedstrijd af om 20u30.",
    "Om 18.30 uur geven we het startschot.",
    "Het startschot wordt om 18u30 gegeven.",
])
def test_an_item_of_an_events_programme_is_no_promise(linter, sentence):
    text = f"{sentence} Sanne mailt je vrijdag 11 december om 10.00 uur de uitslag."
    assert "promise-who" not in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "We sturen het programma binnenkort.",
    "We starten binnenkort de workshop voor u.",
])
def test_sending_the_programme_or_an_event_for_the_reader_stays_a_promise(linter, text):
    assert "promise-who" in draft_rules(linter, text)


@pytest.mark.parametrize("text, word", [
    ("Je hebt een mooie keuze gemaakt met deze fiets.", "mooie"),
    ("De nieuwe versie bevat handige verbeteringen.", "handige"),
    ("Bedankt voor uw uitstekende feedback!", "uitstekende"),
])
def test_praise_is_a_judgement_without_measure(linter, text, word):
    found = [f for f in linter.lint_text(text, path="mail.txt") if f.rule == "adjective-praise"]
    assert [f.text for f in found] == [word]


@pytest.mark.parametrize("text", [
    "Een mooie dag nog!",
    "Prima, dan bel ik u maandag 7 december om 10.00 uur.",
    "Het lijkt me handig als we het samen bespreken.",
    "Fijn dat u het prima vond.",
])
def test_wishes_agreement_and_advice_are_no_praise(linter, text):
    assert "adjective-praise" not in draft_rules(linter, text)


def test_a_clock_time_before_the_verb_leaves_the_subject_after_it():
    from smartlint.nl.clauses import clauses_of
    from smartlint.nlp import load_pipeline

    doc = load_pipeline()("Bij het volgende bericht om 09.00 uur meldt de servicedesk via Teams de stand van zaken.")
    timed = [c for c in clauses_of(doc) if c._.finite is not None]
    assert [(c._.subject.text, c._.subject_kind) for c in timed] == [("de servicedesk", "team")]


@pytest.mark.parametrize("text", [
    "Wij beantwoorden gegarandeerd elke vraag binnen 1 uur via deze chat, 24/7.",
    "Bij ons krijg je de beste service van Nederland, beloofd! Ik app je vanavond om 19.00 uur.",
])
def test_every_case_guaranteed_or_the_best_of_the_land_is_unrealistic(linter, text):
    assert "promise-absolute" in draft_rules(linter, text)


@pytest.mark.parametrize("text", ["Laat je zo snel mogelijk testen.", "Meld je zo snel mogelijk aan."])
def test_a_reflexive_imperative_is_the_readers_step_not_our_promise(linter, text):
    rules = draft_rules(linter, text)
    assert "vague-zsm" not in rules and "promise-when" not in rules


def test_a_chat_callback_with_the_verb_first_stays_our_promise(linter):
    assert "no-next-step" not in draft_rules(linter, "bel je om 15u, Jesse")


def test_a_weekday_right_in_the_year_the_text_names_is_no_problem():
    text = "Inschrijven kan tot zondag 24 mei 2026. Meld je op dinsdag 26 mei bij de start."
    rules = [f.rule for f in Linter(config=False, today="2026-12-05").lint_text(text, path="mail.txt")]
    assert "date-weekday" not in rules
    # without a year in the text, the next 26 May (2027, a Wednesday) is meant
    alone = [f.rule for f in Linter(config=False, today="2026-12-05").lint_text("Meld je op dinsdag 26 mei bij de start.",
                                                                              path="mail.txt")]
    assert "date-weekday" in alone
