"""Shapes from clause gold dev14 (forty-fifth stop): a verb stem the tagger called a name,
right before its object's article, is the imperative ("Houd de resetknop ...", also after
a step label); a person's name the parser split ("Bas de Vries", "Mevrouw De Vries") is
the subject as a whole; a clause-initial hedge is no subject ("Mogelijk ligt het aan ..."),
and an inverted cause is a cause; a hedged "moet je" is a guess, not an instruction, so
its hedge is reported; a company named by its trade ("... Lease") is a team."""

from __future__ import annotations

import pytest

from smartlint.api import Linter
from smartlint.nlp import load_pipeline
from smartlint.preprocess import apply_sentence_starts, prepare


def main_clause(text: str):
    nlp = load_pipeline()
    prepared = prepare(text)
    doc = nlp.make_doc(prepared.text)
    apply_sentence_starts(doc, prepared)
    clauses = nlp(doc)._.clauses
    main = next(c for c in clauses if c._.role == "main")
    subject = main._.subject.text if main._.subject is not None else None
    return main._.act, subject, main._.subject_kind, main._.finite.text if main._.finite is not None else None


@pytest.mark.parametrize(("text", "verb"), [
    ("Houd de resetknop tien seconden ingedrukt tot het lampje oranje knippert.", "Houd"),
    ("Stap 3: Scan de QR-code op de achterkant van de omvormer.", "Scan"),
])
def test_a_verb_stem_before_its_objects_article_is_the_imperative(text, verb):
    act, _, _, finite = main_clause(text)
    assert (act, finite) == ("instruction", verb)


@pytest.mark.parametrize(("text", "name"), [
    ("Bas de Vries belt u morgen om 10.00 uur.", "Bas de Vries"),
    ("Mevrouw De Vries van onze administratie neemt morgen contact met u op.", "Mevrouw De Vries"),
])
def test_a_split_name_is_the_whole_subject(text, name):
    act, subject, kind, _ = main_clause(text)
    assert (act, subject, kind) == ("promise", name, "person")


@pytest.mark.parametrize(("text", "subject"), [
    ("Mogelijk ligt het aan uw router.", "het"),
    ("Waarschijnlijk komt de fout door een verouderde versie van de app.", "fout"),
])
def test_a_clause_initial_hedge_is_no_subject_and_the_inverted_cause_is_a_cause(text, subject):
    act, found, kind, _ = main_clause(text)
    assert (act, found, kind) == ("cause", subject, "thing")


def test_a_hedged_obligation_of_the_reader_keeps_its_vague_word():
    linter = Linter(config=False, today="2026-12-07")
    rules = {f.rule for f in linter.lint_text("Mogelijk moet je daarna je rapportages opnieuw instellen.")}
    assert "vague-mogelijk" in rules


def test_a_company_named_by_its_trade_is_a_team():
    _, subject, kind, _ = main_clause("Autoplan Lease vergoedt de schade aan uw ruit.")
    assert (subject, kind) == ("Autoplan Lease", "team")


@pytest.mark.parametrize("text", ["Wanneer bent u het beste bereikbaar?", "Wanneer kunt u het beste gebeld worden?"])
def test_a_question_adverb_is_no_name_and_the_question_asks(text):
    act, subject, kind, _ = main_clause(text)
    assert (act, subject, kind) == ("question", "u", "customer")
