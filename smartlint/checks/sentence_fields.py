"""Next-step fields that open a sentence rather than a line ("Storing ... Amsterdam.
Volgende update: 15.00 uur per sms door Kevin."), read as promises by whoever the field
names.  Split from :mod:`smartlint.checks.action_items`, which reads whole lines."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartlint.checks.action_fields import value_is_sentence
from smartlint.checks.action_words import agent_of_field
from smartlint.checks.promise_parts import DONE, Promise
from smartlint.checks.promise_words import PromiseWords
from smartlint.checks.timeexpr import CLOCK_AFTER_LABEL, concrete_time_spans
from smartlint.doc_text import doc_text
from smartlint.placeholders import dated_by_placeholder_in

if TYPE_CHECKING:
    from spacy.tokens import Doc


def sentence_fields(doc: "Doc", folded: str, words: PromiseWords, placeholders=()) -> list[Promise]:
    """A next-step field that opens a sentence rather than a line: "Storing ...
    Amsterdam. Volgende update: 15.00 uur per sms door Kevin.", or that has no colon
    and no verb: "Volgende update om 13.00 uur in dit ticket door Kevin."."""
    out = []
    for opening in _SENTENCE_START.finditer(folded):
        start = opening.end()
        label = [(s, e) for s, e in words.next_step_fields.find(folded, start, start + 40) if s == start]
        if not label:
            continue
        after = label[0][1]
        stop = _SENTENCE_END.search(folded, after)
        end = stop.start() + 1 if stop else len(folded)
        colon = folded[after:after + 1] == ":"
        if not colon and (folded[after:after + 1] not in (" ", "\t") or _has_finite_verb(doc, start, end)):
            continue
        if colon and value_is_sentence(doc, after + 1, end):
            continue  # "Update: de koppeling werkt sinds 12.15 uur weer": the clause says it
        if not colon and words.timestamp_labels.find(folded, *label[0]) == [label[0]] \
                and CLOCK_AFTER_LABEL.match(folded, after):
            continue  # "Update 13.00 uur" over a status text dates this update; "update om 15.00" promises one
        if concrete_time_spans(folded, after, end, words.concrete_when_words) \
                or dated_by_placeholder_in(placeholders, after, end):
            # also "Bezorgmoment: {{ datum }}"; "... door het storingsteam" names no one
            who = agent_of_field(folded, after, end, words, doc_text(doc))
            out.append(Promise(start, end, who, DONE, DONE, model_wording=who.ok))
    return out


# A sentence opens a text, a line, or follows ". " ("... Amsterdam. Volgende update: ..."),
# and a status line's parts follow ": ", "| " or ", " ("Storing pinautomaten: volgende
# update om 15.30 uur door Mehmet", "nog geen oorzaak bekend, update om 15.00 - Bram"),
# or a dash after a title ("Bestelling #31877 – levering gepland op dinsdag 8 december").
_SENTENCE_START = re.compile(r"(?m)(?:^[ \t]*|(?<=[.!?:|,–—])[ \t]+)(?=\w)")
# ... and ends at ". " or a line end; "15.00" and "2 dec." do not end it.
_SENTENCE_END = re.compile(r"(?<![\d.])[.!?](?=[ \t]+\S|\s*$)|\n")


def _has_finite_verb(doc: "Doc", start: int, end: int) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
               for t in doc if start <= t.idx < end)
