"""A clause after a semicolon, a long name after a "Volgende stap:" label, "je" after a
verb in stem + t, and a flat language file with a sign-off among its strings (issues 9,
11 and 12; paraphrases61, real-text-258)."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-12-10")


def test_a_name_after_a_semicolon_is_the_subject_and_je_its_object(linter):
    """"...; Noor mailt je maandag ...": the clause before the semicolon is no part of the
    subject, the capitalised word the tagger read as an adverb is a name, and "je" after
    "mailt" (stem + t) is the object: as the subject it would take "mail je"."""
    text = ("Hoi Lars, je nieuwe laptop staat klaar. Je kunt hem ophalen op dinsdag 15 december "
            "bij de servicedesk; Noor mailt je maandag 14 december om 16.00 uur de ophaalcode.")
    assert draft_rules(linter, text) == []


def test_je_after_a_bare_stem_is_still_the_subject(linter):
    assert "no-next-step" in draft_rules(linter, "Morgen mail je ons de ophaalcode.")


def test_a_next_step_label_before_a_sentence_with_a_long_name(linter):
    """"Volgende stap: Jasper van de servicedesk belt je ...": the sentence names its
    actor (the tagger reads "Jasper" as an adjective); the label has no ownerless task."""
    text = ("Ticket #88213 – laptop start niet op. Status: in behandeling.\n"
            "Volgende stap: Jasper van de servicedesk belt je vandaag om 14.00 uur om samen "
            "de BIOS-instellingen na te lopen.\n")
    assert draft_rules(linter, text) == []
    bare = "Bedankt voor het gesprek van vandaag.\nVolgende stap: offerte voor de zonnepanelen per e-mail versturen.\n"
    assert "promise-who" in draft_rules(linter, bare)


def test_a_flat_language_file_with_a_sign_off_is_no_mail(tmp_path):
    """A mail split over sibling keys opens with its greeting or ends with its sign-off
    and has a handful of parts; Flyspray's nl.php (800 strings, "regards" among them)
    had become one message keyed by every name."""
    labels = "".join(f"'label{i}' => 'Taak {i} bewerken',\n" for i in range(40))
    php = ("<?php\n$translation = array(\n" + labels
           + "'regards' => 'Met vriendelijke groeten,',\n"
           + "'listnote' => 'Let op: wij sturen u binnenkort een nieuwe versie.',\n"
           + labels.replace("label", "more") + ");\n")
    (tmp_path / "nl.php").write_text(php, encoding="utf-8")
    found = Linter(config=False, today="2026-12-05").lint_path(tmp_path / "nl.php")
    assert found and all(f.key and "{" not in f.key for f in found)
    assert any(f.key == "translation.listnote" and f.rule == "vague-binnenkort" for f in found)


def test_a_name_that_is_also_a_past_verb_form_is_a_person(linter):
    """"Koos" is also the past of "kiezen"; as the subject before "vertelt" it is a name
    (a stem or infinitive stays a thing: "Update volgt", "Bellen is gratis")."""
    assert draft_rules(linter, "Koos vertelt je woensdag 16 december om 14.00 uur aan de balie hoe het verder gaat.") == []


def test_a_bare_stem_agrees_with_je_after_it_not_with_the_fronted_phrase(linter):
    """"Je goodie bag haal je op aan de uitgang": "haal" (not "haalt") agrees with "je",
    so the fronted phrase is the object and the reader does it (real-text-264). "Ik haal
    je op" keeps "ik"; a stem in -t is third person too ("Sanne zet je nummer over")."""
    assert "promise-when" not in draft_rules(linter, "Je goodie bag haal je op aan de uitgang bij de vestiaire.")
    assert draft_rules(linter, "Sanne zet je nummer maandag 14 december om 10.00 uur over.") == []
    assert "promise-who" not in draft_rules(linter, "Ik haal je maandag 14 december om 9.00 uur op bij het station.")
