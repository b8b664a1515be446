"""A file's last line break, an attributive participle in an appointment, and the
reader booked on the calendar (issues 9 and 12, paraphrases53/58)."""

from __future__ import annotations

import pytest

from smartlint.api import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(today="2026-11-22")


def _rules(linter, text):
    return [f.rule for f in linter.lint_text(text, path="mail.txt")]


@pytest.mark.parametrize("text", [
    "Uw volgende afspraak is op woensdag 19 mei 2027 om 8.40 uur bij tandarts Verbeek.",
    "Fysiotherapeut Anouk belt u dinsdag 24 november om 9.00 uur.",
])
def test_the_line_break_that_ends_a_file_changes_nothing(linter, text):
    """Every file ends in a line break; inside the last sentence the parser took it for
    the root and the subject was lost, so a complete promise read as none."""
    assert _rules(linter, text + "\n") == _rules(linter, text) == []


def test_an_attributive_participle_does_not_make_an_appointment_past(linter):
    """"Uw volgende controle is op ...": "volgende" is tagged a participle; the appointment
    is no fact of the past (as "De monteur is bij u geweest" is)."""
    assert _rules(linter, "Uw volgende controle is op woensdag 19 mei 2027 om 8.40 uur bij tandarts Verbeek.") == []


def test_the_reader_booked_at_a_moment_is_an_appointment(linter):
    assert _rules(linter, "U staat ingepland voor de griepprik op woensdag 25 november om 16.20 uur.") == []
    assert "no-next-step" in _rules(linter, "U staat ingepland voor de griepprik.")


def test_a_moment_named_on_the_list_line_before_times_an_anaphor(linter):
    """"1. ... op 7 december ... / 2. Op dezelfde dag stuurt ...": the list's "2." is read
    as a sentence of its own; the anaphor looks past it to the moment on the line before."""
    text = ("1. Sanne verwerkt uw opzegging op maandag 7 december.\n"
            "2. Op dezelfde dag stuurt Sanne u een bevestiging per e-mail.")
    assert "promise-when" not in _rules(linter, text)
    assert "promise-when" in _rules(linter, "1. Wij verwerken uw opzegging.\n2. Op dezelfde dag stuurt Sanne u een bevestiging per e-mail.")
