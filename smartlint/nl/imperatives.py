"""Sentence-initial imperatives the tagger or parser misses, each a named fallback
(``_FALLBACK_*``) that :func:`smartlint.nl.finite_verb.find_finite` asks first: a verb
stem before a complement, before a word that points the way, or after a fronted purpose
clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

from smartlint.nl.folding import fold
from smartlint.nl.sentence import Sentence, next_word
from smartlint.nl.tagged_verbs import NOMINATIVE
from smartlint.nl.verbs import auxiliary_forms, infinitives_of, is_verb_stem_only

# Words that open a complement clause after a verb: "Controleer of ...", "Kijk wat ...".
_COMPLEMENTIZERS = {"of", "dat", "wat", "hoe", "waar", "welke", "welk", "wanneer", "wie", "waarom"}


def imperative_before_complement(first: Token) -> bool:
    """_FALLBACK_IMPERATIVE_COMPLEMENT: "Controleer/PROPN of de stekker goed zit", "Kijk
    wat er mogelijk is": a sentence-initial verb stem the tagger missed, followed by
    "of", "dat" or a question word, is the imperative; the verb after it is the
    complement's."""
    nxt = next_word(first)
    return first.i == Sentence.start and first.pos_ not in ("VERB", "AUX", "DET", "PRON", "ADP", "NUM") \
        and nxt is not None and fold(nxt.text) in _COMPLEMENTIZERS and is_verb_stem_only(first.text)


# Words that point the way after an imperative ("Klik op", "Ga naar", "Kijk hier", "Log
# in"); "van" and "aan" are left out: after a noun they mostly build a noun phrase
# ("Gebruik van cookies ...", "Bezoek aan ...").
_POINTING = {"op", "naar", "in", "hier", "via", "onder", "hieronder", "bij", "met"}


def imperative_taken_for_subject(first: Token) -> bool:
    """_FALLBACK_IMPERATIVE_SUBJECT: "Klik/nsubj op de link om te ontdekken wie ... je
    bent": the parser made a sentence-initial verb stem the subject of a verb further
    on; followed by a word that points the way, it is the imperative."""
    nxt = next_word(first)
    return first.i == Sentence.start and first.dep_ == "nsubj" \
        and first.pos_ not in ("VERB", "AUX", "DET", "PRON", "ADP", "NUM") \
        and nxt is not None and fold(nxt.text) in _POINTING and is_verb_stem_only(first.text)


def imperative_after_purpose(span: Span) -> Token | None:
    """_FALLBACK_PURPOSE_IMPERATIVE: "Om in te loggen, klik/NOUN op de knop": after a
    fronted purpose clause and its comma, a verb stem followed by a word that points the
    way is the imperative the parser hung under the purpose clause's infinitive."""
    comma = next((t for t in span if t.text == ","), None)
    if comma is None or comma.i + 1 >= span.end:
        return None
    verb = span.doc[comma.i + 1]
    nxt = next_word(verb)
    if verb.pos_ in ("DET", "PRON", "ADP", "NUM") or nxt is None or fold(nxt.text) not in _POINTING:
        return None
    return verb if is_verb_stem_only(verb.text) else None


# Words that open the object right after an imperative ("Houd de knop ...", "Scan de
# QR-code", "Vul uw gegevens in").
_OBJECT_OPENERS = {"de", "het", "een", "uw", "jouw", "je", "deze", "dit", "alle"}
# Prepositions of time (closed class): "rond het middaguur", "om 10.00 uur", "vanaf maandag".
_TIME_PREPOSITIONS = {"rond", "om", "tot", "vanaf", "sinds", "tegen", "omstreeks", "per", "binnen", "voor", "vóór"}


def imperative_before_object(first: Token) -> bool:
    """_FALLBACK_IMPERATIVE_OBJECT: "Houd/PROPN de resetknop tien seconden ingedrukt tot
    het lampje knippert", "Scan/PROPN de QR-code": a verb stem the tagger missed,
    followed by an article or "uw/je" that opens its object, is the imperative; the
    parser hung it under a verb further on.  Not before a capitalised word: "Bas de
    Vries" is a name."""
    nxt = next_word(first)
    after = next_word(nxt) if nxt is not None else None
    if nxt is not None and fold(nxt.text) == "je" and (after is None or after.pos_ not in ("NOUN", "ADJ")):
        return False  # "Dank je, ...", "Dank je wel": a formula, not "Vul je gegevens in"
    # (or a preposition that opens an adjunct: "Controleer/PROPN na de installatie of ...";
    # not one of time, after which a label's noun names its moment: "Herstel rond het
    # middaguur verwacht", "Start om 10.00 uur")
    adjunct = nxt is not None and nxt.pos_ == "ADP" and nxt.text.islower() and fold(nxt.text) not in _TIME_PREPOSITIONS
    return first.pos_ in ("PROPN", "NOUN", "X", "ADJ") and first.is_title \
        and nxt is not None and (fold(nxt.text) in _OBJECT_OPENERS or adjunct) \
        and not (after is not None and after.is_title) and is_verb_stem_only(first.text)


def step_on_condition(clause: Span, finite: Token, lex) -> bool:
    """_FALLBACK_CONDITIONAL_STEP: "Als het bankrekeningnummer ontbreekt, dan bezorg je de
    juiste informatie aan Ethias": after a condition, "dan" + a verb + "je/u" tells the
    reader what to do, unless the verb receives, expects or sees (``receive_verbs``,
    ``expectation_verbs``, ``future_look_verbs``: "dan ontvang je ...") or may ("dan kun
    je ...") or is an auxiliary."""
    subject = next_word(finite)
    if fold(clause[0].text) != "dan" or finite.i != clause.start + 1 or subject is None \
            or fold(subject.text) not in ("je", "u", "jij", "jullie"):
        return False
    verbs = infinitives_of(finite.text)
    passive = lex["receive_verbs"].words | lex["expectation_verbs"].words | lex["future_look_verbs"].words
    return bool(verbs) and not verbs & passive and fold(finite.text) not in auxiliary_forms() \
        and fold(finite.text) not in lex["ability_modals"]


def imperative_after_link(first: Token) -> Token | None:
    """_FALLBACK_LINKED_IMPERATIVE: "..., dus kijk goed na of alles klopt": after a
    clause-opening "dus" (not the sentence's first word), a verb stem with no subject
    pronoun after it is the reader's step."""
    if fold(first.text) != "dus" or first.i <= Sentence.start:
        return None
    stem = next_word(first)
    after = next_word(stem) if stem is not None else None
    if stem is not None and stem.is_lower and is_verb_stem_only(stem.text) \
            and not (after is not None and fold(after.text) in NOMINATIVE):
        return stem
    return None

