"""A diminutive of a fixed unit as a bounded wait, a chat line ending in an emoji, a web
host as channel, a clock time in apposition, a guaranteed "never", telling the reader
with a separable verb, and a passive hedged by "mogelijk" (issues 9 and 12; paraphrases63)."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-11-22")


@pytest.mark.parametrize("text", [
    "Over een kwartiertje bel ik je terug op het nummer dat je doorgaf.",
    "Ik bel je binnen een kwartiertje terug over je bestelling.",
])
def test_a_quarter_of_an_hour_bounds_a_callback(linter, text):
    assert draft_rules(linter, text) == []


def test_a_wait_asked_for_or_estimated_in_an_incident_stays_vague(linter):
    assert "vague-wachttijd" in draft_rules(linter, "Geef me een kwartiertje, dan app ik je het trackingnummer.")
    incident = "Storing pinautomaat: binnen een uurtje kunt u weer pinnen. Volgende update om 13.00 uur in dit ticket door Kevin."
    assert "vague-wachttijd" in draft_rules(linter, incident)


def test_a_chat_line_ending_in_an_emoji_ends_its_sentence(linter):
    text = "Momentje, het magazijn zoekt ff of je maat er nog is 👍\nOm 16.00 uur app ik je terug met de uitkomst."
    assert "no-next-step" not in draft_rules(linter, text)
    assert "promise-who" not in draft_rules(linter, text)


def test_a_web_host_is_the_channel(linter):
    text = "Storing e-mail: oorzaak nog onbekend.\nVolgende update: 14.00 uur door Ilse op status.zuidhaven.nl."
    assert "promise-channel" not in draft_rules(linter, text)


def test_a_clock_time_between_commas_belongs_to_its_clause(linter):
    found = draft_rules(linter, "Di 1 dec. komt de glaszetter, ca. 10.00 uur, de ruit in de achterdeur vervangen.")
    assert "promise-when" not in found and "vague-ongeveer" in found


def test_a_guaranteed_never_is_absolute(linter):
    text = "Bij ons blijft gegarandeerd nooit een vraag onbeantwoord. Energieadviseur Gijs belt u dinsdag 1 december om 14.00 uur."
    assert "promise-absolute" in draft_rules(linter, text)


def test_passing_on_to_the_reader_when_is_telling_not_a_condition(linter):
    found = draft_rules(linter, "Uw auto is klaar. Kees geeft u door wanneer u hem kunt ophalen.")
    assert {"promise-when", "promise-channel"} <= set(found)


def test_a_passive_hedged_by_mogelijk_is_a_possibility(linter):
    text = "Beste ouders, de ouderavond wordt mogelijk verplaatst. Meester Tim mailt u vrijdag 27 november de nieuwe datum."
    assert draft_rules(linter, text) == ["vague-mogelijk"]
    assert "promise-who" in draft_rules(linter, "Uw pakket wordt zo snel mogelijk verzonden.")


def test_a_priority_one_compound_makes_an_incident(linter):
    text = ("P1-melding zorgplanningssysteem: volgens de leverancier ligt het aan een update van hun software. "
            "Pieter mailt u om 16.00 uur de volgende update.")
    assert "incident-explanation" in draft_rules(linter, text)
    assert draft_rules(linter, "Uw P1-code is 1234. Sanne belt u maandag 23 november om 10.00 uur.") == []
