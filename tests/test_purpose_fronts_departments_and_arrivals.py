"""The thirty-sixth stop's second round (issue 12, paraphrases91, and issue 9, the clause
gold dev5; both tuning sets): an inverted clause after a fronted purpose clause keeps its
subject, also without the comma; an expletive "er" after a fronted subclause opens a
passive; a department pointed at ("Deze afdeling") or as a placeholder
("{{ afdeling }}") names no one; infinitives in a bare -n ("nagaan", "doen") and with
an adjective particle ("openzetten") make action items; a cause label, a company by its
trade, being there at a time of day, "komt vandaag nog in orde"; "weer mogelijk is"
is possible, not perhaps; "nooit zal herhalen" is absolute; a condition on the
reader's thing that gets ready leaves the promise."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, draft_spans
from test_nl_clauses import main_clause


@pytest.mark.parametrize("text", [
    "Om dit goed te maken, zet Lieke vandaag een korting van € 5 op uw volgende factuur.",
    "Om dit goed te maken zet Lieke vandaag een korting van € 5 op uw volgende factuur.",
])
def test_an_inverted_clause_after_a_purpose_keeps_its_subject(nov22_linter, text):
    clause = main_clause(text)
    assert (clause._.act, clause._.subject_kind) == ("promise", "person")
    assert "no-next-step" not in draft_rules(nov22_linter, text)


def test_an_expletive_after_a_fronted_clause_opens_a_passive(nov22_linter):
    text = "Omdat de zending beschadigd aankwam, wordt er morgen een vervangende lamp naar u verstuurd."
    assert "promise-who" in draft_rules(nov22_linter, text)


@pytest.mark.parametrize(("text", "span"), [
    ("Uw verzoek is doorgezet naar de afdeling Incasso. Deze afdeling stuurt u uiterlijk vrijdag "
     "27 november een nieuw betaalschema.", "Deze afdeling"),
    ("{{ afdeling }} neemt binnen 2 werkdagen telefonisch contact met u op over uw aanvraag.", "{{ afdeling }}"),
])
def test_a_department_pointed_at_or_as_placeholder_names_no_one(nov22_linter, text, span):
    assert ("promise-who", span) in draft_spans(nov22_linter, text)


@pytest.mark.parametrize("text", [
    "{{ medewerker }} neemt binnen 2 werkdagen telefonisch contact met u op.",
    "{bedrijf} stuurt je morgen de factuur.",
])
def test_a_person_or_company_placeholder_is_specific(nov22_linter, text):
    assert "promise-who" not in draft_rules(nov22_linter, text)


@pytest.mark.parametrize("item", ["status koppeling CRM nagaan", "aangifte doen", "testomgeving openzetten"])
def test_infinitives_of_every_shape_make_action_items(nov22_linter, item):
    text = f"Acties\n- Koen: {item}\n- Iris: klant bellen, di 24 nov 14.00 uur\n"
    assert ("promise-when" in draft_rules(nov22_linter, text)) and main_clause(f"- Koen: {item}")._.act == "promise"


def test_an_owned_item_with_an_adjective_particle_is_complete(nov22_linter):
    text = "Actielijst\n- Jorrit: testomgeving openzetten – ma 30 nov\n"
    assert not {"promise-who", "no-next-step"} & set(draft_rules(nov22_linter, text))


@pytest.mark.parametrize(("text", "act", "kind"), [
    ("Oorzaak piek: nieuwe vervoerder in regio Noord", "cause", None),
    ("Groenhuis Verzekeringen vergoedt de reparatiekosten volledig.", "promise", "team"),
    ("De monteur is er morgen rond 14.00 uur.", "promise", "person"),
    ("komt vandaag nog in orde!", "promise", None),
])
def test_acts_of_labels_companies_arrivals_and_chat(text, act, kind):
    clause = main_clause(text)
    assert clause._.act == act
    assert kind is None or clause._.subject_kind == kind


def test_being_away_is_no_arrival():
    assert main_clause("Ik ben er morgen niet.")._.act != "promise"


def test_possible_again_is_no_hedge(nov22_linter):
    text = "Wij verwachten dat pinnen vanaf 18.00 uur weer mogelijk is. Om 14.00 uur plaatst Saskia een update."
    assert "vague-mogelijk" not in draft_rules(nov22_linter, text)
    assert "vague-mogelijk" in draft_rules(nov22_linter, "Wij denken dat het mogelijk is opgelost.")


def test_never_repeating_is_absolute(nov22_linter):
    text = ("Wij kunnen u verzekeren dat deze fout zich nooit zal herhalen. Mevrouw Oosterhuis stuurt u "
            "vrijdag 27 november de creditnota per post.")
    assert "promise-absolute" in draft_rules(nov22_linter, text)


@pytest.mark.parametrize("text", [
    "Ik geef je morgen voor 12u een seintje als je auto klaarstaat. – Tom",
    "Ik bel je morgen om 10.00 uur als je pakket aankomt.",
])
def test_a_condition_on_the_readers_thing_getting_ready_leaves_the_promise(nov22_linter, text):
    assert "no-next-step" not in draft_rules(nov22_linter, text)
