"""Shapes from paraphrases106-107 and the real texts 403-411 after their scores: a status
heading that opens with its time ("Update 11.05 uur – Storing ...") and an owner in
brackets ("[Fleur] ...") end their line's sentence; an "of" clause after a verb of
hearing is what is told; "hij" after a full name; a verb the tagger calls a noun in an
inverted clause; "tot die tijd" as a moment; absolute outcomes ("alles vergoed", "tot
de laatste cent", "gegarandeerd 100%"); causes in a status line, by an outside party's
fault, and a "voordat" clause as a restore time; privacy-policy strings as legal text."""

from __future__ import annotations

import json

import pytest
from lint_helpers import draft_rules, draft_spans

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2027-02-26")


@pytest.fixture(scope="module")
def incident():
    return Linter(config=False, today="2027-02-26", context="incident")


def test_a_status_heading_that_opens_with_its_time_ends_its_sentence(linter):
    text = ("Update 11.05 uur – Storing in de Waddenstroom-app\n"
            "De volgende update plaatst Lisa Koster maandag 22 februari om 9.00 uur op deze pagina.")
    assert "date-past" in draft_rules(linter, text)


def test_a_bracketed_owner_opens_an_action_item_under_a_dated_heading(linter):
    text = ("Actielijst klantoverleg Trapkracht – Zorggroep Meander, 25-02-2027\n"
            "[Fleur] offerte mailen naar de zorggroep – vr 5 mrt\n"
            "[Joris] planning mailen naar de zorggroep – do 4 mrt")
    assert "date-past" not in draft_rules(linter, text)


def test_an_of_clause_after_a_verb_of_hearing_is_what_is_told(linter):
    rules = draft_rules(linter, "U hoort maandag 1 maart van Gerda Haan of uw gasmeter wordt vervangen.")
    assert "promise-who" not in rules and "promise-when" not in rules


def test_hij_after_a_full_name_is_that_person(linter):
    text = ("Uw vraag heb ik doorgezet naar Wessel Nauta van Facturatie; hij belt u maandag 1 maart "
            "vóór 12.00 uur terug.")
    assert "promise-who" not in draft_rules(linter, text)


def test_an_inverted_verb_tagged_as_a_noun_is_the_finite_verb(linter):
    text = ("Het wifi-netwerk in het hotel is uitgevallen. Om 21.00 uur schuift receptiemanager Nina "
            "een update onder uw deur.")
    assert "no-next-step" not in draft_rules(linter, text)


def test_tot_die_tijd_points_at_the_moment_just_named(linter):
    text = ("Maandag 1 maart om 9.00 uur is het portaal weer open. Tot die tijd neemt Sandra de Bruin "
            "uw meldingen telefonisch aan.")
    assert "promise-when" not in draft_rules(linter, text)


def test_tot_die_tijd_leaves_a_vague_moment_vague(linter):
    text = ("Monteur Erwin repareert de loopband dinsdag 2 maart. Tot die tijd zetten we zo snel "
            "mogelijk een vervangende loopband neer.")
    assert "promise-when" in draft_rules(linter, text)


@pytest.mark.parametrize("text, words", [
    ("U krijgt alles vergoed. Nathalie mailt u maandag 1 maart de overeenkomst.", "alles vergoed"),
    ("Wij vergoeden uw schade tot de laatste cent. Nathalie mailt u maandag 1 maart de overeenkomst.",
     "tot de laatste cent"),
    ("Met deze warmtepomp bent u gegarandeerd 100% van het gas af.", "gegarandeerd 100%"),
])
def test_absolute_outcomes(linter, text, words):
    assert ("promise-absolute", words) in draft_spans(linter, text)


def _causes(linter, text):
    return [words for rule, words in draft_spans(linter, text) if rule.startswith("incident-explanation")]


def test_a_hedged_cause_in_a_status_line_without_subject(incident):
    spans = draft_spans(incident, "Storing betaalapp: ligt wrs aan de server van onze betaalprovider. "
                                  "Ik app je om 16.00 uur een update. – Joyce")
    assert ("incident-explanation-source", "ligt wrs aan") in spans
    assert ("vague-misschien", "wrs") in spans


def test_an_outside_partys_fault_is_a_cause(incident):
    text = ("Omdat onze leverancier vannacht een foutieve update heeft uitgerold, kunt u geen aanslagen "
            "inzien. Om 11.00 uur plaatst Roelof Span een nieuwe update op deze pagina.")
    assert any(words.startswith("Omdat onze leverancier") for words in _causes(incident, text))
    ours = "Omdat onze monteur de meterkast wil controleren, belt hij u om 11.00 uur."
    assert _causes(incident, ours) == []


@pytest.mark.parametrize("text", [
    "Voordat de avondspits begint, is het betaalsysteem weer in de lucht.",
    "Storing parkeerautomaten: voordat de avondspits begint, is het betaalsysteem weer in de lucht.",
])
def test_a_voordat_clause_times_the_restore(incident, text):
    assert "incident-time-estimate" in draft_rules(incident, text)


