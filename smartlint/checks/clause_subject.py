"""Where a clause's finite verb and its subject are, read by word order (the checks'
clause reading, :mod:`smartlint.checks.clauses`): "Morgen belt Sanne u" (an adverbial
first, the subject after the verb), "Dat regelen we" (an object first), "Ayla belt je"
(a name the tagger reads as an adverb)."""

from __future__ import annotations

import re

from typing import TYPE_CHECKING, Sequence

from smartlint.checks.action_words import FUNCTION_WORDS, finite_form
from smartlint.checks.clauses import (
    _TIME_UNITS,
    DEMONSTRATIVES,
    Clause,
    is_capitalised,
    is_capitalised_name,
    is_verb_like,
    norm,
    noun_phrase_at,
)
from smartlint.checks.timeexpr import MONTHS
from smartlint.checks.word_classes import (
    ADVERBS,
    AUXILIARIES,
    CUSTOMER_PRONOUNS,
    DETERMINERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from smartlint.nl.lexicon import LexiconSet
from smartlint.nl.subject_kinds import points_back_at_staff
from smartlint.nl.verbs import follows_form, participle_only
from smartlint.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token


_FIRST_NAMES = LexiconSet("first_names")
_ROLES = LexiconSet("person_roles")
_STAFF = LexiconSet("staff_nouns", {"iemand"})
# Singular modal forms: after an infinitive they are its verb ("annuleren mag altijd").
_SINGULAR_MODALS = {"kan", "mag", "moet", "hoeft"}
# ... and singular copulas: "Contactloos betalen is mogelijk tot € 50".
_SINGULAR_COPULAS = {"is", "was", "wordt", "blijft"}
# Subject pronouns that are also possessives: before a noun they own it ("Je pakket
# wordt ...", "Jullie kassasysteem wordt ... geïnstalleerd door Yusuf").
_ALSO_POSSESSIVE = {"je", "jullie"}


def finite_and_subject(clause: Clause, ws, coordinated: bool, prev_subject, known) -> tuple[int, list] | None:
    """Index of the finite verb in ``ws`` (the clause's words) and the subject
    tokens ([] if not found); None for a verb-first clause (question, request)."""
    if clause.lead:
        k = next((k for k, t in enumerate(ws) if t.i > clause.lead[-1].i and is_verb_like(t, known)), None)
        return (k, clause.lead) if k is not None else None
    first = norm(ws[0])
    if first == "je" and (fronted := _object_with_je(ws)) is not None:
        return fronted
    if first in SUBJECT_PRONOUNS and len(ws) > 1 and (first not in _ALSO_POSSESSIVE or is_verb_like(ws[1], known)) \
            and not (first in _ALSO_POSSESSIVE and ws[1].pos_ == "NOUN" and len(ws) > 2 and norm(ws[2]) in AUXILIARIES):
        # (not a noun that looks like a verb stem before the verb: "Je geld wordt ... teruggestort")
        if norm(ws[1]) in CUSTOMER_PRONOUNS and first not in CUSTOMER_PRONOUNS:
            # verb-final: "(Ik vraag Martin) of hij u terugbelt", "dat zij u morgen belt"
            later = next((k for k in range(2, len(ws)) if is_verb_like(ws[k], known, ws[k - 1])), None)
            if later is not None:
                return later, [ws[0]]
        return 1, [ws[0]]  # "We | pakken", not "Je | pakket wordt ..."
    if is_verb_like(ws[0], known) and first not in SUBJECT_PRONOUNS and not _attributive(ws) \
            and not _noun_before_finite(ws, known):
        if coordinated and prev_subject:
            return 0, prev_subject  # "..., en sturen u morgen een monteur"
        after = noun_phrase_at(ws, 1)
        if clause.fronted and after and norm(after[0]) not in ("ons", "uw"):
            return 0, after  # "Zodra het klaar is, stuurt Sanne u ..."
        if clause.fronted and len(ws) > 2 and norm(ws[1]) == "er":
            # the expletive of a passive: "Omdat de zending beschadigd aankwam, wordt er morgen
            # een lamp naar u verstuurd" (read as "Er wordt morgen ...")
            return 0, noun_phrase_at(ws, 2)
        if after and norm(after[0]) in SUBJECT_PRONOUNS - CUSTOMER_PRONOUNS and _after_comma(ws[0]):
            return 0, after  # "Het overzicht dat u opvroeg, verstuur ik vrijdag": a fronted object
        if after and norm(after[0]) in _SPEAKER_PRONOUNS and _topic_dropped(ws[0]):
            return 0, after  # chat drops the object "dat": "Sturen we je morgen vóór 12.00 uur per mail 👍"
        label = _field_label(ws[0]) if first in AUXILIARIES or follows_form(first) else None
        if label:
            return 0, label  # an action list's "Nieuwe pc's: worden geleverd", "Factuur: volgt"
        return None  # verb first: a question, request or inverted condition
    # Tested lazily, left to right: usually the first candidate is the finite verb.
    # (not a participle before its noun: "Het teveel betaalde/acl bedrag ... verrekenen wij")
    from smartlint.nl.finite_verb import attributive_past  # (imports spaCy: not at module import)

    candidates = (k for k in range(1, len(ws)) if is_verb_like(ws[k], known, ws[k - 1])
                  and not (ws[k].dep_ in ("amod", "acl") and ws[k].head.i > ws[k].i and ws[k].head.pos_ == "NOUN"
                           and norm(ws[k]).endswith(("de", "te")))
                  and not attributive_past(ws[k]))  # "De teveel betaalde € 38,20 verrekent ..."
    k = next(candidates, None)
    if k is None:
        return None
    relative = next((j for j in range(1, k) if norm(ws[j]) in ("die", "dat") and ws[j - 1].pos_ in ("NOUN", "PROPN")), None)
    if relative is not None:
        # "de afvalpas die u heeft aangevraagd wordt verstuurd op ...": the first verb is the
        # relative clause's; the auxiliary after its verb cluster is the main clause's
        later = next((c for c in range(k + 1, len(ws)) if norm(ws[c]) in AUXILIARIES
                      and ws[c - 1].pos_ in ("VERB", "AUX")), None)
        if later is not None:
            return later, ws[:relative]
    if norm(ws[k]) not in AUXILIARIES and "Fin" not in ws[k].morph.get("VerbForm"):
        # "Uw nieuwe pas wordt", "Tussentijds opzeggen ... is": a verb form the
        # tagger does not read as finite yields to a later auxiliary.
        k = next((c for c in candidates if norm(ws[c]) in AUXILIARIES), k)
    elif k + 1 < len(ws) and norm(ws[k]).endswith("en") \
            and (norm(ws[k + 1]) in _SINGULAR_MODALS | _SINGULAR_COPULAS
                 or finite_form(norm(ws[k + 1])) and not participle_only(norm(ws[k + 1]))
                 and norm(ws[k + 1]) not in FUNCTION_WORDS):  # ("lossen het ...": not "heten")
        # "contant betalen kan wel", "Contactloos betalen werkt ...": the infinitive is the
        # subject; not "De tegels worden opgepakt door ...", a passive
        k += 1
    after = noun_phrase_at(ws, k + 1)
    if k + 2 < len(ws) and norm(ws[k + 1]) == "er" and (not after or len(after) == 1):
        # existential "er" before a person: "Morgen komt er een monteur bij u langs" (not
        # "volgt er een prijsverhoging": a thing that happens)
        person = noun_phrase_at(ws, k + 2)
        if person and any(norm(t) in _ROLES or norm(t) in _STAFF for t in person):
            after = person
    if after and norm(after[0]) in SUBJECT_PRONOUNS - CUSTOMER_PRONOUNS:
        return k, after  # "Dat regelen we", "Morgen bel ik u"
    front = ws[:k]
    if _noun_pair(front, ws[k:]):
        return None  # "Storing app:", "Storing e-mail – opgelost": a heading, no verb
    if len(front) == 1 and points_back_at_staff(front[0]):
        return k, front  # "(... naar de juiste collega.) Die neemt contact met u op"
    if len(front) == 1 and norm(front[0]) in ("die", "deze") and after and norm(after[0]) in ("je", "jij") \
            and _t_form(ws[k], known):
        # "Die belt je ff terug": after its verb "je" as subject drops the -t ("bel je"), so
        # with the -t "je" is the object and the pronoun before the verb the subject
        return k, front
    if is_adverbial(front):
        return k, after  # "Morgen belt Sanne u", "Morgen ontvangt u ..."
    return k, front


_SPEAKER_PRONOUNS = {"we", "wij", "ik"}


def _t_form(verb: "Token", known) -> bool:
    """ "belt", "stuurt": a present form in -t whose stem is a verb form too ("bel"), so
    the -t is an ending (not "zet", "wacht", whose stem ends in t)."""
    word = norm(verb)
    return word.endswith("t") and not word.endswith("tt") and word[:-1] in known and not word[:-1].endswith("t")


def _field_label(verb: "Token") -> list | None:
    """The noun phrase that opens the line before a colon right before ``verb``, up to
    four words ("Bloemstukken", "Nieuwe pc's behandelkamers"), or None. An auxiliary or
    "volgt" after such a label has it as subject; an imperative ("Tip: zet ...") does
    not, so callers ask only for those verbs."""
    doc, i = verb.doc, verb.i
    if i < 2 or doc[i - 1].text != ":" or doc[i - 2].pos_ not in ("NOUN", "PROPN"):
        return None
    start = i - 2
    while start > 0 and i - 1 - start < 4 and not doc[start - 1].is_punct \
            and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        start -= 1
    if start > 0 and not (doc[start - 1].is_punct or "\n" in doc[start - 1].whitespace_ + doc[start - 1].text):
        return None  # more than four words: a sentence, not a label
    return list(doc[start:i - 1])


def _object_with_je(ws) -> tuple[int, list] | None:
    """ "Je vraag over de wenperiode beantwoorden we in de nieuwsbrief": "je" owns a noun
    the word order would read as its verb ("je vraag"); the clause analysis (on the
    parse) found the finite verb later, with "we/wij/ik" (or the reader: "Je goodie bag
    haal je op ...") right after it as subject."""
    from smartlint.nl.clauses import sentence_clauses

    opening = ws[0]
    # (the clauses of its own sentence only: a long library string has thousands)
    for clause in sentence_clauses(opening.doc[opening.i:opening.i + 1]):
        if not clause.start <= opening.i < clause.end:
            continue
        finite, subject = clause._.finite, clause._.subject
        if finite is None or subject is None or finite.i - opening.i < 2 \
                or norm(subject[0]) not in _SPEAKER_PRONOUNS | {"je", "jij"} or subject[0].i != finite.i + 1:
            return None
        k = next((k for k, t in enumerate(ws) if t.i == finite.i), None)
        return (k, [ws[k + 1]]) if k is not None and k + 1 < len(ws) else None
    return None


def _topic_dropped(verb: "Token") -> bool:
    """A verb-first sentence with "we"/"ik" after the verb that asks nothing and states
    no condition (no "?", no ", dan" after it): chat that left out its fronted "dat"."""
    sent = verb.sent
    rest = doc_text(verb.doc)[verb.idx:sent.end_char]
    return verb.i == next(t.i for t in sent if not t.is_space and not t.is_punct) \
        and "?" not in rest and not re.search(r",\s*(?:dan|dus)\b", rest.lower())


def _noun_before_finite(ws, known) -> bool:
    """A verb look-alike right before a finite verb form is a bare noun, the subject:
    "Update volgt", "Check komt later" (an imperative is never followed by a finite verb)."""
    return len(ws) > 1 and norm(ws[1]).endswith("t") and "Fin" in ws[1].morph.get("VerbForm") \
        and is_verb_like(ws[1], known, ws[0]) and norm(ws[1]) not in AUXILIARIES


def _noun_pair(front, rest) -> bool:
    """Two words before a heading's colon, dash or line end, the second a verb's
    look-alike ("Storing app:", "Storing e-mail – opgelost"): a title, not subject and
    verb. A first name or pronoun is a subject ("Jesse appt", "Ik bel")."""
    if len(front) != 1 or len(rest) != 1 or norm(front[0]) in _FIRST_NAMES or norm(front[0]) in SUBJECT_PRONOUNS:
        return False
    word = rest[0]
    after = doc_text(word.doc)[word.idx + len(word.text):word.idx + len(word.text) + 3].lstrip(" \t")
    return after[:1] in (":", "–", "—", "-", "\n", "|")


def _after_comma(token: "Token") -> bool:
    """Does a comma inside the sentence come right before ``token``?  A verb there
    follows a fronted phrase; a question or request starts its sentence."""
    return token.i > 0 and not token.is_sent_start and token.doc[token.i - 1].text == ","


def is_adverbial(first: Sequence["Token"]) -> bool:
    """Is the first constituent an adverbial or object rather than the subject?

    "Morgen", "Daarom", "Na de reparatie", "23 november", "Dat" are not subjects.
    """
    word = norm(first[0])
    if word in SUBJECT_PRONOUNS:
        return False
    if word in PREPOSITIONS or word in ADVERBS or word in SUBORDINATORS:
        # not a participle before its noun: "Volgende update volgt ..." (but "Volgende week")
        return not (_attributive(first) and not _time_unit(norm(first[1])))
    if len(first) == 1 and word in DEMONSTRATIVES:
        return True  # "Dat regelen we", "Dit ontvangt u morgen": an object
    if len(first) == 1 and first[0].pos_ == "PROPN" and is_capitalised(first[0]) and norm(first[0]) in MONTHS:
        return False  # a name that is also a month ("Jan zorgt dat ...", "Juli belt u"), not "jan" alone
    if all(t.like_num or norm(t) in ADVERBS or norm(t) in MONTHS for t in first):
        return True
    if len(first) > 1 and _time_unit(norm(first[-1])) and (word in DETERMINERS or first[0].like_num) \
            and not any(is_capitalised(t) for t in first[1:]):
        return True  # "Een van de komende dagen | komt monteur Ahmed", "De komende weken"
    if len(first) != 1 or first[0].pos_ not in ("ADV", "ADP", "SCONJ") or is_capitalised_name(first[0]):
        return False
    # A capitalised word on no adverb list before "belt u" is a name the tagger does not
    # know ("Ayla belt je morgen", "Mehmet belt u"): adverbs are listed (clause_adverbs).
    token = first[0]
    return not (is_capitalised(token) and token.text.isalpha()
                and (_addresses_reader_next(token) or _unlisted_before_finite(token)))


def _unlisted_before_finite(token: "Token") -> bool:
    """The clause analysis read the word as a person's name
    (smartlint.nl.subject_kinds.name_read_as_adverb: a capitalised word on no adverb,
    time-word or hedge list, first in its sentence, before a finite verb): "Thijs gaat er
    vrijdag mee aan de slag"."""
    from smartlint.nl.clauses import subject_kind_at

    return subject_kind_at(token) == "person"


def _addresses_reader_next(token: "Token") -> bool:
    """The finite verb after ``token`` is followed by the reader as object ("belt je")."""
    doc = token.doc
    if token.i + 2 >= len(doc):
        return False
    verb, after = doc[token.i + 1], doc[token.i + 2]
    return norm(after) in CUSTOMER_PRONOUNS and norm(verb).endswith("t")


def _time_unit(word: str) -> bool:
    """A time unit (lexicon ``time_units``) or its plural: "dag(en)", "week/weken", "uren"."""
    for unit in _TIME_UNITS:
        plural = unit[:-3] + unit[-2:] if len(unit) > 2 and unit[-3] == unit[-2] in "aeou" else unit
        if word in (unit, unit + "en", plural + "en"):
            return True
    return False


def _attributive(ws) -> bool:
    """A present participle before its noun opens the subject, not a verb-first clause:
    "Volgende update volgt spoedig", "Ontbrekende onderdelen worden nagestuurd"."""
    return len(ws) > 1 and norm(ws[0]).endswith(("ende", "end")) and ws[1].pos_ in ("NOUN", "PROPN") \
        and ws[0].dep_ == "amod"
