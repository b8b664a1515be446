"""Shapes from real-text-445..456 and paraphrases121 (forty-sixth stop): terms and
conditions written out as articles in a plain-text draft are fine print; an absolute
word in what a system could not do ("kon geen enkele ... meer vinden") promises nothing;
an adjective's noun is no verb ("omliggende plaatsen"); a cause still under investigation
or told from the report is no explanation; "een leven lang" is no wait."""

from __future__ import annotations

import pytest


def rules(linter, text):
    return {f.rule for f in linter.lint_text(text)}


def test_terms_written_as_articles_in_a_text_draft_are_fine_print(tmp_path, nov22_linter):
    terms = ("Algemene voorwaarden – Rijschool Voorbeeld\n"
             "Artikel 1 – Overeenkomst\nDoor inschrijving gaat de leerling akkoord met deze voorwaarden.\n"
             "Artikel 2 – Rijlessen\nDe rijlessen worden gegeven door bevoegde instructeurs.\n"
             "Examens worden door de rijschool ingepland bij het CBR.\n")
    path = tmp_path / "voorwaarden.txt"
    path.write_text(terms, encoding="utf-8")
    assert not {f.rule for f in nov22_linter.lint_path(path)}
    # one article line is a reply quoting the terms, still a message
    reply = tmp_path / "reply.txt"
    reply.write_text("Artikel 2 van de voorwaarden zegt het al.\nWe kijken er even naar.\n", encoding="utf-8")
    assert "promise-who" in {f.rule for f in nov22_linter.lint_path(reply)}


@pytest.mark.parametrize("text", [
    "De integratie kon geen enkele milieustraat meer vinden op de website.",
    "De app vond geen enkele afspraak meer.",
])
def test_an_absolute_word_in_what_was_found_promises_nothing(nov22_linter, text):
    assert "promise-absolute" not in rules(nov22_linter, text)


def test_an_absolute_outcome_told_in_the_present_still_counts(nov22_linter):
    assert "promise-absolute" in rules(nov22_linter, "Dit gebeurt nooit meer.")


def test_an_adjectives_noun_is_no_verb(nov22_linter):
    text = "Ik geef rijlessen in de regio Mijdrecht, Wilnis, Woerden en omliggende plaatsen."
    assert "promise-when" not in rules(nov22_linter, text)


@pytest.mark.parametrize("text", [
    "Update 09.50 uur: de storing is opgelost. De oorzaak is in onderzoek; Emma mailt u het rapport "
    "uiterlijk woensdag 25 november.",
    "De oorzaak wordt nog onderzocht. Emma mailt u woensdag 25 november om 12.00 uur.",
    "Het incident van 1 november is opgelost. In het rapport dat u vanochtend ontving, leest u dat een "
    "verlopen certificaat de oorzaak was.",
    "De oorzaak was een verlopen certificaat (zie rapport van 4 november).",
])
def test_a_cause_under_investigation_or_from_the_report_is_no_explanation(nov22_incident_linter, text):
    assert "incident-explanation" not in rules(nov22_incident_linter, text)


def test_a_cause_told_during_the_outage_still_counts(nov22_incident_linter):
    assert "incident-explanation" in rules(nov22_incident_linter, "De storing duurt voort. De oorzaak is een defecte server.")


def test_a_lifetime_is_no_wait(nov22_linter):
    assert "adjective-duration" not in rules(nov22_linter, "Deze kast gaat een leven lang mee. Mo levert hem woensdag 25 november.")


def test_an_adjectives_noun_in_a_mail_header_is_no_promise(nov22_linter):
    text = ("Automatisch bericht van Energie Noord: uw meterstanden zijn ontvangen. Energie Noord zet uw "
            "jaarafrekening uiterlijk vrijdag 18 december in de app Mijn Energie Noord.")
    assert "promise-when" not in rules(nov22_linter, text)
    # a name the tagger took for an adjective still has its verb
    assert "no-next-step" not in rules(nov22_linter, "Lieke plant de monteur in voor vrijdag 11 december om 13.00 uur.")


def test_software_of_ours_is_no_team(nov22_linter):
    text = "Ons klantportaal MijnWolkwerk zet het extra IP-adres binnen 15 minuten actief."
    assert "promise-who" not in rules(nov22_linter, text)
    assert "promise-who" in rules(nov22_linter, "Ons team zet het extra IP-adres woensdag 25 november actief.")


def test_a_year_named_after_the_months_dates_the_days_under_it(nov22_linter):
    text = ("### Praktijksluitingen april/mei 2026\n"
            "- Praktijk Van der Eem: maandag 20 april t/m maandag 27 april\n"
            "- Praktijk Duijn: maandag 27 april t/m dinsdag 5 mei\n")
    assert "date-weekday" not in rules(nov22_linter, text)
    # without the year the days are next year's, and their weekdays are wrong there
    assert "date-weekday" in rules(nov22_linter, "Sanne belt u maandag 20 april.")


def test_a_quotation_of_whole_sentences_on_its_own_line_is_someone_elses(nov22_linter):
    text = ("Wat anderen zeggen\n“Binnen 24 uur hadden we twee verzorgenden op locatie. Snel, professioneel en "
            "prettig in de\nsamenwerking.” – Zorginstelling Oost\nSanne belt u woensdag 25 november om 10.00 uur.")
    found = rules(nov22_linter, text)
    assert not found & {"vague-snel", "adjective-praise"}
    # a scare quote inside our own sentence stays ours
    assert "vague-zsm" in rules(nov22_linter, 'We lossen het "zo snel mogelijk" op.')


@pytest.mark.parametrize("text", [
    "Wij schakelen snel, communiceren helder en blijven betrokken.",
    "Daarom luisteren we, schakelen we snel en denken we actief mee.",
    "✅ Eén vast aanspreekpunt – korte lijnen, duidelijke communicatie",
])
def test_idioms_of_a_way_of_working_promise_no_moment(nov22_linter, text):
    assert not rules(nov22_linter, text) & {"vague-snel", "promise-when", "promise-who", "adjective-duration"}


def test_a_cause_in_chat_shorthand_is_an_explanation(nov22_incident_linter):
    text = "Storing VPN sinds 8u. Oorzaak = verlopen certificaat op de gateway. Ik update je om 10u via Teams."
    assert "incident-explanation-source" in rules(nov22_incident_linter, text)
    unknown = "Storing VPN sinds 8u. Oorzaak = nog onbekend. Ik update je om 10u via Teams."
    assert not {f.category for f in nov22_incident_linter.lint_text(unknown)} & {"incident-explanation"}
