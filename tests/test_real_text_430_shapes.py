"""Shapes from real-text-430..438 and paraphrases114-115 (forty-fifth stop): a blog post
stored as one library value is a page; an appointment the reader attends is a moment;
"..., dus kijk goed na" and "als ..., dan bezorg je ..." are the reader's steps; other
clients with an adjective or as institutes; "even" comparing two things; searching as a
vague action; "ze" for things just named; a cause told in a subclause with "komt" last."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def linter(nov22_linter):
    return nov22_linter


@pytest.fixture(scope="module")
def incident(nov22_incident_linter):
    return nov22_incident_linter


def rules(linter, text, kind=None):
    return {f.rule for f in linter.lint_text(text, kind=kind)}


def test_a_blog_post_in_a_library_value_is_a_page(tmp_path, linter):
    post = ("## Waarom rugpijn ontstaat\n\n" + "Veel mensen denken dat pijn altijd schade betekent. " * 12
            + "\n\n## Wat je zelf kunt doen\n\n" + "We kijken even naar je houding en snel herstel volgt vaak. " * 12)
    path = tmp_path / "posts.json"
    path.write_text(json.dumps([{"title": "Rugpijn", "content": post}], ensure_ascii=False), encoding="utf-8")
    found = {f.rule for f in linter.lint_path(path)}
    assert not found & {"vague-even", "vague-snel", "vague-kijken-naar", "promise-when", "no-next-step"}
    # one heading is a mail template, still a message to its reader
    mail = tmp_path / "mail.json"
    mail.write_text(json.dumps({"body": "# Bedankt\n\nWe kijken er even naar en laten het je snel weten."},
                               ensure_ascii=False), encoding="utf-8")
    assert "vague-snel" in {f.rule for f in linter.lint_path(mail)}


def test_an_appointment_the_reader_attends_is_a_moment(linter):
    assert "promise-when" not in rules(linter, "De eerste twee lessen ontvang je van trainer Koen een kortingskaart.")
    assert "promise-when" not in rules(linter, "Ik zal je verwelkomen op jouw eerste les.")
    assert "promise-when" in rules(linter, "Trainer Koen geeft je een kortingskaart.")


@pytest.mark.parametrize("text", [
    "Dit is de informatie die wij ontvingen, dus kijk goed na of alles klopt.",
    "Als het rekeningnummer ontbreekt, dan bezorg je de juiste gegevens zo snel mogelijk aan de verzekeraar.",
])
def test_the_readers_step_after_a_link_or_a_condition_is_no_promise(linter, text):
    assert not rules(linter, text) & {"promise-what", "promise-when", "vague-zsm"}


def test_after_a_condition_dan_ontvang_je_keeps_its_vague_word(linter):
    # the reader receives: our promise, not his step
    assert "vague-zsm" in rules(linter, "Als je vóór 12.00 uur bestelt, dan ontvang je het pakket zo snel mogelijk.")


@pytest.mark.parametrize(("text", "rule"), [
    ("Daan zit nu bij een andere zakelijke klant in Delft. Hij appt je om 15.00 uur.", "other-client-visit-verb"),
    ("Dezelfde fout speelt bij vier andere instituten. Wouter mailt u vandaag vóór 16.00 uur.", "other-client-counted"),
])
def test_other_clients_with_an_adjective_or_as_institutes(linter, text, rule):
    assert rule in rules(linter, text)


def test_even_between_two_things_compared_is_equally(linter):
    text = "De grote en de middelste kluis zijn even diep. Ik app je vandaag om 15.00 uur de code."
    assert "vague-even" not in rules(linter, text)
    assert "vague-even" in rules(linter, "Het is even druk. Ik app je vandaag om 15.00 uur de code.")


def test_going_in_search_is_a_vague_action(linter):
    assert {"promise-what", "promise-when"} <= rules(linter, "We gaan voor je op zoek naar een oplossing.")


def test_ze_for_things_just_named_is_no_team(linter):
    text = "De kluizen in Zwolle gaan nu niet open. Over een uur werken ze weer, ik app je om 15.00 uur."
    assert "promise-who" not in rules(linter, text)
    assert "promise-who" in rules(linter, "Uw melding is doorgezet naar de planning. Ze bellen u morgen.")


def test_a_cause_told_in_a_subclause_is_no_promise_of_what_comes(incident):
    text = ("Het lijkt erop dat de storing door de nachtelijke update komt. "
            "Om 11.00 uur meldt Priya de stand van zaken in dit kanaal.")
    found = rules(incident, text)
    assert "incident-explanation-source" in found or "incident-explanation" in found
    assert not found & {"promise-who", "promise-when"}


def test_a_colleague_at_a_care_home_or_hospital_is_at_another_client(linter):
    text = "Apotheker Joost is vandaag bij een verpleeghuis in Zeist. Hij belt u morgen om 9.00 uur."
    assert "other-client-visit-verb" in rules(linter, text)


def test_a_floor_area_quantifies_its_adjective(linter):
    text = "Vergaderzaal Zuid is 40 m² groot. Eva reserveert hem voor jullie op woensdag 16 december om 13.00 uur."
    assert "adjective-size" not in rules(linter, text)


def test_before_the_end_of_the_day_is_a_deadline_not_a_vague_moment(incident):
    text = ("Volgens onze netwerkpartner is de storing vóór het einde van de dag verholpen. "
            "Storingscoördinator Ilse sms't u om 16.00 uur een update.")
    found = rules(incident, text)
    assert "incident-time-estimate" in found and not any(r.startswith("vague-") for r in found)


def test_dank_je_before_a_clause_is_a_formula_not_an_imperative(linter):
    assert "vague-snel" in rules(linter, "Dank je, je hoort snel van ons terug!")


def test_an_outage_until_and_including_a_date_is_an_estimate(incident):
    text = ("Door een storing worden er tot en met woensdag 9 december geen medicijnen bezorgd. "
            "Assistent Yara belt u morgen om 10.00 uur.")
    assert "incident-time-until" in rules(incident, text)


@pytest.mark.parametrize("text", [
    # the parse leaves the reason clause without a verb: its subject stands after "omdat"
    "Door de storing kun je niet pinnen, omdat de betaalterminals de nieuwe software niet aankunnen.",
    # no fault word, but the sentence names the outage the reason explains
    "Omdat een graafmachine vanochtend een kabel heeft geraakt, is er een storing op het vaste internet.",
])
def test_a_reason_clause_of_the_outage_is_an_explanation(incident, text):
    assert "incident-explanation-reason" in rules(incident, text + " Bas mailt je om 11.00 uur een update.")


def test_the_reason_of_the_fix_is_no_explanation(incident):
    text = ("Omdat de leverancier het onderdeel vanochtend heeft geleverd, is de storing morgen verholpen. "
            "Carla mailt u morgen om 8.00 uur.")
    assert "incident-explanation-reason" not in rules(incident, text)


def test_the_cause_of_something_named_then_is(incident):
    text = ("Vermoedelijke oorzaak van de uitval van het 4G-netwerk in Twente is een beschadigde kabel. "
            "Ilse zet om 12.00 uur een update in de app.")
    assert "incident-explanation-source" in rules(incident, text)
    assert not rules(incident, "De oorzaak van de uitval van het netwerk is nog onbekend. Ilse belt u om 12.00 uur.")


def test_als_deze_after_a_noun_compares_and_opens_no_condition(linter):
    text = "Wij kunnen u verzekeren dat een storing als deze niet meer voorkomt. Sanne belt u morgen om 9.00 uur."
    assert "promise-absolute" in rules(linter, text)


def test_a_mistake_ruled_out_for_the_future_is_absolute(linter):
    text = "Een vergissing als deze is bij ons voortaan uitgesloten. Apotheker Lisa belt u vandaag om 14.00 uur."
    assert "promise-absolute" in rules(linter, text)


def test_a_question_that_ends_in_an_emoji_asks(linter):
    assert "vague-proberen" not in rules(linter, "Zullen we het proberen? 💪🏼")


def test_a_page_with_json_front_matter_is_a_page(tmp_path, linter):
    page = tmp_path / "kb.nl.md"
    page.write_text('{\n  "title": "Uw account beëindigen",\n  "url": "/support/kb/account"\n}\n\n'
                    "Zodra het formulier is ingediend, wordt uw account gesloten en krijgt u snel bericht.\n",
                    encoding="utf-8")
    found = {f.rule for f in linter.lint_path(page)}
    assert not found & {"promise-who", "promise-when", "vague-snel", "no-next-step"}
    assert "title" not in " ".join(f.text for f in linter.lint_path(page))


def test_a_projects_readme_is_documentation_not_a_message(tmp_path, linter):
    text = "De app brengt de vertrekdata direct naar je domotica. We kijken er even naar.\n"
    readme, reply = tmp_path / "README.nl.txt", tmp_path / "antwoord.txt"
    readme.write_text(text, encoding="utf-8")
    reply.write_text(text, encoding="utf-8")
    assert not linter.lint_path(readme)
    assert "vague-kijken-ernaar" in {f.rule for f in linter.lint_path(reply)}


def test_a_fix_at_a_future_day_and_hour_is_an_estimate(incident):
    text = "Het probleem is vanavond om 20.00 uur opgelost. Anouk mailt u om 13.30 uur een update."
    assert "incident-time-estimate" in rules(incident, text)
    done = "De storing is vanochtend om 9.00 uur opgelost. Anouk mailt u om 13.30 uur het rapport."
    assert "incident-time-estimate" not in rules(incident, done)


@pytest.mark.parametrize("text", [
    "Door uitval van ons planningssysteem kunnen wij tot woensdagmiddag geen nieuwe afspraken inplannen.",
    "Door een storing in ons kassasysteem kunt u tot morgen alleen contant betalen.",
])
def test_an_outage_until_a_day_part_or_with_only_a_fallback_is_an_estimate(incident, text):
    assert "incident-time-until" in rules(incident, text + " Marloes mailt u om 17.00 uur een update.")


@pytest.mark.parametrize("text", [
    "De Technische Dienst vervangt de pompen door leenpompen. Gerda belt om 13.00 uur met een update.",
    "Opgelost door de hostingpartij; het rapport volgt later.",
])
def test_door_after_replacing_or_a_fix_names_no_cause(incident, text):
    assert not {r for r in rules(incident, text) if r.startswith("incident-explanation")}


def test_a_passive_agent_with_an_adjective_before_the_role_and_name_is_named(linter):
    text = "U wordt woensdag 9 december om 10.00 uur door verpleegkundig specialist Ans Verhoef gebeld."
    assert "promise-who" not in rules(linter, text)
    assert "promise-who" in rules(linter, "U wordt woensdag 9 december om 10.00 uur door een medewerker gebeld.")



def test_a_cause_label_with_words_before_its_colon_that_defers_is_no_explanation(incident):
    minutes = ("Crisisoverleg storing telefooncentrale, 7 december 10.00 uur\n"
               "Oorzaak en hersteltijd: nog onbekend.\nActies:\n- Jorrit: om 14.00 uur update op de website zetten.\n")
    assert "incident-explanation-source" not in rules(incident, minutes)
