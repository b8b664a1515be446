"""The mood of a clause (indicative, imperative, interrogative), read from the parse
and word order, and the word-order tests that reading shares with the subject repairs
in :mod:`smartlint.nl.clause_parts`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from smartlint.nl import QUESTION_ADVERBS, QUESTION_DETERMINERS
from smartlint.nl.finite_verb import NOMINATIVE, first_word, next_word
from smartlint.nl.folding import fold
from smartlint.nl.sentence import Sentence
from smartlint.nl.verbs import auxiliary_forms, is_verb_stem, is_verb_stem_only

# Finite forms of the first person only: "heb het doorgezet" drops "ik", it asks nothing.
_FIRST_PERSON_ONLY = {"ben", "heb"}


def after_fronted_clause(finite: Token) -> bool:
    """"Zodra er meer bekend is, volgt een nieuwe update": after a fronted subordinate
    clause the finite verb comes first in its clause and the subject follows it."""
    before = Sentence.at(finite.i - 1)
    if before is not None and fold(before.text) == "dan":
        before = Sentence.at(finite.i - 2)  # "Lukt dat niet, dan brengt Sarah hem ...": "dan" resumes the condition
        if before is not None and before.text == ",":
            return True
    opening = Sentence.tokens[0] if Sentence.tokens else None
    te = Sentence.at(finite.i - 2) if finite.i >= 2 else None
    if before is not None and opening is not None and fold(opening.text) == "om" \
            and te is not None and fold(te.text) == "te" and before.pos_ in ("VERB", "AUX"):
        return True  # a purpose clause without its comma: "Om dit goed te maken zet Lieke ..."
    return before is not None and before.text == "," and opening is not None \
        and (opening.dep_ == "mark" or opening.pos_ == "SCONJ")


_COORDINATORS = {"en", "maar", "of", "want", "dus"}  # grammar: they join clauses
_INDEFINITES = {"een", "geen"}  # grammar: a question's subject after its verb is seldom indefinite


def clause_mood(span: Span, finite: Token | None, subject: Span | None) -> str:
    if finite is None:
        return "none"
    if "Imp" in finite.morph.get("Mood"):
        return "imperative"
    ends_with_question = Sentence.question
    verb_first = opens_with_verb(span, finite)
    if ends_with_question and (verb_first or _wh_first(span)):
        return "interrogative"
    if verb_first and subject is not None and subject.start == finite.i + 1 \
            and fold(finite.text) in auxiliary_forms() \
            and fold(finite.text) not in _FIRST_PERSON_ONLY and not _continues_after_comma(span) \
            and fold(span[0].text) not in _COORDINATORS and not after_fronted_clause(finite) \
            and not _after_label(finite) and fold(subject[0].text) not in _INDEFINITES \
            and len(_words_before(finite)) <= 2:
        # _FALLBACK_NO_QUESTION_MARK: "is het gelukt om in te loggen"; not chat with "het"
        # left out before an indefinite ("Was een flinke klus met die achterband"), not a coordinated
        # clause with its subject left out ("... en zal de situatie bekijken"), nor a
        # list line's "Bloemstukken: worden z.s.m. opgehaald" (the label is the subject)
        return "interrogative"
    if _wh_first(span) and next_word(first_word(span)) is not None \
            and next_word(first_word(span)).i in (finite.i, finite.i - 1) and not span._.marker:
        return "interrogative"  # "Hoe laat past het u het beste"
    if _stem_after_colon_before_possessive(finite, subject) and not ends_with_question:
        return "imperative"  # "Tip: probeer je wifi eerst in de woonkamer": "je" opens "je wifi"
    if verb_first and not ends_with_question:
        who = fold(subject.text) if subject is not None else None
        at_start = finite.i == first_word_index()
        # "Bel ons", "Probeer het opnieuw", and the polite "Neemt u contact op" at the
        # start of a sentence; "..., krijg je een e-mail" is an inverted statement.
        if (who is None and not third_person_form(finite)) or (who == "u" and at_start):
            return "imperative"
        if at_start and who in OBJECT_PRONOUNS and not third_person_form(finite) \
                and is_verb_stem_only(finite.text) and not fold(finite.text).endswith("en"):
            return "imperative"  # "Stel ze dan nog even uit": "stel" cannot agree with "ze", its object
        if _after_heading(finite, subject) and not third_person_form(finite) and is_verb_stem_only(finite.text):
            return "imperative"  # "Sneltoetsen: druk op Ctrl + K": the heading is no subject
    if subject is None and _after_dus(span, finite) and is_verb_stem_only(finite.text) and not ends_with_question:
        return "imperative"  # "..., dus wacht hier niet te lang mee": "dus" inverts, so no subject is the reader
    if verb_first and _dan_after(finite) and is_verb_stem_only(finite.text) and not third_person_form(finite) \
            and (subject is None or fold(subject[0].text) not in NOMINATIVE) and not ends_with_question:
        return "imperative"  # "Lukt inloggen niet, probeer dan eerst ...": a stem, then "dan", no pronoun
    if ends_with_question and not statement_before_question(span, finite, subject):
        return "interrogative"
    return "indicative"


# Subjects right after the verb of a question that follows a comma: "..., ben je dan
# thuis?", "..., is dat goed?" (closed class)
QUESTION_SUBJECTS = NOMINATIVE | {"u", "dat", "dit", "het"}


def statement_before_question(span: Span, finite: Token | None, subject: Span | None) -> bool:
    """"Ik bel je zo, blijf je bereikbaar?": a clause in statement order (subject, then
    verb) before a comma and a verb-first question is a statement of its own."""
    if finite is None or subject is None or subject.start > finite.i:
        return False
    rest = [t for t in Sentence.tokens if t.i >= span.end]
    if len(rest) < 3 or rest[0].text != ",":
        return False
    verb, pronoun = rest[1], rest[2]
    return (verb.pos_ in ("VERB", "AUX") or is_verb_stem(verb.text)) and fold(pronoun.text) in QUESTION_SUBJECTS


def opens_with_verb(span: Span, finite: Token) -> bool:
    """The finite verb opens the clause, or follows a comma after a verbless opening
    ("Te veel verzoeken, probeer het later opnieuw")."""
    first = first_word(span)
    if first is not None and first.i == finite.i:
        return True
    before_finite = Sentence.at(finite.i - 1)  # None outside the sentence ("]000")
    if finite.i == span.start or before_finite is None or before_finite.text not in (",", ":", ";"):
        return False
    before = [t for t in Sentence.of(span) if t.i < finite.i]
    return not any("Fin" in t.morph.get("VerbForm") for t in before)


def _after_dus(span: Span, finite: Token) -> bool:
    """The finite verb right after a clause-initial "dus" (an adverb there: a subject
    would follow the verb)."""
    first = first_word(span)
    return first is not None and fold(first.text) == "dus" and next_word(first) is not None \
        and next_word(first).i == finite.i


def _dan_after(finite: Token) -> bool:
    after = Sentence.at(finite.i + 1)
    return after is not None and fold(after.text) == "dan"


def _after_heading(finite: Token, subject: Span | None) -> bool:
    """The finite verb right after a colon, the parse's subject before it (a heading)."""
    before = Sentence.at(finite.i - 1)
    return before is not None and before.text == ":" and subject is not None and subject.end <= before.i


