"""The moments a clause names, as the act classification reads them: a time
expression at all (:func:`has_moment`), a calendar date (:func:`calendar_date`) and
"now" as the only moment (:func:`only_now`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartlint.calendar_nl import MONTH_NAMES, WEEKDAY_NAMES
from smartlint.doc_text import span_text, span_tokens
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def clock_time(clause: "Span") -> bool:
    """A time of day in the clause: "om 18.30", "20u30", "14u", "om 10 uur"."""
    tokens = span_tokens(clause)
    for k, token in enumerate(tokens):
        if _CLOCK_TOKEN.match(token.text):
            return True
        if token.like_num and k + 1 < len(tokens) and fold(tokens[k + 1].text) == "uur":
            return True
    return False


def date_part(token: "Token") -> bool:
    """A word of a calendar date: a month or weekday name, or a day number before a
    month ("5 januari"); the parser sometimes takes one for a clause's subject
    ("Vanaf dinsdag 5/nsubj januari komt verzorgende Mila ...")."""
    word = fold(token.text)
    if word in MONTH_NAMES or word in WEEKDAY_NAMES:
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.like_num and following is not None and fold(following.text) in MONTH_NAMES


# A number that is a version or a code, never a moment: "versie 0.0.0", "bestelling 77120".
_CODE_NUMBER = re.compile(r"\d+(?:\.\d+){2,}|\d{5,}")
_CLOCK_TOKEN = re.compile(r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d|u(?:[0-5]\d)?)$")


def calendar_date(clause: "Span") -> bool:
    """A day number before a month name ("op 8 december", "van 7 t/m 11 december"): one
    occasion, not a habit."""
    tokens = span_tokens(clause)
    return any(token.like_num and fold(after.text) in MONTH_NAMES for token, after in zip(tokens, tokens[1:]))


def has_moment(clause: "Span") -> bool:
    """A time expression in the clause: a time word, a number with a duration unit after
    "binnen/uiterlijk/vóór ...", a bare number only when no other noun follows it:
    "binnen 5 werkdagen", "op 3 juni", "om 14:30", not "3 nieuwe berichten"."""
    lex = lexicon()
    folded = fold(span_text(clause))
    if lex["past_time_words"].find(folded):
        return False
    if any(not _comparison(clause, folded, start, end) for start, end in lex["time_words"].find(folded)):
        return True
    # "binnen twee werkdagen", "om 10 uur", not "twaalf maanden geldig"
    for start, _ in lex["duration_units"].find(folded) + lex["time_units"].find(folded):
        if lex["duration_openers"].find(" ".join(folded[:start].split()[-3:])):
            return True
    tokens = span_tokens(clause)
    for k, token in enumerate(tokens):
        if token.like_num and any(ch.isdigit() for ch in token.text) and not _CODE_NUMBER.fullmatch(token.text):
            rest = [t for t in tokens[k + 1:] if t.pos_ != "ADJ"]
            if not rest or rest[0].pos_ != "NOUN" or fold(rest[0].text) in lex["duration_units"]:
                return True
    return False


def _comparison(clause: "Span", folded: str, start: int, end: int) -> bool:
    """"dan" as the word of a comparison, not "then": "langer is dan deze waarde" (the
    parse makes it a conjunction or a preposition; "then" is an adverb)."""
    if folded[start:end] != "dan":
        return False
    token = next((t for t in clause if t.idx == clause.start_char + start), None)
    return token is not None and token.pos_ in ("SCONJ", "ADP", "CCONJ")


def only_now(clause: "Span", lex) -> bool:
    """ "now" is the clause's only moment ("Ik zet je nu door"; not "Sven komt nu
    woensdag om 9.00 uur", where "nu" means "instead")."""
    words = [fold(t.text) for t in span_tokens(clause)]
    if lex["late_now_phrases"].find(" ".join(words)):
        return True
    if lex["from_now_phrases"].find(" ".join(words)):
        return False
    joined = " ".join(words)
    found = lex["now_words"].find(joined)
    if not found:
        return False
    # the words of "now" ("op dit moment", "momenteel") are no other moment
    offsets, at = [], 0
    for w in words:  # where each word starts in ``joined`` (one pass: a clause may be long)
        offsets.append(at)
        at += len(w) + 1
    inside = {k for k, off in enumerate(offsets) if any(s <= off < e for s, e in found)}
    return not any(
        t.like_num and w != "een" or w in WEEKDAY_NAMES or w in MONTH_NAMES or w in lex["time_words"]
        for k, (t, w) in enumerate(zip(span_tokens(clause), words)) if k not in inside)  # ("een": the article)
