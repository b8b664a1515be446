"""Clause analysis on shapes of clause gold dev7 and paraphrases96: a subject with a
relative clause between it and its verb, work in progress told "now", and a verb after
a fronted time the tagger calls a noun."""

from __future__ import annotations

import pytest
from test_nl_clauses import analyse

from smartlint.nl.clauses import clauses_of


def _main(text: str):
    return next(c for c in clauses_of(analyse(text)) if c._.role == "main" and c._.finite is not None)


def test_a_relative_clause_between_a_named_subject_and_its_verb():
    doc = analyse("Dossierbeheerder Kristof Peeters, die vandaag in Aarschot zit, bezorgt u een afrekening "
                  "per post. Hij belt u morgen vóór 12.00 uur.")
    first, *_, last = [c for c in clauses_of(doc) if c._.role == "main"]
    assert first._.subject_kind == "person" and first._.act == "promise"
    assert last._.subject_kind == "person"  # "Hij" is Kristof, not the relative "die"


@pytest.mark.parametrize("text", [
    "Op dit moment wordt uw dossier beoordeeld door een schade-expert.",
    "Wij onderzoeken momenteel waarom een deel van de facturen dubbel is verstuurd.",
])
def test_work_in_progress_told_now_is_a_description(text):
    assert _main(text)._.act == "description"


@pytest.mark.parametrize("text", [
    "Uw pakket wordt morgen bezorgd.",
    "We kunnen op dit moment nog niet aangeven wanneer de vervangende router wordt geleverd.",
])
def test_a_moment_ahead_or_what_we_cannot_tell_yet_stays_a_promise(text):
    assert _main(text)._.act == "promise"


@pytest.mark.parametrize("text", ["morgen hoor je van me", "morgen pak ik het als eerste op"])
def test_a_verb_after_a_fronted_time_word_is_finite_whatever_its_tag(text):
    clause = _main(text)
    assert clause._.act == "promise" and clause._.finite.i == 1


@pytest.mark.parametrize("text", ["Spoedreparaties meldt u via de app.", "Wijzigingen geeft u door via het portaal."])
def test_a_plural_noun_before_a_singular_verb_is_its_object(text):
    assert _main(text)._.subject_kind == "customer"


def test_a_company_name_ending_in_a_plural_stays_the_subject():
    assert _main("Zeewind Reizen boekt u zonder extra kosten om naar de vlucht van 14.10 uur.")._.act == "promise"
