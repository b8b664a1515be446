"""Shapes from paraphrases100-101 after their scores: a cause given once the review is
done, comparatives by degree ("een stuk overzichtelijker"), a vague "zodra ..." after a
timed heading, a review meeting as a moment, an owner field after the task's period,
and words the parser hangs under a subclause although they stand before its
subordinator."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, draft_spans
from test_nl_clauses import analyse

from smartlint.api import Linter
from smartlint.nl.clauses import clauses_of


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-12-16")


@pytest.fixture(scope="module")
def incident():
    return Linter(config=False, today="2026-12-16", context="incident")


def test_a_cause_after_a_finished_review_of_a_dated_outage_is_allowed(incident):
    text = ("Het onderzoek naar de storing van maandag 14 december 2026 is afgerond: de oorzaak was een "
            "fout in een configuratiebestand. Iris mailt u vrijdag 18 december om 10.00 uur het rapport.")
    assert "incident-explanation" not in draft_rules(incident, text)
    # the same cause while the outage is open still is one
    assert "incident-explanation" in draft_rules(
        incident, "De oorzaak was een fout in een configuratiebestand. Iris belt u om 14.00 uur.")


@pytest.mark.parametrize("text, flagged", [
    ("Het nieuwe dashboard is een stuk overzichtelijker dan het oude.", "een stuk overzichtelijker"),
    ("Het nieuwe dashboard werkt stukken prettiger.", "stukken prettiger"),
    ("Omdat het een tijdrovende klus is, levert Ravi de correctie vrijdag 8 januari op.", "tijdrovende"),
])
def test_a_comparative_by_degree_or_a_time_consuming_job_is_unquantified(linter, text, flagged):
    assert any(rule.startswith("adjective-") and span == flagged for rule, span in draft_spans(linter, text))


def test_a_piece_of_something_is_no_comparative(linter):
    assert not any(rule.startswith("adjective-") for rule in
                   draft_rules(linter, "Sanne stuurt u vrijdag 18 december een stuk papier met de code."))


def test_a_vague_whenever_after_a_timed_heading_stays_vague(incident):
    text = ("Update 10.20 uur: de betaalpagina werkt niet. "
            "Zodra er meer bekend is, mailt Sven u een nieuwe update.")
    assert ("promise-when", "Zodra er meer bekend is") in draft_spans(incident, text)


def test_a_dated_review_meeting_times_the_step_taken_in_it(linter):
    text = "Hidde bespreekt de verhoging in de jaarevaluatie van dinsdag 12 januari 2027."
    assert "promise-when" not in draft_rules(linter, text)


@pytest.mark.parametrize("item", [
    "- 2 mailboxen aanmaken voor de nieuwe stagiairs. Eigenaar: Iris, maandag 21 december.",
    "- Back-up: test van de restore-procedure; eigenaar: Niels, vóór vrijdag 8 januari 2027.",
])
def test_an_owner_field_after_the_tasks_period_names_its_owner(linter, item):
    rules = draft_rules(linter, "Actiepunten overleg 16 december 2026\n" + item)
    assert "promise-who" not in rules and "no-next-step" not in rules


def test_an_item_without_an_owner_field_still_lacks_an_owner(linter):
    rules = draft_rules(linter, "Actiepunten overleg 16 december 2026\n- 2 mailboxen aanmaken, maandag 21 december.")
    assert "promise-who" in rules


def test_words_before_a_subordinator_belong_to_the_clause_around_it():
    doc = analyse("U hoort maandag 21 december van Noor via een bericht in de app of uw claim is goedgekeurd.")
    main = next(c for c in clauses_of(doc) if c._.role == "main")
    assert "app" in main.text and not any("app" in c.text for c in clauses_of(doc) if c._.role == "subordinate")


def test_a_channel_before_the_told_question_is_the_promises_channel(linter):
    text = "U hoort maandag 21 december van Noor via een bericht in de app of uw claim is goedgekeurd."
    assert "promise-channel" not in draft_rules(linter, text)


def test_from_him_after_a_named_role_names_the_sender(linter):
    text = ("De monteur vervangt donderdag 17 december om 13.00 uur de trapas van uw e-bike. "
            "Na afloop krijgt u van hem een sms dat u de fiets kunt ophalen.")
    assert "promise-who" not in draft_rules(linter, text)
    # "we" before it names no one "hem" can stand for
    assert "promise-who" in draft_rules(linter, "Wij vervangen donderdag 17 december de trapas. "
                                                "Na afloop krijgt u van hem een sms.")


@pytest.mark.parametrize("text", [
    "Het herstel van de betaalmodule duurt naar verwachting de rest van de middag.",
    "Het herstel neemt de hele ochtend in beslag.",
])
def test_a_stretch_of_the_day_as_the_length_of_the_fix_is_an_estimate(incident, text):
    assert "incident-time-estimate" in draft_rules(incident, text + " Om 14.00 uur belt Koen u met een update.")


def test_a_service_hour_over_a_whole_day_is_no_estimate(incident):
    assert "incident-time-estimate" not in draft_rules(
        incident, "Wij zijn de hele dag bereikbaar op 088 123 45 67. Om 14.00 uur belt Koen u met een update.")


def test_a_noun_after_a_preposition_is_no_finite_verb(incident):
    text = ("Update 13.30 uur: het herstel van de telefooncentrale loopt nog. "
            "Volgende update: uiterlijk 15.00 uur, door Marloes per e-mail.")
    assert "no-next-step" not in draft_rules(incident, text)


APP_DESCRIPTION = """Val je vaak in slaap bij een video? Slaapwacht zorgt ervoor dat je toestel niet de hele nacht blijft draaien.

