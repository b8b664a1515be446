"""Who the subject phrase is when something else stands before the verb: the subject
phrase of a token, and the fronted objects of a verb-second clause ("Je vraag
beantwoordt Fatima morgen", "De offerte stuurt Sanne u vrijdag toe"), and the words
before a verb that may hold its subject.  Used by :mod:`smartlint.nl.clause_parts`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from smartlint.nl import ONLY_POSSESSIVES
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon
from smartlint.nl.finite_verb import NOMINATIVE
from smartlint.nl.sentence import Sentence, first_word, next_word
from smartlint.nl.subject_kinds import role_compound, subject_kind


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
    lex = lexicon()
    if right == token.i + 1 and (fold(token.text) in lex["staff_nouns"] or fold(token.text) in lex["person_roles"]):
        # "belt expert/VERB Mehmet/nsubj Yıldız u": a role and the name after it, whatever
        # the parse made of the name
        while right < min(len(doc), token.i + 4) and doc[right].pos_ == "PROPN" and doc[right].text[:1].isupper():
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
    if first is None or first.pos_ not in ("NOUN", "PROPN") and not role_compound(fold(first.text), lexicon()) \
            and fold(first.text) not in lexicon()["person_roles"]:
        return None
    end = first.i + 1
    while end < min(first.i + 3, Sentence.end) and Sentence.at(end).pos_ == "PROPN":
        end += 1
    return first if subject_kind(first.doc[first.i:end]) == "person" else None


def subject_before_reader(span: Span, subject: Token | None, finite: Token) -> Token | None:
    """The parser makes the reader after the verb its subject ("u", "je", "jullie": object
    forms too), though the subject stands elsewhere; None when no repair holds.

    * _FALLBACK_NOMINATIVE_AFTER_VERB: "Om 14:00 app ik je": "ik" right after the verb;
    * _FALLBACK_SPEAKER_BEFORE_VERB: "(Ff geduld,) ik app/AUX je": the pronoun that opens
      the clause, or follows a comma, right before the verb;
    * _FALLBACK_NAME_FIRST: "Kirsten mailt u", "Tijmen van de Technische Dienst pakt je
      melding op", "dr. Aydin onderzoekt u": a colleague's name (or a form of address
      before a name) opening the clause, up to five words before a third-person verb;
    * _FALLBACK_NAME_BEFORE_READER: "Om 14.00 uur mailt Ilse/ADJ u", "mailt teamleider
      Anouk u": a name or role between the verb and the reader;
    * _FALLBACK_NAME_BEFORE_PRONOUN: the same for "ze"/"het" after the verb, with a first
      name right before it ("Priya zet ze dinsdag in het portaal")."""
    from smartlint.nl.mood import third_person_form

    if subject is None or subject.i < finite.i:
        return None
    doc = finite.doc
    if fold(subject.text) in _OBJECT_CAPABLE_THIRD:
        # _FALLBACK_NAME_BEFORE_PRONOUN: "Priya/ADV zet ze/nsubj dinsdag in het portaal": a
        # first name (lexicon ``first_names``) right before a singular verb is its
        # subject, and "ze"/"het" after it the object
        before = doc[finite.i - 1] if finite.i > span.start else None
        named = before is not None and before.text[:1].isupper() and fold(before.text) in lexicon()["first_names"] \
            and (before.i == span.start or doc[before.i - 1].text in ",:")
        # (a stem may end in -t itself, "zet", "praat": any singular form will do)
        return before if named and not fold(finite.text).endswith("en") else None
    if fold(subject.text) not in _READER_FORMS:
        return None
    after = next_word(finite)
    if after is not None and after.i < subject.i and fold(after.text) in _SPEAKER_SUBJECTS:
        return after
    before = doc[finite.i - 1] if finite.i > span.start else None
    if before is not None and fold(before.text) in _SPEAKER_SUBJECTS \
            and (before.i == span.start or doc[before.i - 1].text == ","):
        return before
    if not third_person_form(finite):
        return None
    lex = lexicon()
    first = first_word(span)
    named = first is not None and first.text[:1].isupper() and (
        fold(first.text) in lex["first_names"]
        # (a capital inside the sentence is a name's: "Hoi Rosa, Tijmen van ... pakt je melding op")
        or first.i > first.sent.start and doc[first.i - 1].text == "," and first.pos_ in ("PROPN", "NOUN", "ADJ", "ADV")
        or fold(first.text) in lex["honorifics"] and first.i + 1 < finite.i and doc[first.i + 1].text[:1].isupper())
    if named and first.i < finite.i <= first.i + _NAME_WORDS \
            and not any(t.pos_ in ("VERB", "AUX") or t.text in ",:;" for t in doc[first.i + 1:finite.i]):
        return first
    if after is not None and after.i < subject.i and (
            after.text[:1].isupper() and fold(after.text) in lex["first_names"]
            or fold(after.text) in lex["person_roles"] or fold(after.text) in lex["staff_nouns"]):
        return after
    return None


# The reader's pronouns that may be a verb's object as well as its subject.
_READER_FORMS = {"u", "je", "jij", "jullie"}
# Third-person pronouns that may be a verb's object as well as its subject.
_OBJECT_CAPABLE_THIRD = {"ze", "het"}
# Words a name may take before its verb: "Noor van de servicedesk".
_NAME_WORDS = 5
# Pronouns that only a subject can be (not the reader's, which may be objects; not "ze",
# which may be one too): "ik", "we", "wij", "hij", "zij".
_SPEAKER_SUBJECTS = NOMINATIVE - _READER_FORMS - {"ze"}
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


def adverb_taken_for_subject(subject: Token, finite: Token) -> Token | None:
    """_FALLBACK_ADVERB_SUBJECT: "Mogelijk/nsubj ligt het aan uw router", "Waarschijnlijk
    komt de fout door ...": the parser made a clause-initial hedge or adverb (lexicon
    ``hedges``, ``possibility_adverbs``, ``clause_adverbs``) the subject of an inverted
    clause.  The subject stands right after the verb: a pronoun or a noun phrase's head."""
    lex = lexicon()
    word = fold(subject.text)
    if subject.i >= finite.i or any(True for _ in subject.children) \
            or not (word in lex["hedges"] or word in lex["possibility_adverbs"] or word in lex["clause_adverbs"]):
        return None
    doc = subject.doc
    for token in doc[finite.i + 1:min(len(doc), finite.i + 5)]:
        if fold(token.text) in ONLY_POSSESSIVES | {"ons"}:
            continue  # a possessive opens the noun phrase: "Pronto stuurt ons team u ..."
        if token.pos_ in ("PRON", "PROPN") or token.pos_ == "NOUN" and token.dep_.startswith("nsubj"):
            return token
        if token.pos_ not in ("DET", "ADJ", "NUM"):
            return None
    return None


