"""Shapes from paraphrases102-103 and the clause gold dev9 after their scores: a job
passed on with "vragen ... om te", a negation contrasted with "maar", lasting outcomes
("komt niet meer terug", "geen omkijken meer"), an inverted named sender of news, chat
estimates and chat sentences without capitals, hedged and long verb-final causes, the
verb after a fronted subclause and a first name in lower case."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules, draft_spans
from test_nl_clauses import analyse

from smartlint.api import Linter
from smartlint.nl.clauses import clauses_of


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-12-22")


@pytest.fixture(scope="module")
def incident():
    return Linter(config=False, today="2026-12-22", context="incident")


@pytest.mark.parametrize("text", [
    "Ik vraag Jolien van Planning om je morgen vóór 12.00 uur te bellen over de dubbele levering.",
    "Ik heb Kees gevraagd om u vrijdag 8 januari om 10.00 uur te bellen.",
])
def test_a_colleague_asked_to_act_makes_the_next_step(linter, text):
    assert "no-next-step" not in draft_rules(linter, text)


def test_the_reader_asked_to_act_is_no_step_of_ours(linter):
    assert "no-next-step" in draft_rules(linter, "Ik vraag u om het formulier vóór vrijdag 8 januari terug te sturen.")


def test_a_negation_contrasted_with_maar_keeps_the_promise(linter):
    text = ("Chauffeur Ferry leegt de containers in uw straat niet op dinsdag 29 december, "
            "maar op donderdag 31 december vóór 14.00 uur.")
    assert "no-next-step" not in draft_rules(linter, text)
    assert "no-next-step" in draft_rules(linter, "Chauffeur Ferry leegt de containers in uw straat niet op dinsdag.")


@pytest.mark.parametrize("text, flagged", [
    ("Na de installatie heeft u er geen omkijken meer naar. Monteur Luuk belt u maandag 11 januari om 15.00 uur.",
     "geen omkijken meer"),
    ("Update 14.05 uur: de storing in de app is opgelost en komt niet meer terug. Het rapport volgt later.",
     "komt niet meer terug"),
    ("Met het Zorgeloos-pakket lossen wij al uw storingen aan de installatie op.", "al uw storingen"),
    ("Ik beloof je dat dit de laatste keer is dat je hierover moet bellen.", "beloof je dat dit de laatste keer"),
])
def test_a_lasting_or_total_outcome_is_unrealistic(linter, text, flagged):
    assert ("promise-absolute", flagged) in draft_spans(linter, text)


def test_a_last_reminder_is_no_promise(linter):
    assert "promise-absolute" not in draft_rules(linter, "Dit is de laatste keer dat u een herinnering van ons krijgt.")


@pytest.mark.parametrize("text", [
    "Na de keuring van de laadpaal neemt monteur Lars woensdag 6 januari contact met u op.",
    "Welke dag uw container voortaan geleegd wordt, laat wijkbeheerder Romy u vrijdag 8 januari weten.",
])
def test_an_inverted_named_role_informs_the_reader(linter, text):
    assert "promise-channel" in draft_rules(linter, text)


def test_a_role_told_the_news_is_still_another_recipient(linter):
    assert "promise-channel" not in draft_rules(linter, "Ik laat het de monteur morgen om 10.00 uur weten.")


@pytest.mark.parametrize("text, flagged", [
    ("Update 09.15 uur: de betaalpagina ligt plat. Een kwartiertje nog, dan draait alles weer. "
     "Om 09.45 uur zet Milan hier een nieuwe update.", "Een kwartiertje nog"),
    # a chat line without capitals: "volgende update" starts a sentence of its own
    ("storing opwek-app: fix staat klaar, om 16.00 weer live. volgende update 15.00 hier – Kaj", "om 16.00"),
])
def test_chat_estimates_of_the_fix(incident, text, flagged):
    assert ("incident-time-estimate", flagged) in draft_spans(incident, text)


@pytest.mark.parametrize("text", [
    "Hem verteld dat het door de migratie naar de nieuwe server komt.",
    "Mogelijk heeft de vorst de sensoren in de slagbomen beschadigd.",
])
def test_a_long_or_hedged_cause_is_an_explanation(incident, text):
    assert "incident-explanation-source" in draft_rules(incident, text)


def test_damage_without_a_cause_is_no_explanation(incident):
    assert not any(r.startswith("incident-explanation") for r in draft_rules(incident, "Mogelijk is uw pakket beschadigd; stuur ons een foto."))


def test_the_verb_after_a_fronted_subclause_is_finite_with_its_plural_subject():
    doc = analyse("Wanneer het dak droog is, plaatsen onze monteurs de resterende zes panelen.")
    main = next(c for c in clauses_of(doc) if c._.role == "main")
    assert fold_text(main._.finite) == "plaatsen" and main._.act == "promise" and main._.subject_kind == "team"


def test_a_first_name_in_lower_case_opening_a_chat_line_is_a_person():
    main = clauses_of(analyse("lotte pakt het morgen op"))[0]
    assert main._.subject_kind == "person" and main._.act == "promise"


def fold_text(token) -> str:
    return token.text.lower() if token is not None else ""


@pytest.mark.parametrize("text, flagged", [
    ("In de nieuwe versie van onze app vindt u een handig overzicht van al uw polissen.", "handig"),
    ("In de app ziet u uw verbruik per kwartier: waardevolle informatie over uw energiegebruik.", "waardevolle"),
    ("De gasprijs is in oktober sterk gestegen, dus uw voorschot stijgt ook.", "sterk gestegen"),
    ("Let op: de parkeergarage is deze week erg vol.", "erg vol"),
])
def test_praise_and_degree_without_a_measure(linter, text, flagged):
    assert any(rule.startswith("adjective-") and span == flagged for rule, span in draft_spans(linter, text))


@pytest.mark.parametrize("text", ["Ik vind het prima", "Fijn dat u het overzicht handig vond."])
def test_the_readers_or_our_verdict_is_no_praise(linter, text):
    assert not any(rule.startswith("adjective-") for rule in draft_rules(linter, text))


def test_these_days_and_half_an_hour_made_small_are_vague(linter, incident):
    assert ("vague-binnenkort", "dezer dagen") in draft_spans(linter, "Ik app je dezer dagen wanneer je hem kunt ophalen.")
    text = "Storing bij de pinautomaat. Over een halfuurtje doet ie het weer! Ik app om 13.00 uur een update."
    assert ("vague-wachttijd", "een halfuurtje") in draft_spans(incident, text)


@pytest.mark.parametrize("text", [
    "Hoi Kevin, je bent niet de enige: 3 andere webshops hadden dezelfde fout in hun koppeling.",
    "Update 11.20 uur: de storing raakt naast uw organisatie ook 14 andere klanten.",
    "Deze week hebben we al vijf andere rijders met hetzelfde laadpasprobleem geholpen.",
    "Dit probleem hebben we deze maand al bij drie andere hotels opgelost.",
])
def test_counted_other_clients_are_named(linter, text):
    assert "other-client-counted" in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "Je kunt 2 andere leden toevoegen aan je team.",
    "Zo maken we onze app bekender bij andere verenigingen.",
])
def test_others_counted_or_addressed_without_service_are_no_clients(linter, text):
    assert "other-client-counted" not in draft_rules(linter, text)


@pytest.mark.parametrize("text", [
    "Je nieuwe klantnummer mailt Gerben je vandaag vóór 15.00 uur.",
    "Je digitale bezoekersvergunning activeert medewerker Parkeren Tom Kuipers vandaag vóór 17.00 uur.",
])
def test_the_readers_thing_fronted_before_a_named_sender_is_a_complete_step(linter, text):
    assert "no-next-step" not in draft_rules(linter, text)


def test_the_readers_thing_without_a_person_after_the_verb_stays_a_thing():
    main = clauses_of(analyse("Je nieuwe pas ligt klaar bij de balie."))[0]
    assert main._.subject_kind == "thing"


@pytest.mark.parametrize("text", [
    "Uw onderhoudsbeurt door monteur Henk staat op donderdag 10 december om 13.00 uur.",
    "Beste Sem, je oogmeting bij optometrist Ellen staat op woensdag 23 december om 11.00 uur.",
])
def test_a_dated_appointment_with_its_person_is_the_next_step(linter, text):
    assert "no-next-step" not in draft_rules(linter, text)


def test_a_word_after_uw_is_never_the_finite_verb():
    main = clauses_of(analyse("Uw onderhoudsbeurt door monteur Henk staat op donderdag 10 december om 13.00 uur."))[0]
    assert main._.finite is not None and main._.finite.text == "staat"


def test_a_verb_is_no_plural_of_the_role_a_pronoun_stands_for(linter):
    text = ("Geachte mevrouw Kok,\n\nZoals telefonisch besproken komt schilder Arno op dinsdag 22 december de "
            "kozijnen schilderen. Hij belt u een dag van tevoren om 17.00 uur.")
    assert "promise-who" not in draft_rules(linter, text)


def test_settling_an_amount_in_a_later_bill_names_no_moment(linter):
    text = "Het teveel betaalde bedrag van € 54,20 verrekent Ruben in uw volgende jaarafrekening."
    assert "promise-when" in draft_rules(linter, text)
