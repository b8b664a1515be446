"""The parts of one clause, read from the parse with named word-order fallbacks.

:func:`describe` fills a clause span's ``finite``, ``subject``, ``subject_kind``,
``negated`` and ``mood`` (see :mod:`smartlint.nl.clauses` for the extensions).  The
parse comes first; each fallback (``_FALLBACK_*``) repairs a parse the embedded
pipeline is known to get wrong on e-mail and chat text.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from smartlint.nl import POSSESSIVES
from smartlint.nl.clause_moments import clock_time, date_part
from smartlint.nl.finite_verb import NOMINATIVE, demonstrative_subject_verb, find_finite, first_word, next_word
from smartlint.nl.folding import fold
from smartlint.nl.fronted_subjects import (
    adverb_taken_for_subject,
    fronted_thing,
    name_after_comma_verb,
    person_after,
    readers_thing,
    received_by_reader,
    subject_before_reader,
    subject_phrase,
    words_before,
)
from smartlint.nl.je_agreement import object_je, stem_then_je
from smartlint.nl.lexicon import lexicon
from smartlint.nl.mood import (
    after_fronted_clause,
    clause_mood,
    first_word_index,
    opens_with_verb,
    third_person_form,
)
from smartlint.nl.sentence import Sentence
from smartlint.nl.subject_kinds import (
    PLACEHOLDER_SHAPE,
    name_read_as_adverb,
    opens_clause,
    name_before_parentheses,
    subject_kind,
    whole_name,
)
from smartlint.nl.verbs import (
    SEPARABLE_PREFIXES,
    auxiliary_forms,
    infinitives_of,
    is_verb_stem_only,
)

__all__ = ["describe", "first_word", "subject_kind", "third_person_form"]

_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl", "expl:pv"}
_NEGATIONS = {"niet", "geen", "nooit", "niets", "niemand", "nergens"}
# Modal and auxiliary verbs (infinitives): "kun je ...", "wil je ..." ask, never reflexive imperatives.
_MODALS = {"kunnen", "willen", "mogen", "moeten", "zullen", "hebben", "zijn", "worden", "gaan", "hoeven"}
# Pronouns that are the subject of an impersonal question: "Lukt het?", "Klopt dat?"
_IMPERSONAL = {"het", "dat", "dit"}
# Grammar: pronouns that front as the object ("Dit kun je volgen op ..."), and the
# modal forms that agree only with a second person ("kun/kunt", not "kan").
_FRONTED_OBJECTS = {"dit", "dat", "deze", "die", "het"}
# Personal pronouns that are only ever nominative (not "je", "u", "ze": objects too).
_ONLY_NOMINATIVE = {"ik", "we", "wij", "jij", "hij", "zij", "jullie"}
_SECOND_PERSON_MODALS = {"kun", "kunt", "wil", "wilt", "zult", "hoef", "hoeft"}
# Forms of "je" that are also possessives: "je" before a noun is "your" ("je wachtwoord").
_POSSESSIVE_JE = {"je", "jouw"}


def describe(span: Span, head: Token, owner: dict[int, int]) -> None:
    """Fill the clause's parts; ``owner`` maps token index -> its clause head's index."""
    mine = [t for t in Sentence.of(span) if owner.get(t.i) == head.i]
    finite = find_finite(head, mine, span)
    # (never a line break or a bullet the parser hung the subject relation on)
    # (one inside the clause first: "De bedoeling is dat monteur Erik ... legt" hangs both under "legt")
    subjects = [c for c in head.children if c.dep_ in _SUBJECT_DEPS and not (c.is_space or c.is_punct)]
    subject = next((c for c in subjects if span.start <= c.i < span.end), subjects[0] if subjects else None)
    if subject is None and finite is not None and finite.i != head.i:
        subject = next((c for c in finite.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is not None and finite is not None and (subject.i == finite.i or subject.i < span.start
                                                       and fold(span[0].text) == "dus" and finite.i == span.start + 1):
        subject = None  # "Bel/nsubj ons": the parser took the imperative for a noun; "..., dus kijk goed na"
    if subject is not None and finite is not None and subject.i < finite.i and fold(span[0].text) == "om" \
            and any(t.text == "," for t in span.doc[subject.i:finite.i]):
        subject = None  # "Om je afspraken te zien, klik hier": the purpose clause's words, no subject
    subject = _repaired_subject(span, finite, subject)
    if subject is not None and finite is not None:
        subject = adverb_taken_for_subject(subject, finite) or subject
    if finite is not None:
        subject = subject_before_reader(span, subject, finite) or name_after_comma_verb(subject, finite) or subject
    if subject is None and finite is not None and demonstrative_subject_verb(first_word(span)) is finite:
        subject = first_word(span)  # _FALLBACK_DEMONSTRATIVE_SUBJECT: "Die pakken het op"
    phrase = subject_phrase(subject) if subject is not None else None
    if subject is not None and finite is not None and subject.i < finite.i:
        # _FALLBACK_PARENTHESISED_ROLE: "Ilse de Graaf (incidentmanager) plaatst ...": the
        # role in parentheses explains the name before it, which is the subject
        phrase = name_before_parentheses(subject) or whole_name(phrase, finite) or phrase
    if phrase is not None and phrase.start > 0 and fold(phrase.doc[phrase.start - 1].text) in _POSSESSIVE_JE \
            and phrase.root.pos_ in ("NOUN", "PROPN"):
        phrase = phrase.doc[phrase.start - 1 : phrase.end]  # "Je wachtwoord", read as "Je" + object
    ext = span._  # each ``span._`` builds a new accessor: one for the five writes
    ext.finite = finite
    ext.subject = phrase
    ext.subject_kind = subject_kind(phrase)
    if ext.subject_kind == "thing" and phrase is not None and fold(phrase.text) == "iemand" \
            and finite is not None and _work_for_the_reader(span, finite):
        ext.subject_kind = "team"  # "Iemand zoekt uit waarom ...": someone of ours, unnamed
    ext.negated = any(fold(t.text) in _NEGATIONS for t in mine)
    ext.mood = clause_mood(span, finite, phrase)


def _plural_agreement(finite: Token, subject: Token) -> bool:
    """A verb in -en after a plural noun subject: "..., plaatsen onze monteurs de panelen"."""
    return fold(finite.text).endswith("en") and subject.pos_ == "NOUN" and "Plur" in subject.morph.get("Number")


# Plural endings no name or singular noun has ("spoedreparaties", "wijzigingen"): the
# tagger may call such a fronted object a singular name.
_PLURAL_ENDINGS = ("ingen", "aties", "ties", "sies")


def _repaired_subject(span: Span, finite: Token | None, subject: Token | None) -> Token | None:
    """Known parser slips on short e-mail clauses, each repaired by word order:

    * _FALLBACK_V2_SUBJECT: "Ons supportteam pakt je vraag op" with "je" as subject:
      in a verb-second clause a noun phrase before the verb is the subject when the
      parser's subject is an object-capable pronoun after it;
    * _FALLBACK_TIME_FIRST: "Morgen krijgt u ...": a time word before the verb is no
      subject, the nominative pronoun after the verb is;
    * _FALLBACK_IMPERATIVE_OBJECT: "Vul een geldig e-mailadres in": after a clause-initial
      verb, a noun phrase is its object, not its subject (unless the line asks a question).
    """
    if finite is None:
        return None  # a verbless label has no subject ("Details bekijken")
    lex = lexicon()
    question = Sentence.question
    verb_first = opens_with_verb(span, finite)
    if subject is not None and subject.i < finite.i and _interjection_subject(subject, finite):
        # _FALLBACK_COMMA_SUBJECT: "moment, ik pak hem erbij", "ja hoor, gaat vandaag de deur
        # uit": a word before a comma is an interjection, not the verb's subject
        comma = max(t.i for t in Sentence.tokens if subject.i < t.i < finite.i and t.text == ",")
        subject = next((t for t in Sentence.tokens if comma < t.i < finite.i and fold(t.text) in NOMINATIVE), None)
    if subject is not None and subject.i < finite.i \
            and any(t.text == ":" and subject.i < t.i < finite.i for t in Sentence.tokens):
        subject = None  # _FALLBACK_LABEL_SUBJECT: "Afgesproken: loodgieter Van Os komt ...": a label
    after_verb = next_word(finite)
    if subject is not None and subject.i < finite.i and after_verb is not None and stem_then_je(subject, finite, after_verb):
        return after_verb  # _FALLBACK_STEM_THEN_JE: "Je goodie bag haal je op ...": the fronted phrase is the object
    if subject is not None and subject.i < finite.i \
            and (fold(subject.text) in _FRONTED_OBJECTS or subject.pos_ in ("NOUN", "PROPN")) \
            and fold(finite.text) in _SECOND_PERSON_MODALS and after_verb is not None \
            and fold(after_verb.text) in ("je", "jij", "u"):
        # _FALLBACK_OBJECT_FIRST: "Dit kun je ook volgen op ...", "Eventuele wijzigingen
        # kunt u doorgeven": "kun(t)" agrees with "je"/"u", the fronted phrase is its object
        return after_verb
    if after_verb is not None and not verb_first and received_by_reader(subject, finite, after_verb) \
            and _possessed_noun(after_verb, finite) is None:
        return after_verb  # _FALLBACK_RECEIVED_FIRST (fronted_subjects.received_by_reader)
    if subject is not None and subject.i < finite.i and after_verb is not None and subject.pos_ in ("NOUN", "PROPN") \
            and ("Plur" in subject.morph.get("Number") and subject.pos_ == "NOUN"
                 or fold(subject.text).endswith(_PLURAL_ENDINGS)) \
            and (subject.i == Sentence.start or not subject.text[:1].isupper()) \
            and fold(subject.text) not in lex["first_names"] \
            and fold(after_verb.text) in ("u", "je", "jij") \
            and third_person_form(finite) and fold(finite.text) not in auxiliary_forms():
        # _FALLBACK_PLURAL_OBJECT_FIRST: "Spoedreparaties meldt u via de app": a plural noun
        # cannot be the subject of a singular verb; the reader after it is
        return after_verb
    if subject is not None and subject.i < finite.i and after_verb is not None \
            and (fold(subject.text) in _FRONTED_OBJECTS and fold(after_verb.text) in _ONLY_NOMINATIVE
                 # ("De klanten sturen jullie een mail": after a noun "jullie" may be the object)
                 or subject.pos_ in ("NOUN", "PROPN") and fold(after_verb.text) in _ONLY_NOMINATIVE - {"jullie"}):
        # ... and "Dat regelen we even", "Dit zoek ik uit", "De documentatie werken we bij":
        # "we"/"ik" right after the verb are never objects (the fronted phrase is)
        return after_verb
    possessed = _possessed_noun(subject, finite) if subject is not None and subject.i < finite.i else None
    sender = person_after(finite) if possessed is not None and possessed.i < finite.i else None
    if sender is not None:
        # _FALLBACK_NAMED_AFTER_READERS_THING: "Je nieuwe klantnummer mailt/NOUN Gerben je
        # vandaag": the parser made "Je" the subject; the reader's thing is the fronted object
        return sender
    if subject is not None and subject.i < finite.i and (readers_thing(subject) or fronted_thing(subject)):
        readers = readers_thing(subject)
        named = next((c for c in finite.children if c.dep_ in _SUBJECT_DEPS and c.i > finite.i
                      and ((c.pos_ == "PROPN" or c.text[:1].isupper()) and readers
                           or subject_kind(subject_phrase(c)) == "person")), None)
        if named is None and not readers:
            named = person_after(finite)  # ... or hangs the person on the verb as its object
        if named is not None:
            # _FALLBACK_NAMED_AFTER_OBJECT: "Je vraag beantwoordt Fatima morgen", "De
            # correctie verwerkt energieadviseur Bram in ...": the parser gives the verb two
            # subjects; a thing before it and a person after it: the person acts
            return named
    if subject is not None and _possessed_noun(subject, finite) is not None:
        subject = _possessed_noun(subject, finite)  # _FALLBACK_POSSESSIVE_JE: "Je wachtwoord/obj is"
    if subject is not None and (fold(subject.text) in lex["time_words"] or date_part(subject)):
        other = next((c for c in subject.head.children if c.dep_ in _SUBJECT_DEPS and c.i > finite.i), None)
        after = other if other is not None else _noun_phrase_after(finite) or person_after(finite)
        if subject.i < finite.i and after is not None:
            return after  # "Morgen krijgt u ...", "Uiterlijk maandag staat het bedrag ..."
        subject = None
    if subject is None and (verb_first and question or _opens_with_time(span, finite)
                            or verb_first and fold(finite.text) in auxiliary_forms()):
        after = _noun_phrase_after(finite)
        if after is not None:
            return after  # "Werkt de verbinding weer?", "is je pakket al binnen"
        nxt = next_word(finite)
        if verb_first and question and nxt is not None and fold(nxt.text) in _IMPERSONAL:
            return nxt  # "lukt het om in te loggen?"
    first = first_word(span)
    after_verb = next_word(finite)
    if subject is None and verb_first and not question and first is not None and first.i == finite.i \
            and after_verb is not None and fold(after_verb.text) in ("je", "jij") \
            and is_verb_stem_only(finite.text) and not _reflexive_or_possessive_je(span, finite, after_verb):
        return after_verb  # chat with its opening left out: "(Dan) hoor je het", parsed "je/flat"
    if subject is None and first is not None and fold(first.text) == "er" and first.i + 1 == finite.i:
        return first  # existential "Er is een fout opgetreden"
    if subject is None and first is not None and not verb_first and fold(first.text) in POSSESSIVES \
            and first.i + 1 < finite.i and all(t.pos_ not in ("VERB", "AUX", "PUNCT") for t in Sentence.tokens
                                              if first.i < t.i < finite.i):
        # _FALLBACK_POSSESSIVE_FRONT: "Uw nieuwe pas/ADV wordt spoedig verstuurd": the words
        # from a possessive up to the verb are its subject, whatever the tagger made of the noun
        # (a prepositional phrase ends the noun: "Uw afspraak bij dr. Hendriks is op ...")
        preposition = next((t for t in Sentence.tokens if first.i + 1 < t.i < finite.i and t.pos_ == "ADP"), None)
        fronted = next(t for t in Sentence.tokens if t.i == (preposition or finite).i - 1)
        if after_verb is not None and stem_then_je(fronted, finite, after_verb):
            return after_verb  # ... unless "je" agrees with the bare stem: "Je bezorgmoment bekijk je in de app"
        return fronted
    after_verb = next_word(finite)
    if subject is None and not verb_first and after_verb is not None and fold(after_verb.text) == "er" \
            and fold(finite.text) in auxiliary_forms():
        return after_verb  # inverted existential "Sinds 09:15 is er een storing"
    if subject is not None and subject.i > finite.i and verb_first and not question and fold(subject.text) == "je" \
            and is_verb_stem_only(finite.text) and fold(finite.text) not in auxiliary_forms() \
            and not infinitives_of(finite.text) & _MODALS \
            and not third_person_form(finite) and finite.i == first_word_index() \
            and next_word(finite) is not None and next_word(finite).i == subject.i \
            and _reflexive_or_possessive_je(span, finite, subject):
        return None  # _FALLBACK_REFLEXIVE_JE: "Meld je aan", "Schrijf je in": an imperative
    if subject is not None and subject.i > finite.i and verb_first and not question \
            and next_word(finite) is not None and next_word(finite).i == subject.i and object_je(finite, subject):
        return None  # _FALLBACK_OBJECT_JE_FIRST: "Dennis zit nog bij een klant, belt je om 15:00 terug"
    if subject is not None and subject.i > finite.i and verb_first:
        # An auxiliary form is no imperative: "is het gelukt" keeps its subject.
        if not question and fold(subject.text) not in NOMINATIVE | {"u"} \
                and fold(finite.text) not in auxiliary_forms() \
                and not ((after_fronted_clause(finite) or _opens_with_time(span, finite))
                         and (third_person_form(finite) or subject.text[:1].isupper()
                              or any(t.text[:1].isupper() for t in subject_phrase(subject))
                              or _plural_agreement(finite, subject))):
            # ... but "Vandaag, 3 december, zet Ingrid je nummer over" is inverted (and so
            # is "..., zet salarisadministrateur Vera ...": a role before the name)
            return None
    after = next_word(finite)
    if subject is None and not verb_first and after is not None and fold(after.text) in NOMINATIVE \
            and not object_je(finite, after):
        return after  # "Misschien kunnen we ...": inverted after an adverb
    fronted = [t for t in Sentence.of(span) if t.i < finite.i and not t.is_punct]
    if subject is None and not verb_first and fronted and fronted[0].pos_ == "ADP" and person_after(finite) is not None:
        # _FALLBACK_PERSON_AFTER_FRONTED_PP: "Over de kras op de achterklep belt
        # schadebehandelaar/ADP Yara/obj je morgen": a clause opening with a preposition
        # fronts an adverbial; the role or name right after the verb is the subject
        return person_after(finite)
    if subject is None and fronted and all(fold(t.text) in lex["clause_adverbs"] for t in fronted):
        phrase_head = _noun_phrase_after(finite)
        if phrase_head is not None:
            return phrase_head  # "Helaas is het artikel ... uitverkocht"
    if (subject is None or subject.i > finite.i) and not verb_first:
        before = words_before(span, finite)
        # "collega van logistiek belt je": a PP after the first noun modifies it
        cut = next((k for k, t in enumerate(before) if t.pos_ == "ADP" and k > 0
                    and (before[k - 1].pos_ in ("NOUN", "PROPN") or before[k - 1].text[:1].isupper())),
                   len(before))
        tail_ok = all(t.pos_ in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM", "ADP") for t in before[cut:])
        before = before[:cut] if tail_ok else before
        lone_name = len(before) == 1 and name_read_as_adverb(before[0])
        nouns = [t for t in before if t.pos_ in ("NOUN", "PROPN") or fold(t.text) in NOMINATIVE
                 or (opens_clause(t) and t.text[:1].isupper() and len(before) == 1)
                 # _FALLBACK_NOUN_READ_AS_ADJECTIVE: "Uw huisarts/ADJ belt u": after an
                 # article or possessive, the word right before the verb ends a noun phrase
                 or t is before[-1] and t.pos_ == "ADJ" and len(before) >= 2 and t.i + 1 == finite.i
                 and (fold(before[0].text) in POSSESSIVES or before[0].pos_ == "DET")]
        if lone_name and not nouns:
            nouns = before  # "...; Noor/ADV mailt je ..."
        if nouns and all(t.pos_ in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM") or PLACEHOLDER_SHAPE.match(t.text)
                         for t in before) or lone_name:
            # a post-verbal "je"/"u" may be the object; "we", "ik", "hij" never are; nor is a
            # name after the reader's thing fronted as the object ("Je creditnota mailt
            # Sanne je ...", "Uw factuur stuurt Sanne u morgen")
            readers_own = fold(before[0].text) in ("je", "uw", "jouw") and len(before) > 1
            named = subject is not None and (subject.pos_ == "PROPN" or subject.text[:1].isupper()
                                             or PLACEHOLDER_SHAPE.match(subject.text))
            if (subject is None or fold(subject.text) not in NOMINATIVE - {"je", "u", "jullie"}) \
                    and not (readers_own and named):
                return nouns[-1] if fold(nouns[-1].text) not in lex["time_words"] else subject
    return subject


def _work_for_the_reader(span: Span, finite: Token) -> bool:
    """The clause's verb (with a particle of the clause: "zoekt ... uit") is one of
    lexicon ``staff_work_verbs``: only someone of ours does that for the reader
    ("Iemand belt u morgen"; not "Iemand probeert in te loggen op je account")."""
    verbs = infinitives_of(finite.text)
    words = {fold(t.text) for t in span}
    joined = verbs | {p + v for v in verbs for p in words if len(p) <= 5}
    return bool(joined & lexicon()["staff_work_verbs"].words)


def _interjection_subject(subject: Token, finite: Token) -> bool:
    """"moment, ik pak hem erbij": one or two words, no pronoun and no name with an
    apposition ("Ik, Fatima van het storingsteam, mail u ..."), then a comma before
    the verb."""
    commas = [t for t in Sentence.tokens if subject.i < t.i < finite.i and t.text == ","]
    if not commas or fold(subject.text) in NOMINATIVE or any(c.dep_ == "appos" for c in subject.children):
        return False
    before = [t for t in Sentence.tokens if t.i < commas[0].i and not t.is_punct and not t.is_space]
    return len(before) <= 2


def _possessed_noun(token: Token, finite: Token) -> Token | None:
    """The noun after a possessive "je" ("je proefperiode", "Je nieuwe pas"), or None.
    After its verb "je" is the subject when the verb agrees with it ("Heb je vragen"),
    possessive when the verb has the third person's -t ("Verloopt je abonnement")."""
    if fold(token.text) not in _POSSESSIVE_JE and not (fold(token.text) == "uw" and token.i < finite.i):
        return None  # ("uw" is never a subject: "Uw/nsubj onderhoudsbeurt ... staat op ...")
    word = fold(finite.text)
    if token.i > finite.i and not (word == "is" or word.endswith("t") and not is_verb_stem_only(word)):
        return None
    nxt = next_word(token)
    adjectives = 0
    while nxt is not None and nxt.pos_ == "ADJ" and nxt.i < Sentence.end - 1:
        nxt = next_word(nxt)
        adjectives += 1
    if nxt is None or nxt.like_num:
        return None
    # after "je" and an adjective the next word is the noun, whatever its tag: "je nieuwe
    # pas/ADV ligt ... klaar" ("je" cannot be a subject before an adjective)
    if fold(token.text) == "uw" and nxt.pos_ not in ("ADP", "DET", "PRON", "PUNCT", "CCONJ", "SCONJ"):
        return nxt  # whatever the tagger made of it: "Uw onderhoudsbeurt/VERB door ..."
    return nxt if nxt.pos_ in ("NOUN", "PROPN") or adjectives and nxt.pos_ in ("ADV", "X", "ADJ") else None


