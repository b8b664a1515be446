"""Long messages: parsed in bounded pieces, findings as if parsed whole, no length refusal."""

from __future__ import annotations

import pytest

import smartlint.long_text as long_text
from smartlint import engine as engine_module
from smartlint.engine import lint_text
from smartlint.long_text import PIECE_CHARS, batches, cut_points, pieces
from smartlint.preprocess import prepare
from smartlint.settings import Settings

from lint_helpers import TODAY

BODY = (
    "Dank voor uw bericht over de factuur van oktober. We kijken er zo snel mogelijk naar. "
    "Het bedrag klopt niet helemaal, dat zien we ook.\n\n"
)


def _lint(text: str, long_at: int):
    """Findings with messages longer than ``long_at`` parsed in pieces."""
    original = long_text.LONG_TEXT
    long_text.LONG_TEXT = long_at
    engine_module._ENGINES.clear()
    try:
        return [(f.rule, f.start, f.end, f.message, f.suggestion) for f in lint_text(text, Settings(today=TODAY))]
    finally:
        long_text.LONG_TEXT = original
        engine_module._ENGINES.clear()


def test_pieces_cover_the_text_exactly_and_are_bounded():
    text = "Beste klant,\n\n" + BODY * 300 + "Met vriendelijke groet,\nSanne\n"
    cuts = pieces(text)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a < b and b - a <= PIECE_CHARS for a, b in cuts)
    assert all(prev[1] == nxt[0] for prev, nxt in zip(cuts, cuts[1:]))
    # paragraph breaks first: every piece after the first starts a paragraph
    assert all(text[a - 2 : a] == "\n\n" for a, _ in cuts[1:])


def test_sentence_then_space_then_hard_cut():
    one_paragraph = "Wij bellen u morgen. " * 1000
    assert all(one_paragraph[a - 2 : a] == ". " for a in cut_points(one_paragraph)[1:])
    no_sentences = "woord " * 2000
    assert all(no_sentences[a - 1] == " " for a in cut_points(no_sentences)[1:])
    no_space = "x" * 12_000
    assert cut_points(no_space) == list(range(0, len(no_space), PIECE_CHARS))


def test_batches_bound_characters_and_docs():
    import spacy

    make = spacy.blank("nl").make_doc
    long_docs = [make("Wij bellen u morgen. " * 238 + "Tot dan")] * 25  # 5,005 characters each
    sizes = [[len(d.text) for d in b] for b in batches(long_docs, 64, most_chars=20_000)]
    assert all(sum(b) <= 20_000 for b in sizes) and sum(map(len, sizes)) == 25
    assert [len(b) for b in sizes] == [3] * 8 + [1]
    assert [len(b) for b in batches([make("x" * 10)] * 130, 64)] == [64, 64, 2]
    assert [len(b) for b in batches([make("x "), make("")] * 3, 64, most_chars=4)] == [4, 2]


@pytest.mark.parametrize("tail", ["", "Sanne van Facturatie belt u maandag 23 november 2026 vóór 12.00 uur terug.\n\n"])
def test_findings_in_pieces_equal_findings_of_the_whole(tail):
    text = "Beste klant,\n\n" + BODY * 60 + tail + "Met vriendelijke groet,\nSanne\n"
    whole = _lint(text, long_at=10**9)
    in_pieces = _lint(text, long_at=1_000)  # ~7 pieces
    assert len(pieces(text)) == 1 and in_pieces == whole
    rules = {f[0] for f in whole}
    assert ("no-next-step" in rules) == (tail == "")  # the message-level rule sees the whole message


def test_a_message_longer_than_the_pipelines_max_length_is_linted():
    from lint_helpers import engine

    eng = engine()
    eng.nlp.max_length = 30_000  # as spaCy's 1,000,000, only smaller, so the test stays fast
    text = "Beste klant,\n\n" + BODY * 400 + "Met vriendelijke groet,\nSanne\n"
    assert len(text) > eng.nlp.max_length
    (result,) = eng.analyse([_unit(text)])
    vague = [f for f in result if f.rule == "vague-kijken-ernaar"]
    assert len(vague) == 400 and all(text[f.start:f.end] == "kijken er zo snel mogelijk naar" for f in vague)


def test_the_joined_doc_of_a_long_text_is_the_text_with_its_sentences():
    from lint_helpers import engine

    text = "Beste klant,\n\n" + BODY * 300 + "Met vriendelijke groet,\nSanne\n"
    (doc,) = engine().parse([("a.txt", prepare(text))])
    assert doc.text == text
    starts = {s.start_char for s in doc.sents}
    assert all(a in starts for a, _ in pieces(text))  # each piece starts a sentence
    assert doc.user_data["smartlint.formulas"] == prepare(text).formulas


def _unit(text: str):
    from smartlint.cache import Unit

    return Unit(text, TODAY)
