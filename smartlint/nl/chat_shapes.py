"""Chat shapes of the clause analysis (:mod:`smartlint.nl.acts`): lines in which the
writer leaves out "ik" ("bel je om 15u, Jesse", "ff checken hoor"). Each is a named
fallback (``_FALLBACK_CHAT_*``) for a register the treebank behind the parser lacks.
``sentence_tokens``: the clause's tokens as the analysis holds them
(:class:`smartlint.nl.sentence.Sentence`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartlint.calendar_nl import WEEKDAY_ABBREVIATIONS
from smartlint.doc_text import doc_text, span_text
from smartlint.nl.clause_moments import calendar_date
from smartlint.nl.folding import fold
from smartlint.nl.sentence import asks
from smartlint.nl.verbs import infinitives_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Weekday abbreviations of chat and notes ("vr 8 jan"); not "zo", which is also "so".
_WEEKDAY_SHORT = frozenset(WEEKDAY_ABBREVIATIONS) - {"zo"}

def chat_intent(clause: Span, sentence_tokens: list, lex) -> bool:
    """"ff checken hoor": an ``intent_openers`` word and an infinitive, no finite verb."""
    tokens = [t for t in sentence_tokens if not t.is_punct]
    if len(tokens) < 2 or not lex["intent_openers"].find(fold(tokens[0].text)):
        return False
    word = fold(tokens[1].text)
    if tokens[1].pos_ in ("DET", "PRON", "NUM", "ADP") or word in ("een", "geen"):
        return False  # "Ff een update: ...": an article, no infinitive
    return word.endswith("en") and word not in lex["verb_lookalikes"] and not lex["wait_requests"].find(fold(span_text(clause)))


# Closed class: the writer's side as object ("Bel ons", "Stuur me ...") makes a request.
_US = {"ons", "me", "mij", "onze", "mijn", "m'n"}
# Closed class: prepositions before a clock time ("om 15u", "vóór 12u").
_CLOCK_PREPOSITIONS = {"om", "voor", "rond", "tegen", "uiterlijk", "tot"}
# A clock time by its shape: "10u", "10u30", "14.30", "9:15".
_CLOCK_SHAPE = re.compile(r"^(?:[01]?\d|2[0-3])(?:u(?:[0-5]\d)?|[.:][0-5]\d)$")


def chat_first_person(clause: Span, sentence_tokens: list, finite: Token, lex) -> bool:
    """_FALLBACK_CHAT_FIRST_PERSON: a chat line that opens with the verb, the reader as
    its object and a moment, no question ("bel je om 15u, Jesse", "app je vanmiddag om 4
    uur"): the writer left out "ik". Not a request ("Bel ons morgen", "Stuur je de foto's?")."""
    own = []
    for t in sentence_tokens:
        if t.i > finite.i and t.text in (",", ";"):
            break  # the clause's own words: not "..., dan stuurt Tamara u ..." after it
        own.append(t)
    tokens = [t for t in own if not t.is_punct and not t.is_space]
    lead = [t for t in tokens if t.i < finite.i]
    if len(lead) > 2 or (lead and finite.doc[finite.i - 1].text not in ("!", ",")):
        return False  # the verb first, or after an interjection: "ok! zet je op di 9 dec"
    tokens = tokens[len(lead):]
    if len(tokens) < 3 or fold(finite.text).endswith("t") and fold(tokens[1].text) == "u":
        return False  # "Belt u ons ...": a polite request
    if fold(finite.text) in lex["condition_markers"]:
        return False  # "Mocht je je wachtwoord vergeten zijn dan ...": a condition, verb first
    if fold(finite.text) in lex["instruction_modals"]:
        return False  # "(Voordat ...,) moet je eerst ... toevoegen": the reader's duty, "je" its subject
    if infinitives_of(finite.text) & lex["reflexive_verbs"].words and len(tokens) > 1 and fold(tokens[1].text) == "je":
        return False  # "Meld je zo snel mogelijk aan", "Laat je testen": a reflexive imperative
    if asks(span_text(clause.sent)):
        return False
    purpose = next((k for k, t in enumerate(tokens) if fold(t.text) == "om" and any(fold(x.text) == "te" for x in tokens[k:])),
                   len(tokens))
    # (nor the subject of a clause of its own: "Zorg ervoor dat je de app eerst hebt
    # toegevoegd" asks the reader)
    purpose = next((k for k, t in enumerate(tokens[1:purpose], 1) if t.pos_ == "SCONJ" or fold(t.text) == "dat"), purpose)
    if not any(fold(t.text) in ("je", "u") and (t.dep_ not in ("nmod:poss", "det") or _before_moment(t, lex))
               and not _before_noun(t, lex) for t in tokens[1:purpose]):
        # (not in a purpose clause: "Gebruik dan de link om je e-mailadres te verifiëren")
        return False  # the reader as object ("bel je", "kom zsm bij je terug"), not "je gegevens"
    if any(fold(t.text) in _US for t in tokens):
        return False
    own_text = fold(" ".join(t.text for t in tokens))
    # a plural verb cannot have "je" as its subject: "Bellen je morgen even terug" leaves out "we"
    plural = fold(finite.text).endswith("en") and fold(tokens[1].text) == "je"
    # a verb of contacting takes the reader as its object: "bel je vanmiddag even terug"
    # leaves out "ik" ("Neem je morgen even contact op": "je" must be the subject)
    contacting = bool(infinitives_of(finite.text) & lex["message_verbs"].words)
    if not plural and not contacting and (lex["intent_openers"].find(own_text)
                                          or lex["verbless_request_openers"].find(own_text)):
        return False  # "Neem je morgen even contact op", "Stuur je graag de foto's": a request
    if fold(tokens[1].text) == "je" and len(tokens) > 2 and fold(tokens[2].text) == "zo":
        return True  # "stuur je zo de link": "zo" right after the reader is a (vague) moment
    clock = any(fold(a.text) in _CLOCK_PREPOSITIONS and b.text[:1].isdigit() for a, b in zip(tokens, tokens[1:])) \
        or any(_CLOCK_SHAPE.match(t.text) for t in tokens)
    folded = fold(span_text(clause))
    # a day: "Geef je vr 8 jan een seintje", "app je 14 december"
    day = calendar_date(clause) or any(fold(a.text) in _WEEKDAY_SHORT and b.like_num for a, b in zip(tokens, tokens[1:]))
    # (a vague moment too: "Bel je z.s.m. terug! – Tess" promises, vaguely)
    return clock or day or bool(lex["time_words"].find(folded) or lex["asap_moments"].find(folded)
                         or lex["vague_ahead_moments"].find(folded))


def _before_moment(token: Token, lex) -> bool:
    """"bel je straks": the parser may hang "je" on the moment after it as its possessor."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # (a date too: "Geef je vr 8 jan een seintje", "app je 14 december")
    return following is not None and (bool(lex["time_words"].find(fold(following.text)))
                                      or fold(following.text) in _WEEKDAY_SHORT or following.like_num)


def _before_noun(token: Token, lex) -> bool:
    """"je" straight before a noun is the possessive ("Druk op de knop van je telefoon"),
    whatever the parser called it; not before a moment ("bel je morgen om 15u"); "u"
    never is."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return fold(token.text) == "je" and following is not None and following.pos_ in ("NOUN", "PROPN") \
        and not lex["time_words"].find(fold(following.text))


def asks_the_reader(clause: "Span", lex) -> bool:
    """A request word (lexicon ``request_words``: "graag", "aub", "gelieve") in the clause,
    not one that closes a phrase before a comma ahead of the clause's verb: in "Nog ff
    geduld aub, collega pakt het asap op" the "aub" asks for patience, the clause after
    the comma promises."""
    text = doc_text(clause.doc)
    folded = fold(text[clause.start_char:clause.end_char])
    finite = clause._.finite
    for start, end in lex["request_words"].find(folded):
        if finite is None:
            return True
        comma = text.find(",", clause.start_char + end, finite.idx)
        if comma == -1 or text[clause.start_char + end:comma].strip():
            return True
    return False

