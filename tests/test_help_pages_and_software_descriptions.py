"""An FAQ titled as one, an imperative whose "dat" clause has the reader as subject,
software that displays something, and version numbers (real-text-370 at the start
code of the thirty-eighth stop)."""

from __future__ import annotations

import pytest
from lint_helpers import draft_rules

from smartlint.api import Linter
from smartlint.inputs.web_page import is_web_page
from smartlint.nl.verbs import infinitives_of


@pytest.fixture(scope="module")
def linter():
    return Linter(config=False, today="2026-12-09")


def test_a_markdown_file_titled_as_an_faq_is_a_help_page():
    page = "# Veelgestelde vragen\n\n## De app start niet\nHerstart je telefoon.\n\n## De code werkt niet\nx\n"
    assert is_web_page(page)


@pytest.mark.parametrize("source", [
    "# Handleiding voor de nieuwe app\n\n## Start\nx\n\n## Stop\ny\n",  # a title that only opens with it
    "# Veelgestelde vragen\n\nBeste Jan, we bellen je morgen.",  # no sections under it
])
def test_other_titles_or_a_title_alone_make_no_help_page(source):
    assert not is_web_page(source)


@pytest.mark.parametrize("form, infinitive", [("weergegeven", "weergeven"), ("stilgelegd", "stilleggen"),
                                              ("vrijgegeven", "vrijgeven")])
def test_participles_of_particle_verbs_have_their_infinitive(form, infinitive):
    assert infinitive in infinitives_of(form)


@pytest.mark.parametrize("word", ["weerbericht", "vrijdag", "weergave"])
def test_words_that_only_open_like_a_particle_are_no_verb_forms(word):
    assert not infinitives_of(word)


def test_an_imperative_whose_dat_clause_has_the_reader_as_subject_asks_the_reader(linter):
    text = "Zorg ervoor dat je de app eerst hebt toegevoegd op je horloge en probeer het opnieuw."
    assert "promise-when" not in draft_rules(linter, text)


def test_what_a_program_displays_is_no_promise(linter):
    rules = draft_rules(linter, "De instellingenpagina toont geen code en de versie wordt weergegeven als 0.0.0.")
    assert "promise-who" not in rules and "promise-when" not in rules
