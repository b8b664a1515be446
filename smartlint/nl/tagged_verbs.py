"""Finite verbs the tagger tags as something else, found by their shape and place: a
plural verb tagged as a participle ("Op dit moment ervaren/Part klanten problemen"), the
verb right after a fronted subclause ("Wanneer het dak droog is, plaatsen/NOUN onze
monteurs ..."), the stem + t of a known verb, and the word forms that never are a
finite verb (a plural noun in -s).  Named fallbacks (``_FALLBACK_*``) that
:func:`smartlint.nl.finite_verb.find_finite` asks in its order."""

from __future__ import annotations

from spacy.tokens import Span, Token

from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon
from smartlint.nl.sentence import Sentence, next_word
from smartlint.nl.verbs import infinitives_of, is_verb_stem, known_infinitives

# Nominative personal pronouns: grammar, not vocabulary.
NOMINATIVE = {"ik", "we", "wij", "jij", "hij", "zij", "ze", "jullie", "u", "je"}


def verb_after_fronted_clause(first: Token, span: Span) -> bool:
    """_FALLBACK_VERB_AFTER_SUBCLAUSE: "Wanneer het dak droog is, plaatsen/NOUN onze
    monteurs de panelen": a fronted subclause takes the first place of the main clause,
    so the verb form right after its comma, before the subject's first word, is the
    finite verb (verb second), whatever its tag."""
    before = Sentence.at(first.i - 1)
    opening = next((t for t in Sentence.tokens if not t.is_punct and not t.is_space), None)
    nxt = next_word(first)
    if before is None or before.text != "," or opening is None or opening.pos_ != "SCONJ" or nxt is None:
        return False
    if first.pos_ in ("DET", "PRON", "ADP", "NUM", "SCONJ", "CCONJ") or not infinitives_of(first.text):
        return False
    return nxt.i < span.end and (nxt.pos_ in ("DET", "PROPN") or fold(nxt.text) in NOMINATIVE
                                 or nxt.dep_ == "nmod:poss")


def plural_tagged_participle(head: Token) -> bool:
    """_FALLBACK_PLURAL_PART: "Op dit moment ervaren/Part klanten problemen": a verb in
    -en tagged participle, with an active subject and no auxiliary, is a plural finite
    verb (a participle always comes with "zijn", "hebben" or "worden").  So is a stem
    + t after its subject with words after it ("De correctie verwerkt/Part Bram in de
    jaarafrekening": "verwerkt" is also the participle); not a headline's participle
    at the end ("Bestelling verwerkt.")."""
    forms = head.morph.get("VerbForm")
    word = fold(head.text)
    children = list(head.children)
    if any(c.dep_ in ("aux", "aux:pass", "cop", "mark") for c in children):
        return False
    if "Inf" in forms and head.dep_ == "ROOT" and word.endswith("en") and word in known_infinitives():
        # ... and one tagged infinitive after a plural subject ("De werkzaamheden aan de
        # galerij duren/Inf naar schatting drie weken")
        return any(c.dep_ == "nsubj" and c.i < head.i and "Plur" in c.morph.get("Number") for c in children)
    if "Part" not in forms:
        return False
    if word.endswith("en"):
        return any(c.dep_ == "nsubj" for c in children)
    after = next_word(head)
    return stem_and_t(word) and any(c.dep_ == "nsubj" and c.i < head.i for c in children) \
        and after is not None and after.i < head.sent.end and after.pos_ not in ("PUNCT", "CCONJ")


def stem_and_t(word: str) -> bool:
    """A present form of the third (or second) person: a known verb's stem + t ("appt",
    "oppakt", "belt")."""
    return word.endswith("t") and is_verb_stem(word[:-1])


def plural_noun_form(token: Token) -> bool:
    """"Notulen overleg bezorgroutes/VERB, maandag 5 juli": no Dutch finite verb ends in
    -s but "is", "was" and strong pasts ("koos", "las"), all known forms; an unknown
    word in -s is a plural noun."""
    word = fold(token.text)
    return len(word) > 3 and word.endswith("s") and word.isalpha() and not infinitives_of(word)


def verb_before_time_head(head: Token, span: Span) -> Token | None:
    """_FALLBACK_TIME_HEAD: "Dierenarts Bente appt/ADJ je vanavond/VERB om 19.00 uur":
    when the parser makes a time word the clause's verb, a known verb's stem + t between
    its subject and that word is the finite verb."""
    if fold(head.text) not in lexicon()["time_words"]:
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < head.i), None)
    if subject is None:
        return None
    return next((t for t in Sentence.of(span) if subject.i < t.i < head.i and t.is_alpha
                 and t.pos_ not in ("DET", "PRON", "ADP", "NUM", "PROPN") and stem_and_t(fold(t.text))), None)
