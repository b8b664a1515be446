"""Shapes from paraphrases119/120 and real-text-463..474 (forty-seventh stop): a first
name before a verb whose parsed subject is "ze"/"het"; a name that opens the clause
after a colon; the value of a form's field ("Werk:", "Impact:") is no promise; money
the reader gets back with its moment is a next step; a Jekyll page in HTML; a habit
with a weekly day; a passive that names its agent in a description; a project's
README behind a prefix."""

from __future__ import annotations

import pytest
from test_nl_clauses import analyse

from smartlint.inputs import read_path
from smartlint.inputs.web_page import is_project_document
from smartlint.nl.clauses import clauses_of
from smartlint.settings import Settings


def rules(linter, text):
    return {f.rule for f in linter.lint_text(text)}


def test_a_first_name_before_the_verb_is_the_subject_not_ze(nov22_linter):
    doc = analyse("De jaaropgaven zijn klaar. Priya zet ze dinsdag 5 januari vóór 9.00 uur in het portaal.")
    clause = next(c for c in clauses_of(doc) if c._.finite is not None and c._.finite.text == "zet")
    assert clause._.subject.text == "Priya" and clause._.subject_kind == "person"
    text = "Beste Kees, de jaaropgaven zijn klaar. Priya zet ze dinsdag 5 januari vóór 9.00 uur in het portaal."
    assert "no-next-step" not in rules(nov22_linter, text)


def test_ze_after_a_time_word_stays_the_subject():
    doc = analyse("Morgen zet ze de spullen klaar.")
    clause = next(c for c in clauses_of(doc) if c._.finite is not None)
    assert clause._.subject.text == "ze"


def test_a_name_after_a_colon_opens_its_own_clause(nov22_linter):
    text = "Onze excuses. Dit gebeurt nooit meer: Priya corrigeert alle verschillen vóór vrijdag 18 december."
    doc = analyse(text)
    named = [c for c in clauses_of(doc) if c._.subject is not None and c._.subject.text == "Priya"]
    assert named and named[0]._.act == "promise" and named[0].text.startswith("Priya corrigeert")
    before = next(c for c in clauses_of(doc) if c.text.startswith("Dit gebeurt"))
    assert before.text == "Dit gebeurt nooit meer"
    found = rules(nov22_linter, text)
    assert "no-next-step" not in found and "promise-absolute" in found


@pytest.mark.parametrize("text", [
    "Reparatiebon 2291\nKlacht: versnelling slaat over\nWerk: schakelkabel en derailleur vervangen (€ 78,00)\n"
    "Bas belt u dinsdag 24 november om 16.00 uur.",
    "Reparatiestatus: uw fiets heeft schade aan het achterframe.\nAdvies: frame vervangen (€ 320,00)\n"
    "Bas belt u dinsdag 24 november om 11.00 uur voor uw akkoord.",
])
def test_the_value_of_a_forms_field_is_no_promise(nov22_linter, text):
    assert "promise-when" not in rules(nov22_linter, text)


def test_a_passive_in_a_status_records_field_is_no_promise(nov22_incident_linter):
    text = ("Status: storing kaartlezers Harlingen\nImpact: reizigers met een e-ticket worden handmatig gecontroleerd\n"
            "Volgende update: 12.00 uur via deze statuspagina, door teamleider Marco de Vries")
    found = rules(nov22_incident_linter, text)
    assert "promise-who" not in found and "promise-when" not in found


def test_a_promise_after_a_label_that_is_no_field_still_counts(nov22_linter):
    assert "promise-when" in rules(nov22_linter, "- Kees: offerte mailen aan de klant")


def test_money_back_with_its_moment_is_a_next_step(nov22_linter):
    text = ("Retourbevestiging #R-1182\nArtikel: fietsverlichtingset\n"
            "Terugbetaling: € 34,95, binnen 14 dagen na ontvangst van het retour\nVerwerkt door: Ilona")
    assert "no-next-step" not in rules(nov22_linter, text)


def test_a_jekyll_page_in_html_is_read_without_its_front_matter(tmp_path, nov22_linter):
    page = tmp_path / "kom-werken.html"
    page.write_text("---\ntitle: De Sering | Kom werken bij De Sering\nlayout: base\n---\n\n<section>\n"
                    "<h2>Word vrijwilliger!</h2>\n<p>Kom werken bij ons.</p>\n</section>\n", encoding="utf-8")
    doc = read_path(page, Settings())
    assert doc.segments and {s.kind for s in doc.segments} == {"page"}  # a page of a site, block by block
    assert all("title:" not in s.text and "layout" not in s.text for s in doc.segments)
    assert not nov22_linter.lint_path(page)
    # without front matter the same markup is a message, whose step is missing
    letter = tmp_path / "brief.html"
    letter.write_text("<section>\n<h2>Word vrijwilliger!</h2>\n<p>Kom werken bij ons.</p>\n</section>\n", encoding="utf-8")
    assert {s.kind for s in read_path(letter, Settings()).segments} != {"page"}


