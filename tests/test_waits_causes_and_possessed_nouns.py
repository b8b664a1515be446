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


def test_a_team_busy_elsewhere_this_week_promises_nothing(linter):
    text = "Deze week werkt ons installatieteam voor een andere opdrachtgever, daarom schuift uw afspraak op."
    found = rules(linter, text)
    assert "promise-when" not in found and "promise-who" not in found
    # a team at work this week, without other work named, may work for the reader
    assert "promise-when" in rules(linter, "Het team werkt deze week aan een oplossing.")


def test_an_overpaid_amount_is_no_unquantified_adjective(linter):
    assert "adjective-amount" not in rules(linter, "Het te veel betaalde bedrag staat vrijdag 27 november op uw rekening.")
    assert "adjective-amount" not in rules(linter, "Met dit contract betaalt u geen cent te veel.")
    assert "adjective-amount" in rules(linter, "We hebben veel meldingen over de app ontvangen.")


def test_a_list_headed_for_the_reader_holds_his_tasks(linter):
    """"To do voor jou:": the items are requests to the reader, no action items of ours
    without an owner."""
    text = "To do voor jou, Sem:\n- meterstanden doorgeven\n- sleutel inleveren bij de receptie"
    assert "promise-who" not in rules(linter, text)
    # nor is an item read as a sentence promise of ours; a promise after the list stays
    text = ("To do voor jou, Sem:\n1. foto's van de meter doorsturen\n2. sleutel inleveren bij de receptie\n"
            "Monteur Arjen belt je daarna binnen 2 werkdagen voor een afspraak.")
    assert rules(linter, text) == []
    assert "promise-who" in rules(linter, "To do:\n- meterstanden doorgeven\n- sleutel inleveren bij de receptie")


def test_a_channel_in_the_news_told_is_no_route(linter):
    """"laat je weten hoe laat hij langskomt": the visit is what the reader hears, not how;
    the parse gave "hoe" no subordinator mark, so the clause's first word decides."""
    found = rules(linter, "Je reparatie staat op 3 december. Monteur Kees laat je die ochtend weten hoe laat hij langskomt.")
    assert "promise-channel" in found
    assert "promise-channel" not in rules(linter, "Monteur Kees belt je morgen om 9.00 uur en vertelt dan hoe laat hij komt.")
