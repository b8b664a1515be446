"""Who the subject phrase is when something else stands before the verb: the subject
phrase of a token, and the fronted objects of a verb-second clause ("Je vraag
beantwoordt Fatima morgen", "De offerte stuurt Sanne u vrijdag toe"), and the words
before a verb that may hold its subject.  Used by :mod:`smartlint.nl.clause_parts`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon
from smartlint.nl.sentence import Sentence, next_word
from smartlint.nl.subject_kinds import subject_kind


def subject_phrase(token: Token) -> Span:
    """The subject phrase: the token with its left modifiers (determiners, possessives)."""
    doc = token.doc
    left = min([token.i] + [t.i for t in token.subtree if t.i < token.i and t.dep_ in
                            ("det", "nmod:poss", "amod", "nummod", "compound", "flat", "fixed")])
    # a possessive and adjectives the parse hung elsewhere: "je nieuwe pas/ADV" (the
    # tagger's adverb is the noun; "je" and "nieuwe" are its, whatever their relations)
    k = left
    while k > 0 and k > token.i - _LEFT_WORDS and doc[k - 1].pos_ == "ADJ":
        k -= 1
    if k > 0 and k < left and fold(doc[k - 1].text) in _POSSESSIVES:
        left = k - 1
    right = token.i + 1
    while right < len(doc) and doc[right].head.i == token.i and doc[right].dep_ in ("flat", "fixed", "appos"):
        right += 1
    return doc[left:right]


_LEFT_WORDS = 3  # adjectives before a noun the parse left out of its phrase
_POSSESSIVES = {"je", "jouw", "uw", "mijn", "onze", "ons", "jullie"}


def readers_thing(token: Token) -> bool:
    """A noun the reader owns ("je vraag", "uw factuur"): in a verb-second clause with a
    named subject after the verb, it is the fronted object."""
    return token.pos_ in ("NOUN", "PROPN", "ADJ") and any(
        fold(c.text) in ("je", "uw", "jouw") and c.i < token.i for c in token.children)


def fronted_thing(token: Token) -> bool:
    """A definite noun phrase that names a thing ("de correctie", "het contract"): fronted
    before a verb whose other subject is a person, it is the object."""
    return token.pos_ == "NOUN" and any(fold(c.text) in ("de", "het", "deze", "dit") and c.i < token.i
                                        for c in token.children) \
        and subject_kind(subject_phrase(token)) == "thing"


def person_after(finite: Token) -> Token | None:
    """The role or name right after the verb when it names a person ("verwerkt
    energieadviseur/obl Bram/obj ..."), else None."""
    first = next_word(finite)
    # (a role noun the tagger took for a preposition: "belt tandarts/ADP Veenstra u")
    if first is None or first.pos_ not in ("NOUN", "PROPN") and fold(first.text) not in lexicon()["person_roles"]:
        return None
    end = first.i + 1
    while end < min(first.i + 3, Sentence.end) and Sentence.at(end).pos_ == "PROPN":
        end += 1
    return first if subject_kind(first.doc[first.i:end]) == "person" else None


_RELATIVE_PRONOUNS = {"die", "dat", "wie", "welke"}


def words_before(span: Span, finite: Token) -> list[Token]:
    """The words before the verb, leaving out a label before a colon ("Volgende stap:
    Martijn (hypotheekadviseur) mailt u ...") and a clause before a semicolon ("Je kunt
    hem ophalen ...; Noor mailt je ...")."""
    words: list[Token] = []
    skip_to = -1
    for t in Sentence.of(span):
        if t.i >= finite.i:
            break
        if t.i <= skip_to:
            continue
        if t.text == "," and words:
            # a relative clause between commas after the subject: "Dossierbeheerder Kristof
            # Peeters, die vandaag bij een klant zit, bezorgt u ..."
            after = next_word(t)
            close = None
            if after is not None and fold(after.text) in _RELATIVE_PRONOUNS:  # (few commas open one)
                close = next((c.i for c in Sentence.tokens if t.i < c.i < finite.i and c.text == ","), None)
            if close is not None:
                skip_to = close
                continue
        if t.text in (":", ";"):
            words = []
        elif not t.is_punct:
            words.append(t)
    return words
