"""The thirty-sixth stop's readings (issue 12; paraphrases88, a tuning set, and
real-text-338 judged blind): a cadence ("elk uur", "elke 30 minuten") is a moment and
"vanaf nu" a period still to come; a condition on the reader's thing ("als je nieuwe
bril klaarligt") does not hide the promise; a person after the verb acts when the
fronted phrase is the reader's thing; a cause given as a label line; other clients
counted or visited in a round; "een product van een andere klant" is no visit; the
passive "er wordt naar X gekeken" is the vague "we kijken ernaar"; an invoice number
before an action item's verb is no count that makes the verb a noun."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, draft_spans

from smartlint.checks.timeexpr import concrete_time_spans
from smartlint.nl.folding import PhraseList


@pytest.mark.parametrize("text", [
    "Yusuf houdt u vanaf nu elk uur op de hoogte via sms.",
    "Yusuf mailt u elke 30 minuten een update.",
    "Yusuf mailt u om de twee uur een update.",
])
def test_a_cadence_of_updates_is_a_moment(nov22_linter, text):
    rules = draft_rules(nov22_linter, text)
    assert "promise-when" not in rules
    assert "no-next-step" not in rules


def test_a_cadence_is_found_by_the_time_grammar():
    folded = "sanne mailt u elke 30 minuten een update"
    assert concrete_time_spans(folded, 0, len(folded), PhraseList([])) == [(14, 29)]


def test_from_now_on_is_no_act_of_now(nov22_linter):
    # "vanaf nu" starts a period: the informing promise stands, its channel is missing
    text = "Status 13.05 uur: de telefooncentrale is nog niet bereikbaar. Yusuf houdt u vanaf nu elk uur op de hoogte."
    assert "promise-channel" in draft_rules(nov22_linter, text)


@pytest.mark.parametrize("text", [
    "Annelies belt je donderdag 10 december als je nieuwe bril klaarligt.",
    "Sanne belt u morgen om 10.00 uur als uw onderdeel binnen is.",
])
def test_a_condition_on_the_readers_thing_leaves_the_promise(nov22_linter, text):
    assert "no-next-step" not in draft_rules(nov22_linter, text)


@pytest.mark.parametrize("text", [
    "Als je vragen hebt, belt Sanne je morgen om 10.00 uur.",
    "Als u vragen heeft, belt Sanne u morgen om 10.00 uur.",
])
def test_a_condition_on_the_reader_still_hides_the_promise(nov22_linter, text):
    assert "no-next-step" in draft_rules(nov22_linter, text)


def test_a_named_role_after_the_verb_acts_on_the_readers_thing(nov22_linter):
    text = ("Onze vestiging is dinsdag 8 december gesloten. Uw afspraak verplaatst adviseur Karim naar "
            "woensdag 9 december om 10.00 uur; hij mailt u vandaag de bevestiging.")
    assert "promise-who" not in draft_rules(nov22_linter, text)


@pytest.mark.parametrize(("text", "span"), [
    ("Oorzaak uitval: defecte switch in ons datacenter.\nVolgende update: 15.00 uur per mail van Joost.",
     "Oorzaak uitval:"),
    ("Oorzaak van de storing: stroomuitval bij de provider. Joost mailt u om 15.00 uur.",
     "Oorzaak van de storing:"),
])
def test_a_cause_label_in_an_incident(nov22_incident_linter, text, span):
    assert ("incident-explanation-source", span) in draft_spans(nov22_incident_linter, text)


def test_an_unknown_cause_is_no_cause_label(nov22_incident_linter):
    text = "De oorzaak is nog onbekend: we zoeken verder. Joost mailt u om 15.00 uur een update."
    assert "incident-explanation-source" not in draft_rules(nov22_incident_linter, text)


def test_other_shops_counted_are_other_clients(nov22_linter):
    text = ("Dit probleem hebben we deze maand al bij vier andere webshops opgelost. "
            "Lars mailt u vandaag om 16.00 uur de instructie.")
    assert ("other-client-counted", "bij vier andere webshops") in draft_spans(nov22_linter, text)


def test_driving_round_clients_is_a_visit(nov22_linter):
    text = "sorry, Mehmet rijdt vandaag langs een paar klanten in Drenthe. morgen om 10.00 uur belt hij je"
    assert ("other-client-visit-verb", "langs een paar klanten") in draft_spans(nov22_linter, text)


@pytest.mark.parametrize("text", [
    "De bezorger komt langs klanten in uw wijk op dinsdag.",  # a round, nobody counted
    "Forward beschikbaar — een ongedragen product van een andere klant die het naar u wil sturen.",
])
def test_no_other_client_where_none_is_visited(nov22_linter, text):
    assert not {"other-client-visit", "other-client-visit-verb"} & set(draft_rules(nov22_linter, text))


def test_a_colleague_back_from_another_client_is_still_a_visit(nov22_linter):
    text = "Sanne is net terug van een andere klant en belt u om 15.00 uur."
    assert "other-client-visit" in draft_rules(nov22_linter, text)


@pytest.mark.parametrize("text", [
    "Er wordt naar uw klacht over de bezorging gekeken. Bedankt voor uw geduld.",
    "Er wordt gekeken naar een oplossing.",
])
def test_the_passive_look_at_is_vague(nov22_linter, text):
    assert "vague-kijken-ernaar" in draft_rules(nov22_linter, text)


def test_looking_forward_in_the_passive_is_not_vague(nov22_linter):
    assert "vague-kijken-ernaar" not in draft_rules(nov22_linter, "Er wordt naar uw komst uitgekeken.")


@pytest.mark.parametrize("number", ["2026-0412", "12345"])
def test_an_action_item_with_an_invoice_number_still_needs_a_date(nov22_linter, number):
    text = f"Acties\n- Lucas: factuur {number} corrigeren\n- Iris: klant bellen, di 24 nov 14.00 uur\n"
    assert "promise-when" in draft_rules(nov22_linter, text)
