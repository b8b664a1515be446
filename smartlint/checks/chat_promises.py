"""Promises with the subject left out, read from the clause analysis: chat lines that
open with the verb ("bel je om 15u, Jesse", "regel ik vanmiddag", "check ik morgenochtend
voor je!"). The word-order reading of :mod:`smartlint.checks.promises` needs a subject
before or after the finite verb and finds none there; the clause analysis
(:mod:`smartlint.nl.acts`, ``chat_promises`` and the chat first-person fallback) has
already read the clause as our promise. The writer is who (with a plural verb "we",
no one named); what and when are read as in any promise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.checks.clauses import norm, particle_positions
from smartlint.checks.promise_parts import DONE, Part, Promise
from smartlint.checks.word_classes import THEN
from smartlint.doc_text import span_text
from smartlint.nl.sentence import asks

if TYPE_CHECKING:
    from spacy.tokens import Doc


def elliptic_promises(doc: "Doc", analysis, found: list[Promise]) -> list[Promise]:
    """Promises of verb-first chat clauses that no promise in ``found`` covers;
    ``analysis``: the word-order reading (its ``_what`` and ``_when``)."""
    from smartlint.nl.clauses import clauses_of

    out = []
    for clause in clauses_of(doc):
        if clause._.act != "promise" or not clause._.elliptic or clause._.negated:
            continue
        if clause._.condition is not None or clause._.role != "main":
            continue
        # where the clause opens (the verb, or "ok!" before it: the clause analysis checked
        # that), and its verb: the finite one or the infinitive after an intent word
        # ("ff navragen bij collega")
        region = [t for t in clause if not t.is_punct and not t.is_space]
        finite = clause._.finite or next((t for t in region[1:] if t.pos_ in ("VERB", "AUX") or t.norm_.endswith("en")), None)
        if finite is None:
            continue
        opening = region[0]
        before = doc[clause.sent.start:opening.i]
        if any(t.is_alpha for t in before) and (doc[opening.i - 1].is_alpha or THEN in {t.norm_ for t in clause}):
            continue  # verb second after a fronted clause: "Werkt het niet, dan sturen we ..."
        start, end = clause.start_char, clause.end_char
        sent = clause.sent
        if asks(span_text(sent)) or any(p.start < end and start < p.end for p in found):
            continue
        if any(p.complete and sent.start_char <= p.start < sent.end_char for p in found):
            continue  # "Komt goed, ik bel je morgen om 9u": the complete promise says it
        words = [norm(t) for t in region]
        what = analysis._what(words, particle_positions(region), region.index(finite), region)
        # a plural verb leaves out "we" ("Bellen je morgen om 11u terug"): no one named
        who = Part("vague", finite.idx, finite.idx + len(finite.text), "actor") \
            if finite.i == opening.i and norm(finite).endswith("en") and clause._.finite is not None else DONE
        out.append(Promise(start, end, who, what, analysis._when(start, end, finite)))
    return out
