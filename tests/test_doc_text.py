"""The Doc text and Token cache (smartlint.doc_text) gives what spaCy gives."""

from __future__ import annotations

import spacy

from smartlint.doc_text import doc_text, doc_tokens, span_text, span_tokens

TEXT = "Hallo  Sanne ,\n\nWe bellen u morgen vóór 12.00 uur.  Tot dan!\t"


def test_texts_and_tokens_equal_spacys_own():
    doc = spacy.blank("nl")(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert span_text(span) == span.text
            assert [t.i for t in span_tokens(span)] == [t.i for t in span]
    assert [t.text_with_ws for t in doc_tokens(doc)] == [t.text_with_ws for t in doc]


def test_tokens_are_made_once_per_doc_and_follow_a_new_doc():
    make = spacy.blank("nl")
    first, second = make(TEXT), make("Een andere tekst.")
    tokens = doc_tokens(first)
    assert doc_tokens(first) is tokens  # the same list: no new Token objects
    assert doc_text(second) == "Een andere tekst."
    assert [t.text for t in doc_tokens(second)] == ["Een", "andere", "tekst", "."]
    assert doc_tokens(first) is not tokens and doc_text(first) == TEXT  # made again, equal