def received_by_reader(subject: Token | None, finite: Token, after: Token) -> bool:
    """_FALLBACK_RECEIVED_FIRST: "Uw nieuwe pincode ontvangt u apart per post": with a verb
    of receiving (lexicon ``receive_verbs``), the reader right after it is the subject, and
    a thing fronted before it the object; not after a person ("De koerier verwacht je pakket")."""
    from smartlint.nl.verbs import infinitives_of

    if fold(after.text) not in ("u", "je", "jij") or not infinitives_of(finite.text) & lexicon()["receive_verbs"].words:
        return False
    if subject is None or subject.i == after.i:
        return True
    return subject.i < finite.i and subject.pos_ == "NOUN" and subject_kind(subject_phrase(subject)) != "person"


def name_after_comma_verb(subject: Token | None, finite: Token) -> Token | None:
    """_FALLBACK_NAME_AFTER_COMMA_VERB: "Welke laadpalen je kunt gebruiken, zet Yara
    uiterlijk woensdag ... in dit ticket", "Bestellingen die vóór de storing binnenkwamen,
    verstuurt Ilona vandaag": after a fronted object or clause and its comma the verb
    comes first, and a first name right after it (lexicon ``first_names``) is its subject;
    the parser reads an imperative or makes the fronted noun the subject.  The verb ends in
    -t, as a third person's does (an imperative with a name as object is a bare stem:
    "..., bel Sanne op 010-1234567")."""
    before = Sentence.at(finite.i - 1)
    after = next_word(finite)
    if before is None or before.text != "," or after is None or not fold(finite.text).endswith("t"):
        return None
    if not after.text[:1].isupper() or fold(after.text) not in lexicon()["first_names"]:
        return None
    return None if subject is not None and subject.i == after.i else after
