"""More classes from paraphrases58 (issues 12): a promise that nobody ever waits,
a cause in a subclause with its verb last, and "je" + a noun that looks like a verb
stem ("je aanvraag").  Each test holds one class with a sentence of its own, and the
nearby shape that must keep (or not get) its finding."""

from __future__ import annotations

import pytest
from test_wording_in_lists_letters_and_notices import rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(today="2026-11-22")


@pytest.fixture(scope="module")
def incident_linter():
    return Linter(today="2026-11-22", context="incident")


def test_never_waiting_is_an_absolute_promise(linter):
    assert "promise-absolute" in rules(linter, "In onze winkel hoeft u nooit te wachten bij de kassa.")
    assert "promise-absolute" in rules(linter, "Bij onze garage staat u nooit in de wacht.")
    assert "promise-absolute" in rules(linter, "Reparaties doen we zonder enige wachttijd.")
    # a wait with its figure is a service level, a waiting time now is a fact
    assert "promise-absolute" not in rules(linter, "Bij ons wacht u nooit langer dan 10 minuten.")
    assert "promise-absolute" not in rules(linter, "De wachttijd is op dit moment 10 minuten.")


def test_a_cause_in_a_subclause_with_its_verb_last(incident_linter):
    found = rules(incident_linter, "We vermoeden dat de storing aan een defecte router ligt.")
    assert any(r.startswith("incident-explanation") for r in found)
    found = rules(incident_linter, "Het lijkt erop dat het probleem in de koppeling met de bank zit.")
    assert any(r.startswith("incident-explanation") for r in found)
    # where a thing lies is no cause
    assert not any(r.startswith("incident-explanation")
                   for r in rules(incident_linter, "We weten dat uw pakket aan de balie ligt."))


def test_a_noun_after_je_is_no_verb_of_the_promise(linter):
    """"We pakken je aanvraag op": "aanvraag" is the reader's request, not a form of the
    concrete "aanvragen", so the vague "oppakken" is the action."""
    assert "promise-what" in rules(linter, "We pakken je aanvraag morgen op.")
    assert "promise-what" not in rules(linter, "We sturen je morgen een nieuwe aanvraag.")