WAAROM JE DIT NODIG HEBT

Zonder Slaapwacht begint de ene video na de andere.

HOE HET WERKT

1. Stel in hoe vaak de knop moet verschijnen.
2. Start Slaapwacht.

FUNCTIES

* Twee modi
* Instelbaar interval

🔒 PRIVACY

Slaapwacht verzamelt niets en zorgt ervoor dat je scherm op tijd vergrendelt.
"""


def test_a_text_of_titles_in_capitals_is_a_document_not_a_letter(linter):
    found = linter.lint_text(APP_DESCRIPTION, path="full_description.txt")
    assert not [f.rule for f in found if f.category in ("missing-what", "missing-when", "no-next-step")]


def test_minutes_with_headings_in_capitals_keep_their_action_items(linter):
    text = ("VERSLAG\n\nAANWEZIG\n- Kees\n\nBESPROKEN\n- de planning\n\nACTIEPUNTEN\n- Kees: offerte mailen\n\n"
            "VOLGENDE KEER\n- nog onbekend\n")
    assert "promise-when" in [f.rule for f in linter.lint_text(text, path="notulen.txt")]


def test_an_absolute_outcome_on_the_readers_step_without_a_figure_is_unrealistic(linter):
    text = "Zodra u overstapt naar Salaro, hoeft u zich nergens meer zorgen over te maken."
    assert "promise-absolute" in draft_rules(linter, text)
    # a policy with its figure or day on the reader's step stays a policy
    for policy in ("Als u vóór 22.00 uur bestelt, heeft u het gegarandeerd morgen in huis.",
                   "Als u vandaag bestelt, heeft u het gegarandeerd morgen in huis."):
        assert "promise-absolute" not in draft_rules(linter, policy)


def test_a_staff_noun_before_a_name_is_a_named_colleague(linter):
    text = ("Het expertiserapport sturen wij u op maandag 21 december toe. Daarna belt expert Mehmet Yıldız u "
            "die dag vóór 17.00 uur om de herstelafspraak te maken.")
    assert "no-next-step" not in draft_rules(linter, text)


@pytest.mark.parametrize("text, kind", [
    ("- Wessel: belt klant Hoekstra morgen terug over de creditnota", "person"),
    ("Kees: stuurt vrijdag de offerte", "person"),
    ("- Priya en Sem: testen de nieuwe betaalpagina vóór de livegang", "person"),
])
def test_the_owner_before_a_colon_is_the_subject_of_the_verb_after_it(text, kind):
    main = next(c for c in clauses_of(analyse(text)) if c._.role == "main")
    assert main._.act == "promise" and main._.subject_kind == kind


@pytest.mark.parametrize("text", ["Status: wordt verwerkt", "- Status: wordt verwerkt", "Tip: bel ons gerust"])
def test_a_field_label_before_a_colon_is_no_owner(text):
    assert all(c._.subject is None or c._.subject_kind != "person" for c in clauses_of(analyse(text)))


@pytest.mark.parametrize("text", [
    "Het uittreksel voor uw notaris breng ik voor u in orde tegen donderdag 17 december.",
    "Bedankt voor de offerte. Ik maak er maandag 21 december werk van.",
])
def test_putting_in_order_or_making_work_of_it_is_a_vague_action(linter, text):
    assert "promise-what" in draft_rules(linter, text)


def test_a_verb_stem_in_a_heading_with_a_longer_name_is_no_promise(incident):
    text = ("Storing e-mail Tandartspraktijk Molenwijk: uw mails komen op dit moment niet bij ons aan. "
            "Om 16.00 uur belt Saskia u of het weer werkt.")
    assert "promise-when" not in draft_rules(incident, text)


def test_a_machine_in_use_again_is_a_moment_in_an_incident(incident):
    text = "De lift staat stil. Coördinator Frank Mol belt de bewoners zodra de lift het weer doet."
    assert "promise-when" not in draft_rules(incident, text)


def test_an_owner_label_may_hold_a_four_word_name(linter):
    text = ("Actiepunten overleg wijkteam, 16-12-2026\n"
            "- Jeugdwerker Sami El Khatib: jongeren uitnodigen voor een gesprek, vr 18 dec.\n")
    assert "promise-who" not in draft_rules(linter, text)


@pytest.mark.parametrize("text, kind", [
    ("Om 14:00 app ik je opnieuw.", "speaker"),
    ("Ff geduld, ik app je binnen 10 minuten de trackcode.", "speaker"),
    ("Kirsten mailt u morgen het adviesrapport.", "person"),
    ("Noor van de servicedesk mailt u om 12.15 uur of alles weer werkt.", "person"),
    ("Om 12.00 uur mailt teamleider Anouk Smit u een nieuwe update.", "person"),
])
def test_the_reader_after_the_verb_is_no_subject_beside_a_speaker_or_colleague(text, kind):
    main = next(c for c in clauses_of(analyse(text)) if c._.role == "main")
    assert main._.subject_kind == kind and main._.act == "promise"


def test_a_plural_noun_first_still_leaves_the_reader_as_subject():
    main = next(c for c in clauses_of(analyse("Storingen meldt u via de app.")) if c._.role == "main")
    assert main._.subject_kind == "customer"


@pytest.mark.parametrize("text", [
    "Beste Anna, vanaf nu hoef je nergens meer naar om te kijken. Kees belt je vrijdag 18 december om 10.00 uur.",
    "Bij ons staat uw pakket altijd de volgende dag op de stoep.",
    "Bij Kempenstroom is elke vraag dezelfde dag nog opgelost.",
    "Vanaf 4 januari is elke vraag aan het Klantcontactcentrum in één telefoontje beantwoord.",
    "Uw adviseur Rutger is altijd voor u bereikbaar, ook 's nachts en in het weekend.",
    # a lasting outcome after what was done: the perfect does not make it a fact
    "Nu de software is bijgewerkt, ziet u deze foutmelding voor eens en altijd niet meer.",
])
def test_more_absolute_outcomes_are_unrealistic(linter, text):
    assert "promise-absolute" in draft_rules(linter, text)


@pytest.mark.parametrize("text", ["Alle problemen zijn inmiddels opgelost.",
                                  "U vindt het antwoord op al uw vragen in onze FAQ."])
def test_a_fact_done_or_a_pointer_to_answers_is_no_absolute_promise(linter, text):
    assert "promise-absolute" not in draft_rules(linter, text)


def test_a_weak_past_plural_is_no_promise(linter):
    text = ("Bij Garage Lenaerts installeerden wij vorige maand dezelfde laadpaal. "
            "Installateur Kobe plaatst uw laadpaal op dinsdag 22 december tussen 8.00 en 12.00 uur.")
    assert not {"promise-when", "promise-who"} & set(draft_rules(linter, text))


def test_a_verb_stem_in_a_title_line_is_no_promise(linter):
    text = "Storing e-mail Kabelnoord Zakelijk\nStatus: onderzoek loopt\nVolgende update: 13.30 uur per e-mail, door Stijn"
    assert "promise-when" not in draft_rules(linter, text)


def test_visiting_a_client_with_a_classifying_adjective_names_another_client(linter):
    rules = draft_rules(linter, "Kaj bezoekt vanochtend een zakelijke klant, hij appt je om 13:00 over je bakfiets.")
    assert "other-client-visit-verb" in rules
