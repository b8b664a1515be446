"""A promise stated as an outcome, then made concrete by the next sentence (or after a
colon in the same one).

"Jouw bestelling wordt in twee delen geleverd. Het eerste deel bezorgt PostNL woensdag
9 december vóór 18.00 uur." and "U ontvangt uw bestelling iets later dan gepland.
Chauffeur Said brengt de bank donderdag 10 december tussen 13.00 en 17.00 uur." say who
does the job and when in the second sentence: the first one is its summary, not a
second promise without an actor or a moment.

The same job is read from words of one family (lexicon ``delivery_job_words``,
``refund_job_words``, ``repair_job_words``: verbs by their infinitive, nouns as they
are) in both promises; the second must be complete and follow in the next sentence.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from smartlint.checks.scheduled import sentences_apart
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon
from smartlint.nl.verbs import infinitives_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartlint.checks.promise_parts import Promise

_FAMILIES = ("delivery_job_words", "refund_job_words", "repair_job_words")


def detailed_by_next(promises: list["Promise"], doc: "Doc") -> list["Promise"]:
    """A promise that lacks its who or moment takes them from the complete promise right
    after it, in the next sentence, when both name the same job."""
    out = list(promises)
    for k in range(len(out) - 1):
        this, nxt = out[k], out[k + 1]
        if this.complete or not nxt.complete or nxt.action_item or this.what.status != "concrete":
            continue
        # "U krijgt het origineel terug: Lotte brengt het woensdag ... langs": after a colon
        # the same sentence spells the job out, whatever its words
        spelled_out = doc.text[this.end:nxt.start].strip() == ":"
        if not spelled_out and sentences_apart(doc, this.start, nxt.start) != 1:
            continue
        mine = _families(doc, this.start, this.end, nouns=this.who.detail in ("receive", "passive"))
        if spelled_out or mine & _families(doc, nxt.start, nxt.end, nouns=False):
            out[k] = dataclasses.replace(this, who=this.who if this.who.ok else nxt.who,
                                         when=this.when if this.when.ok else nxt.when)
    return out


def _families(doc: "Doc", start: int, end: int, nouns: bool) -> set[str]:
    """The job families of the words of the promise's own clauses: its verbs, and the
    object of what a reader receives or what is done (``nouns``); not a subclause's
    words nor another noun ("Je ontvangt een e-mail zodra je pakketje onderweg is": the
    mail is the job)."""
    from smartlint.nl.clauses import clauses_of

    span = doc.char_span(start, end, alignment_mode="expand") or ()
    inner = [c for c in clauses_of(doc) if c._.role == "subordinate" and start <= c.start_char < end]
    words = set()
    for token in span:
        if any(c.start <= token.i < c.end for c in inner):
            continue
        words |= infinitives_of(token.text) if token.pos_ in ("VERB", "AUX") else set()
        if nouns and token.pos_ == "NOUN" and token.dep_ in ("obj", "nsubj:pass"):
            words.add(fold(token.text))  # what is received or done: "u ontvangt uw bestelling"
    lex = lexicon()
    return {name for name in _FAMILIES if words & lex[name].words}