def _stem_after_colon_before_possessive(finite: Token, subject: Span | None) -> bool:
    """A verb stem right after a colon whose parsed subject "je" opens a noun phrase: a
    label's instruction ("Tip: herstart je modem"), not "(jij) herstart je"."""
    before = Sentence.at(finite.i - 1)
    if before is None or before.text != ":" or subject is None or subject.start != finite.i + 1:
        return False
    after = Sentence.at(subject.end)
    return fold(subject.text) == "je" and after is not None and after.pos_ in ("NOUN", "ADJ", "PROPN") \
        and is_verb_stem_only(finite.text) and not third_person_form(finite)


def _after_label(finite: Token) -> bool:
    """The finite verb right after a colon that ends a noun: "Bloemstukken: worden ..."."""
    before = Sentence.at(finite.i - 1)
    label = Sentence.at(finite.i - 2)
    return before is not None and before.text == ":" and label is not None and label.pos_ in ("NOUN", "PROPN")


def _continues_after_comma(span: Span) -> bool:
    """"Heeft u vragen, dan ...": a verb-first clause before a comma is a condition."""
    return any(t.text == "," for t in Sentence.tokens if t.i >= span.end - 1)


def _words_before(finite: Token) -> list[Token]:
    """The sentence's words before the verb: "ok, is het gelukt" has one; "Met de slimme
    thermostaat die wij bij u installeren, heeft u ..." is a fronted phrase, no question."""
    return [t for t in Sentence.tokens if t.i < finite.i and not (t.is_punct or t.is_space)]


def first_word_index() -> int:
    for token in Sentence.tokens:
        if not token.is_punct and token.pos_ != "CCONJ" and not token.is_space:
            return token.i
    return Sentence.start


# Objects after an imperative the parse may take for its subject ("Stel ze uit").
OBJECT_PRONOUNS = {"ze", "het", "hem"}


def third_person_form(finite: Token) -> bool:
    """"komt", "wordt", "werkt": stem + t, never an imperative (which is the bare stem:
    "kom", "wacht", "start")."""
    word = fold(finite.text)
    if word in auxiliary_forms():
        return True
    return word.endswith("t") and not is_verb_stem_only(word) and is_verb_stem(word[:-1])


def _wh_first(span: Span) -> bool:
    first = first_word(span)
    return first is not None and (first.morph.get("PronType") in (["Int"], ["Int,Rel"])
                                  or fold(first.text) in QUESTION_DETERMINERS)


def opens_with_question_word(span: Span) -> bool:
    """The clause opens with a question word: a pronoun the tagger marks ("Welke", "Wie")
    or a question adverb (``QUESTION_ADVERBS``: "Wanneer", "Hoe"), which the tagger gives no
    PronType."""
    first = first_word(span)
    return _wh_first(span) or first is not None and fold(first.text) in QUESTION_ADVERBS
