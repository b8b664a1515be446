"""The thirty-sixth stop's fourth round (issue 12, paraphrases89, held out until its end
score and tuned on afterwards): "Je geld wordt ..." is the reader's money, not "je geldt";
a participle before its noun is no finite verb ("Het teveel betaalde bedrag ...
verrekenen wij"); a colleague by name after "onze" is a person; a fronted phrase and a
comma before "heeft u" make no question; "datum volgt" in a field line is no moment;
the agent of a passive is no other recipient of the news; other households counted;
"neemt ... volledig weg" is absolute; "dat ligt bij onze hostingpartij" names a cause."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, draft_spans
from test_nl_clauses import main_clause


def test_the_readers_money_is_no_verb(nov22_linter):
    rules = draft_rules(nov22_linter, "Bedankt voor je retour. Je geld wordt binnenkort teruggestort op je rekening.")
    assert {"promise-who", "promise-when", "vague-binnenkort"} <= set(rules)


def test_a_participle_before_its_noun_is_no_finite_verb(nov22_linter):
    text = "Het teveel betaalde bedrag van € 87,20 verrekenen wij in de volgende jaarafrekening."
    assert {"promise-who", "promise-when"} <= set(draft_rules(nov22_linter, text))


def test_an_inverted_promise_after_a_time_stays_complete(nov22_incident_linter):
    text = ("Geachte relatie, de storing in de betaalomgeving is te wijten aan een stroomstoring bij onze "
            "hostingpartij. Om 16.00 uur informeert mevrouw Dekker u per e-mail over de stand van zaken.")
    assert "no-next-step" not in draft_rules(nov22_incident_linter, text)


def test_a_colleague_by_name_after_onze_is_a_person():
    assert main_clause("Onze ICT-specialist Rob Hendriks werkt vandaag aan een oplossing.")._.subject_kind == "person"
    assert main_clause("Onze specialist neemt contact met je op.")._.subject_kind != "person"


def test_a_fronted_phrase_before_heeft_u_is_no_question(nov22_linter):
    text = "Met de slimme thermostaat die wij bij u installeren, heeft u nooit meer een koud huis."
    assert main_clause(text)._.mood != "interrogative"
    assert "promise-absolute" in draft_rules(nov22_linter, text)


def test_a_pending_date_in_a_field_line_is_no_moment(nov22_linter):
    text = "Orderbevestiging 55120\nArtikel: eettafel\nBezorging: Transportbedrijf Hofstede, datum volgt\n"
    assert ("promise-when", "datum volgt") in draft_spans(nov22_linter, text)


def test_the_agent_of_a_passive_is_no_other_recipient(nov22_linter):
    text = ("U wordt op vrijdag 27 november door uw casemanager Emma de Jong op de hoogte gebracht van het "
            "besluit over uw indicatie.")
    assert "promise-channel" in draft_rules(nov22_linter, text)
    assert "promise-channel" not in draft_rules(nov22_linter, "Ik laat het de monteur morgen weten.")


@pytest.mark.parametrize(("text", "rule"), [
    ("Deze fout hebben we deze maand bij vijf andere huishoudens in uw wijk ook verholpen.", "other-client-counted"),
    ("De nieuwe behandeling neemt uw rugklachten volledig weg. Ruud start donderdag 26 november om 9.15 uur.",
     "promise-absolute"),
])
def test_counted_households_and_complaints_taken_away(nov22_linter, text, rule):
    assert rule in draft_rules(nov22_linter, text)


def test_the_failure_pointed_at_has_a_cause(nov22_incident_linter):
    text = "De app doet het nog steeds niet, dat ligt bij onze hostingpartij. Om 15.00 uur app ik je weer. – Priya"
    assert "incident-explanation-source" in draft_rules(nov22_incident_linter, text)
