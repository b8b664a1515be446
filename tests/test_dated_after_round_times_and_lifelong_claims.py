"""A promise dated by the clause after it, "rond" before a clock time, and claims for
life or always at the full figure (paraphrases94/95 after their scores)."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-12-08")


@pytest.mark.parametrize("text", [
    "Zodra je nieuwe bril binnen is, geeft Lisa je een seintje per sms. Dat is uiterlijk donderdag 17 december.",
    "Zodra de taxateur zijn rapport heeft ingeleverd, belt Joost u; dat is uiterlijk woensdag 16 december.",
])
def test_a_promise_dated_by_the_clause_after_it_has_its_moment(linter, text):
    assert "promise-when" not in draft_rules(linter, text)


def test_a_clause_after_it_without_a_moment_dates_nothing(linter):
    assert "promise-when" in draft_rules(linter, "Lisa geeft je een seintje per sms. Dat is fijn.")


@pytest.mark.parametrize("text", ["Erik komt morgen rond 10u de thermostaat vervangen.",
                                  "Koerier Bas bezorgt de onderdelen morgen rond 12.00 uur."])
def test_round_a_clock_time_is_an_estimate(linter, text):
    assert "vague-ongeveer" in draft_rules(linter, text)


def test_by_a_clock_time_is_a_deadline(linter):
    assert "vague-ongeveer" not in draft_rules(linter, "Koerier Bas bezorgt de onderdelen morgen tegen 12.00 uur.")


@pytest.mark.parametrize("text", [
    "Na de oplevering is uw badkamer voor de rest van uw leven waterdicht.",
    "Uw glasvezelverbinding haalt altijd de volle 500 Mbit/s.",
])
def test_for_life_or_always_the_full_figure_is_unrealistic(linter, text):
    assert "promise-absolute" in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "De uitval van jullie kassasysteem lijkt te maken te hebben met de update van afgelopen nacht.",
    "Uw pakket lijkt te zijn zoekgeraakt; Sanne belt PostNL vandaag om 14.00 uur.",
])
def test_seems_to_is_a_hedge(linter, text):
    assert "vague-misschien" in draft_rules(linter, text)


def test_a_passive_forecast_is_no_promise_to_time(linter):
    rules = draft_rules(linter, "Naar verwachting wordt uw omgevingsvergunning in januari verleend.")
    assert "vague-verwachting" in rules and not {"promise-who", "promise-when"} & set(rules)


def test_the_readers_own_organisation_as_agent_names_who(linter):
    text = "Uw nieuwe bankpas wordt dinsdag 8 december door uw bank per post verstuurd."
    assert "promise-who" not in draft_rules(linter, text)
    # ... but the reader's thing after "van" is a topic, no sender
    assert "promise-who" in draft_rules(linter, "Je krijgt morgen bericht over de uitslag van de keuring van je scooter.")


def test_a_fronted_tot_clause_opens_the_promise_after_it(linter):
    rules = draft_rules(linter, "Tot de storing verholpen is, mailt Thijs van ons crisisteam u elk heel uur een update.")
    assert "no-next-step" not in rules and "promise-when" not in rules
    # ... without a cadence the promise still owes its moment
    assert "promise-when" in draft_rules(linter, "Tot de storing verholpen is, mailt Thijs u een update.")


def test_a_past_form_between_article_and_amount_is_attributive(linter):
    """"De teveel betaalde € 38,20 verrekent Marloes ...": "betaalde" stands before its
    amount (_FALLBACK_ATTRIBUTIVE_PAST); the promise is "verrekent", and "met uw volgende
    jaarafrekening" names no moment."""
    text = "De teveel betaalde € 38,20 verrekent Marloes van Klantenservice met uw volgende jaarafrekening."
    assert "promise-when" in draft_rules(linter, text)


def test_a_year_is_no_figure_for_veel(linter):
    rules = draft_rules(linter, "Wij krijgen op dit moment veel vragen over de tarieven voor 2027.")
    assert "adjective-amount" in rules
    # ... a figure still is: "maximaal 5 stuks"
    assert "adjective-amount" not in draft_rules(linter, "U kunt maximaal 5 stuks bestellen.")


def test_super_praise_is_praise(linter):
    assert "adjective-praise" in draft_rules(linter, "De nieuwe app heeft een superhandige functie om je rooster te delen.")
