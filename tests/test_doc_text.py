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


def test_the_text_is_joined_once_per_doc_and_kept_on_it():
    make = spacy.blank("nl")
    first, second = make(TEXT), make("Een andere tekst.")
    text = doc_text(first)
    doc_text(second)  # the module's slot moves on; the Doc keeps its text
    assert doc_text(first) is text


def test_content_sentences_follow_new_formula_lists():
    from smartlint.checks.clauses import content_sentences

    doc = spacy.blank("nl")("Hallo Sanne,\nWe bellen u morgen.\nGroet, Eva")
    doc[0].is_sent_start = True
    for token in doc[1:]:
        token.is_sent_start = doc[token.i - 1].text == "\n"
    doc.user_data["smartlint.formulas"] = []
    doc.user_data["smartlint.headings"] = []
    assert len(content_sentences(doc)) == 3
    greeting = (0, len("Hallo Sanne,"), "greeting")
    doc.user_data["smartlint.formulas"] = [greeting]  # a new list: read again
    assert [s.text.strip() for s in content_sentences(doc)] == ["We bellen u morgen.", "Groet, Eva"]