def _noun_phrase_after(finite: Token) -> Token | None:
    """The head of a subject right after the finite verb: a nominative pronoun, or a
    noun after at most two determiners/adjectives ("staat het bedrag")."""
    i = finite.i + 1
    end = min(Sentence.end, i + 4)
    # (our possessive, whatever its tag: "Morgen lost ons/flat team alle problemen op")
    while i < end and (Sentence.at(i).pos_ in ("DET", "ADJ") or Sentence.at(i).dep_ == "nmod:poss"
                       or fold(Sentence.at(i).text) in ("ons", "onze", "mijn")):
        i += 1
    if i < end:
        token = Sentence.at(i)
        if _possessed_noun(token, finite) is not None:
            return _possessed_noun(token, finite)  # "verloopt je proefperiode"
        if fold(token.text) in NOMINATIVE or (token.pos_ in ("NOUN", "PROPN") and i > finite.i + 1):
            return token
    return None


def _reflexive_or_possessive_je(span: Span, finite: Token, je: Token) -> bool:
    """After a sentence-initial verb stem, "je" is the object of a reflexive imperative
    ("Meld je aan", "Vergis je niet"), a possessive ("Stel je vraag"), or, in chat with
    its opening word left out, the subject ("(Dan) hoor je snel van me")."""
    after = next_word(je)
    # a noun the parser hung on as an adverb is still possessed, unless it is a moment
    # ("Wijzig je wachtwoord/advmod zo snel mogelijk"; not "Hoor je morgen/advmod")
    adverbial = after is not None and after.dep_ == "advmod" and (
        after.pos_ != "NOUN" or fold(after.text) in lexicon()["time_words"])
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") and not adverbial:
        if after.pos_ != "ADJ" or _noun_follows(after):
            return True  # "Stel je vraag", "Wijzig je nieuwe wachtwoord"
    if infinitives_of(finite.text) & lexicon()["reflexive_verbs"].words:
        return True
    words = [t for t in Sentence.of(span) if t.i > je.i and not t.is_punct]
    return any(t.dep_ == "compound:prt" or _separable_particle(t, words) for t in words)


def _noun_follows(adjective: Token) -> bool:
    nxt = next_word(adjective)
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN")


def _separable_particle(token: Token, words: list[Token]) -> bool:
    """A separable prefix at the clause's end, or before a preposition: "Log je opnieuw
    in", "Schrijf je in voor ..."; not the preposition of "van me over de levering"."""
    if fold(token.text) not in SEPARABLE_PREFIXES:
        return False
    if token is words[-1]:
        return True
    nxt = next_word(token)
    return nxt is not None and nxt.pos_ == "ADP"


def _opens_with_time(span: Span, finite: Token) -> bool:
    before = [t for t in Sentence.of(span) if t.i < finite.i and not t.is_punct]
    lex = lexicon()
    # (a clock time too: "Bij het volgende bericht om 09.00 uur meldt de servicedesk ...")
    return bool(before) and (any(fold(t.text) in lex["time_words"] for t in before)
                             or clock_time(span.doc[before[0].i:finite.i]))
