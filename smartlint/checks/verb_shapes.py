"""Shapes of the words around a token that tell a finite verb from a noun where the
tagger cannot: a title line ("Storing e-mail Kabelnoord Zakelijk"), a heading before a
colon ("Storing e-mail gemeentehuis:"), a verb form before the name that is its subject
("Je nieuwe klantnummer mailt/NOUN Gerben je").  Read by
:func:`smartlint.checks.clauses.is_verb_like`; no spaCy import."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def ends_its_line(token: "Token") -> bool:
    """At most three words after ``token`` up to a line break (or the end), none a verb:
    the line is a title ("Storing e-mail Kabelnoord Zakelijk")."""
    doc = token.doc
    for words, nxt in enumerate(doc[token.i + 1:token.i + 5], 1):
        if "\n" in nxt.text:
            return True
        if nxt.pos_ not in ("NOUN", "PROPN", "ADJ") or words > 3:
            return False
    return token.i + 4 >= len(doc)


def heads_a_colon(token: "Token") -> bool:
    """``token`` stands in a heading: a colon follows it on its line, at most three nouns
    or a bracket between ("Storing e-mail:", "Storing e-mail gemeentehuis:", "Storing
    e-mail (P2):")."""
    doc = token.doc
    for words, nxt in enumerate(doc[token.i + 1:token.i + 6], 1):
        if nxt.text == ":":
            return True
        if nxt.text == "(":
            close = next((t for t in doc[nxt.i + 1:nxt.i + 5] if t.text.startswith(")")), None)
            if close is None:
                return False  # (the tokenizer may fuse the two: "(P2):")
            return close.text == "):" or close.i + 1 < len(doc) and doc[close.i + 1].text == ":"
        if nxt.pos_ not in ("NOUN", "PROPN", "ADJ") or words > 3:
            return False  # (a name of up to three words: "Storing e-mail Tandartspraktijk Molenwijk:")
    return False


def verb_before_name(token: "Token", word: str, known_forms: frozenset[str]) -> bool:
    """A stem + t of a known verb before a name: "Je nieuwe klantnummer mailt/NOUN Gerben je"
    (a fronted object, the named subject after the verb), not a noun after a noun."""
    if not (word.endswith("t") and word in known_forms) or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    return after.pos_ == "PROPN" and after.text[:1].isupper()