@pytest.mark.parametrize("text", [
    "Hallo, elke zondag koken we met z'n allen om eten voor te bereiden.",
    "Homey haalt elke minuut gegevens op vanaf de Windcentrale.",
])
def test_a_habit_on_a_weekly_day_or_every_minute_is_no_promise(nov22_linter, text):
    found = rules(nov22_linter, text)
    assert "promise-who" not in found and "promise-when" not in found


def test_a_weekly_schedule_for_the_reader_is_still_a_promise(nov22_linter):
    assert "promise-who" in rules(nov22_linter, "Elke maandag bellen we u met een update.")


def test_a_passive_that_names_its_agent_in_a_description_is_no_promise(nov22_linter):
    text = "Hallo, de Volkskeuken wordt volledig geopereerd door vrijwilligers. Elke zondag koken we samen."
    assert "promise-who" not in rules(nov22_linter, text)


def test_a_passive_without_agent_still_misses_its_actor(nov22_linter):
    assert "promise-who" in rules(nov22_linter, "Uw klacht wordt binnenkort behandeld.")


@pytest.mark.parametrize("name, expected", [
    ("winddelen-homey-README.nl.txt", True), ("app_changelog.md", True), ("README.md", True),
    ("klant-history.txt", False), ("antwoord-installatie.txt", False),
])
def test_a_readme_behind_a_project_prefix_is_a_project_document(name, expected):
    assert is_project_document(name) is expected


def test_a_clause_after_a_colon_inside_one_parse_is_split(nov22_linter):
    text = "Boek een proefdag: Daan belt u binnen 1 werkdag na uw aanmelding om een dag te plannen."
    doc = analyse(text)
    daan = next(c for c in clauses_of(doc) if c._.subject is not None and c._.subject.text == "Daan")
    assert daan._.act == "promise" and daan.text.startswith("Daan belt")
    assert next(c for c in clauses_of(doc) if c.text.startswith("Boek"))._.act == "instruction"
    assert "no-next-step" not in rules(nov22_linter, "Bij ons vindt u een werkplek. " + text)


@pytest.mark.parametrize("text", [
    "Onze monteur is nog bezig met de auto van een andere klant. Hij belt u morgen om 10.00 uur terug.",
    "Kees heeft nu een klantgesprek. Hij belt u morgen om 10.00 uur terug.",
    "Onze bibliothecaris helpt net een andere bezoeker. Ze belt u morgen om 10.00 uur terug.",
])
def test_other_clients_in_other_words(nov22_linter, text):
    assert any(f.category == "other-client" for f in nov22_linter.lint_text(text))


@pytest.mark.parametrize("text", [
    "We hebben uw pakket verwisseld met de bestelling van een andere klant. Sanne belt u morgen om 10.00 uur.",
    "Wilt u een klantgesprek met ons inplannen? Sanne belt u morgen om 10.00 uur.",
])
def test_the_readers_own_business_names_no_other_client(nov22_linter, text):
    assert not any(f.category == "other-client" for f in nov22_linter.lint_text(text))


@pytest.mark.parametrize("text", [
    "Bram wordt op dat moment bij een patiënt thuis verwacht. Hij behandelt u morgen om 14.00 uur.",
    "Rick staat nog op een klus in Vianen. Hij komt om 11.15 uur je boiler ontkalken.",
    "Status werkbon 7781\nReden vertraging: spoedklus bij klant in Houten\nNieuwe aankomsttijd: vandaag 11.30 uur, monteur Gert",
    "Joris is vandaag de hort op om bij een vaste klant in Deventer een bibliotheek in te richten. "
    "Hij belt u morgen om 9.00 uur.",
    "Monteur Erik is nog bij uw bovenburen op nummer 23. Hij komt om 13.30 uur bij u.",
    "Planning Ahmed:\n- 8.00 uur: ketelvervanging bij fam. Jansen\n- 12.30 uur: bij u, radiatorkranen vervangen",
])
def test_other_clients_by_place_job_or_household(nov22_linter, text):
    assert any(f.category == "other-client" for f in nov22_linter.lint_text(text))


@pytest.mark.parametrize("text", [
    "Uw pakket is bij de buren afgeleverd. Sanne belt u morgen om 10.00 uur.",
    "Bij een grote klant duurt de installatie langer. Sanne belt u morgen om 10.00 uur.",
])
def test_a_parcel_at_the_neighbours_or_a_rule_for_big_clients_names_no_other_client(nov22_linter, text):
    assert not any(f.category == "other-client" for f in nov22_linter.lint_text(text))


def test_progress_by_degree_is_unquantified_but_anatomy_is_no_judgement(nov22_linter):
    assert "adjective-degree" in rules(nov22_linter, "Uw schouder is de afgelopen weken sterk verbeterd.")
    found = rules(nov22_linter, "Op uw verwijzing staan lage rugklachten en een hoge bloeddruk.")
    assert "adjective-degree" not in found