def test_a_cookie_policy_in_a_library_is_legal_text(linter):
    body = ("Wij zullen ons uiterste best doen om alleen de persoonsgegevens te verwerken die nodig zijn. "
            "Wij garanderen dat alle verwerkers de nodige maatregelen nemen.")
    as_policy = {f.rule for f in linter.lint_text(json.dumps({"cookies": {"how": {"text_1": body}}}), path="lib.json")}
    as_message = {f.rule for f in linter.lint_text(json.dumps({"mail": {"how": {"text_1": body}}}), path="lib.json")}
    assert "vague-ons-best" in as_message
    assert "vague-ons-best" not in as_policy and "promise-absolute" not in as_policy


def test_a_fronted_noun_with_its_relative_clause_is_no_promise(linter):
    text = ("De telefooncentrale die u overweegt, hebben we vorige maand ook elders geïnstalleerd. "
            "Adviseur Ellen mailt u vrijdag 5 maart de offerte.")
    rules = draft_rules(linter, text)
    assert "promise-what" not in rules and "promise-when" not in rules


def test_a_field_label_in_meeting_notes_owns_no_action_item(linter):
    text = ("Verslag klantoverleg, 25 februari\n"
            "- Wens: wifi in het gemeentehuis uitbreiden naar de raadszaal.\n"
            "- Actie Ferry Dekker: offerte mailen naar de gemeente, uiterlijk vr 5 maart.")
    assert "promise-when" not in draft_rules(linter, text)


def test_doing_ones_best_with_a_name_between(linter):
    text = "Monteur Bas doet z'n best om de reparatie af te ronden; daarom doet monteur Bas z'n best."
    assert ("vague-ons-best", "doet monteur Bas z'n best") in draft_spans(linter, text)


@pytest.mark.parametrize("text", [
    "Dr. Vermeulen onderzoekt uw knie op dinsdag 2 maart om 9.40 uur.",
    "De schilder behandelt uw badkamerplafond woensdag 3 maart tussen 8.00 en 12.00 uur.",
])
def test_examining_or_treating_a_body_part_or_surface_is_the_job(linter, text):
    rules = draft_rules(linter, text)
    assert "promise-what" not in rules and "no-next-step" not in rules


def test_examining_a_complaint_stays_vague(linter):
    assert "promise-what" in draft_rules(linter, "Sanne onderzoekt uw klacht op dinsdag 2 maart.")


def test_a_moment_placeholder_before_ontvangt_u_is_no_policy_qualifier(linter):
    text = "Op {{ datum }} ontvangt u van uw energieadviseur {{ medewerker }} een e-mail met de berekening."
    assert "no-next-step" not in draft_rules(linter, text)


@pytest.mark.parametrize("text, words", [
    ("We zagen deze foutmelding deze week ook bij 4 andere administratiekantoren.",
     "bij 4 andere administratiekantoren"),
    ("Deze foutmelding zagen we deze week ook bij vier andere leaserijders.", "bij vier andere leaserijders"),
    ("U bent niet de enige: deze week meldden nog drie hotels in de regio hetzelfde probleem.", "nog drie hotels"),
    ("Hoi! Koen is nog bij n klant, hij belt je om 15.00 uur terug.", "bij n klant"),
    ("Voor uw camping stellen we 12 accesspoints voor; dezelfde opzet draait sinds vorig jaar bij "
     "Camping De Berkenhof.", "Camping De Berkenhof"),
])
def test_other_clients_counted_in_compounds_by_nog_in_chat_and_sharing_the_same(linter, text, words):
    assert any(rule.startswith("other-client") and found == words for rule, found in draft_spans(linter, text))


def test_counted_members_to_add_are_no_other_clients(linter):
    assert not any(rule.startswith("other-client") for rule, _ in draft_spans(linter, "Voeg nog twee leden toe aan uw team."))


def test_a_notes_line_with_a_verb_apart_from_its_particle_is_a_sentence(linter):
    text = ("Notulen kwartaaloverleg, 25 februari 2027\n"
            "- 3 bestelwagens lopen in maart 2027 af.\n"
            "- Actie Mark: voorstel mailen, woensdag 3 maart.")
    assert not any(words.startswith("3 bestelwagens") for _, words in draft_spans(linter, text))
    item = "Notulen overleg 25 februari\n- Offerte kassasysteem opsturen naar klant\n- Kees: offerte mailen, vr 5 mrt"
    assert "promise-who" in draft_rules(linter, item)


def test_a_fronted_time_word_the_parser_made_the_root_gives_way_to_the_clause_after_it():
    from test_nl_clauses import main_clause

    clause = main_clause("Uiterlijk om 20.00 uur plaatsen we hier een nieuwe update.")
    assert clause._.act == "promise" and clause._.subject_kind == "speaker"
