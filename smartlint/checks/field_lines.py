"""Field lines: a label, a colon and its value, read as a promise.

* "Levering: woensdag 25 november vóór 7.00 uur door chauffeur Ricardo" -- a
  ``next_step_fields`` label with a concrete moment is a complete next step, with or
  without the colon ("Volgende update om 10:30 hier in de chat");
* "Actie Erik: declaraties vóór 1 december insturen" -- an ``action_item_labels``
  label: owner, action and moment judged like a list's action item;
  "Actie: transferbedrijf opnieuw bekijken" names no owner.

Dutch words come from the lexicon (rules/smart.yaml); this module holds the shapes.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING

from smartlint.checks.action_fields import (
    Field,
    fielded_item,
    fields_of,
    own_sentence,
    value_is_sentence,
)
from smartlint.checks.action_words import (
    agent_of_field,
    has_infinitive,
    item_what,
    item_when,
    team_label,
)
from smartlint.checks.clauses import content_sentences
from smartlint.checks.promise_parts import DONE, Part, Promise
from smartlint.checks.promise_words import PromiseWords
from smartlint.checks.timeexpr import concrete_time_spans
from smartlint.nl.lexicon import lexicon
from smartlint.nl.verbs import is_irregular_past
from smartlint.placeholders import dated_by_placeholder_in

if TYPE_CHECKING:
    from spacy.tokens import Doc

_FIELD_LINE = re.compile(r"(?m)^[ \t]*(?:[-*•–—][ \t]+)?([^\n:]{2,40}):[ \t]*(\S[^\n]*)$")
# A label after a sentence on its line; read only when it opens with an action label
# ("... met 3,1%. Actie Hester: stuurt alle huurders dinsdag 8 december een brief").
# (the label and value in a lookahead: every sentence start of a line is tried)
_INLINE_LABEL = re.compile(r"(?m)(?<=[.!?])[ \t]+(?=([^\W\d][^\n:.!?]{1,30}):[ \t]*(\S[^\n]*)$)")
_WORD = re.compile(r"[\w'-]+")
# A bracket inside an item's value that may name its owner: "(Monique)", "(eigenaar:
# kwaliteitsteam)" (the label's words: lexicon action_owner_columns).
_BRACKETED_OWNER = re.compile(r"\(([^()\n]{1,40})\)")


def field_line_promises(doc: "Doc", text: str, folded: str, words: PromiseWords, placeholders=()) -> list[Promise]:
    """Field lines that are a next step ("Levering: woensdag 25 november, 7.00 uur"; a
    date placeholder is a moment: "Bezorgmoment: {{ bezorgdatum }}") and action items."""
    # an item written as a block of field lines first: its lines are no fields of their own
    found = _field_blocks(text, folded, words)
    in_blocks = [(p.start, p.end) for p in found]
    for m in itertools.chain(_FIELD_LINE.finditer(text), _INLINE_LABEL.finditer(text)):
        if any(s <= m.start(1) < e for s, e in in_blocks):
            continue
        label = folded[m.start(1): m.end(1)].strip()
        item = words.action_item_labels.find(label)
        if m.re is _INLINE_LABEL and not (item and item[0][0] == 0 and label[item[0][1]:].strip()):
            continue  # after a sentence only "Actie <naam>:" opens an item
        if label in lexicon()["owner_field_labels"] and len(fields_of(text, m.start(2), m.end(2))) > 1:
            # "Eigenaar: team Facturatie — creditnota versturen — vrijdag 11 december"
            fielded = fielded_item(text, folded, m.start(1), m.end(2), m.start(), words, in_list=True)
            found += [fielded] if fielded is not None else []
            continue
        if item and item[0][0] == 0 and label[item[0][1]:].strip():
            found.append(_action_item(text, folded, m, m.start(1) + item[0][1], words))
            continue
        if item and item[0] == (0, len(label)) and (own_sentence(text, folded, Field(m.start(2), m.end(2)))
                                                     or _parsed_sentence(doc, m.start(2), m.end(2))):
            continue  # "Actie: Mehmet en Kim evalueren de procedure": the sentence names its actor
        fielded = fielded_item(text, folded, m.start(2), m.end(2), m.start(), words, in_list=True) \
            if item and item[0] == (0, len(label)) else None
        if fielded is not None and fielded.who.detail != "owner":
            found.append(fielded)  # "Actie: agents inroosteren (Monique) – vóór maandag 7 december"
            continue
        if item and item[0] == (0, len(label)) and has_infinitive(_WORD.findall(folded, m.start(2), m.end(2)), words):
            # "Actie: transferbedrijf opnieuw bekijken": an item without an owner, unless one
            # stands in brackets ("... herzien (eigenaar: kwaliteitsteam), deadline 1 december")
            owner = _bracketed_owner(text, folded, m.start(2), m.end(2), words)
            if owner is None:
                who = Part("vague", m.start(1), m.start(1) + len(label), "owner")
            else:
                who = Part("vague", *owner, "actor") if team_label(folded, *owner, words) else DONE
            found.append(dataclasses.replace(_action_item(text, folded, m, m.end(1), words), who=who))
            continue
        if any(s == _possessive_length(label) for s, _ in words.next_step_fields.find(label)):
            if any(s == 0 for s, _ in words.timestamp_labels.find(label)) \
                    and concrete_time_spans(folded, m.start(1), m.end(1), words.concrete_when_words):
                continue  # "Update 10.15 uur: de storing duurt voort": this update's time, no next one
            dated = concrete_time_spans(folded, m.start(2), m.end(2), words.concrete_when_words) \
                or dated_by_placeholder_in(placeholders, m.start(2), m.end(2))
            sentence = value_is_sentence(doc, m.start(2), m.end(2))
            if dated and not sentence:
                # "... door onze bezorgdienst": a team named as the sender is no one to address
                who = agent_of_field(folded, m.start(2), m.end(2), words, text)
                found.append(Promise(m.start(1), m.end(2), who, DONE, DONE, model_wording=who.ok))
            else:
                vague = words.vague_when_words.find(folded, m.start(2), m.end(2))
                # (at the value's start, or of its last field after a comma: "Transportbedrijf
                # Hofstede, datum volgt"; a clause as the value only when it ends in the vague
                # moment: "Volgende update: zodra er meer bekend is")
                value_end = m.start(2) + len(folded[m.start(2):m.end(2)].rstrip(" .!"))
                after_comma = bool(vague) and folded[m.start(2):vague[0][0]].rstrip().endswith(",")
                if vague and (vague[0][0] - m.start(2) <= len("binnen ") or after_comma) \
                        and (not sentence or vague[0][1] == value_end
                             and (vague[0][0] == m.start(2) or after_comma)):
                    # "Levering: binnen een paar dagen": the next step by no one, at no moment
                    # (a carrier or name in the value or the message is the one who delivers)
                    named = any(w[:1].isupper() for w in text[m.start(2):m.end(2)].split()) \
                        or lexicon()["company_names"].find(folded)
                    who = DONE if named else Part("vague", m.start(1), m.end(2), "follows")
                    found.append(Promise(m.start(1), m.end(2), who, DONE, Part("vague", *vague[0], ""), field_line=True))
        elif (label.split() or [""])[0] not in _OTHERS_POSSESSIVES \
                and _named_appointment(doc, text, folded, m.start(2), m.end(2), words):
            # "Je sessie staat vast: maandag 14 december, 19.00 uur, trainer Mirthe"
            found.append(Promise(m.start(1), m.end(2), DONE, DONE, DONE, model_wording=True))
    for sent in content_sentences(doc):
        # without a colon: "Volgende update om 10:30 hier in de chat", also as one field of
        # a status line: "Uitval portaal – oorzaak: ... – volgende update 11.00 uur door Femke"
        sentence = folded[sent.start_char:sent.end_char]
        first = sent.start_char + len(sentence) - len(sentence.lstrip(" \t\n-*•"))
        last = sent.start_char + len(sentence.rstrip())
        for start, end in [(f.start, f.end) for f in fields_of(text, first, last) if f.end > f.start] or [(first, last)]:
            label = words.next_step_fields.find(folded, start, end)
            if not label or label[0][0] != start or any(p.start <= start < p.end for p in found):
                continue
            times = concrete_time_spans(folded, label[0][1], end, words.concrete_when_words)
            between = folded[label[0][1]:times[0][0]].split() if times else []
            # (a bare "Update 16.40 uur" dates the update itself: a heading, no next step;
            # "update om 15.00 uur" is the next one)
            if words.timestamp_labels.find(folded, *label[0]) == [label[0]] and not between:
                continue
            if times and _told_in_the_past(folded, start, end):
                continue  # "Levering stenen week 24 verliep volgens planning": minutes, no step
            if times and len(between) <= 1:
                # the moment right after the label, at most a preposition between
                who = agent_of_field(folded, label[0][1], end, words, text)  # "... door het storingsteam"
                found.append(Promise(start, end, who, DONE, DONE, model_wording=who.ok))
    found += [p for p in _booked(text, folded, words, placeholders) if not any(q.start <= p.start < q.end for q in found)]
    return _unassigned(text, folded, found)



def _told_in_the_past(folded: str, start: int, end: int) -> bool:
    """A past form stands in the field: what happened, not a next step."""
    return any(is_irregular_past(w) for w in _WORD.findall(folded, start, end))  # (not "offerte")


def _bracketed_owner(text: str, folded: str, start: int, end: int, words: PromiseWords) -> tuple[int, int] | None:
    """The owner a bracket in [start, end) names: an owner field ("(eigenaar:
    kwaliteitsteam)"), a name ("(Monique)") or a team; None for "(zie bijlage)"."""
    m = _BRACKETED_OWNER.search(folded, start, end)
    if m is None:
        return None
    s, e = m.span(1)
    colon = folded.find(":", s, e)
    if colon >= 0:
        if folded[s:colon].strip() not in lexicon()["action_owner_columns"]:
            return None  # "(zie: bijlage)", "(status: open)"
        s = colon + 1
    while s < e and folded[s] in " \t":
        s += 1
    if s >= e or not (colon >= 0 or text[s].isupper() or team_label(folded, s, e, words)):
        return None
    return s, e


def _field_blocks(text: str, folded: str, words: PromiseWords) -> list[Promise]:
    """"Wie: Thomas / Wat: klant bellen over de vochtplek / Wanneer: maandag 7 december,
    11.00 uur", "Volgende stap: offerte mailen / Door: Shanti" on consecutive lines
    (lexicon ``action_*_columns``): one action item; without a when line it has no moment."""
    lex = lexicon()
    kinds = (("owner", lex["action_owner_columns"]), ("task", lex["action_task_columns"]),
             ("when", lex["action_when_columns"]))
    blocks: list[dict[str, re.Match]] = []
    last_end = -2
    for m in _FIELD_LINE.finditer(text):
        label = folded[m.start(1):m.end(1)].strip()
        kind = next((k for k, names in kinds if label in names), None)
        if kind is None:
            last_end = -2
            continue
        if m.start() > last_end + 1 or kind in blocks[-1]:
            blocks.append({})
        blocks[-1][kind] = m
        last_end = m.end()
    out = []
    for block in blocks:
        if not {"owner", "task"} <= set(block):
            continue
        owner, task = block["owner"], block["task"]
        value = folded[owner.start(2):owner.end(2)].strip()
        empty = value in lex["unassigned_values"]
        who = Part("vague", owner.start(2), owner.end(2), "owner") if empty else \
            Part("vague", owner.start(2), owner.end(2), "actor") if team_label(folded, owner.start(2), owner.end(2), words) \
            else DONE
        body = [(x.start(), x.end(), x.group()) for x in _WORD.finditer(folded, task.start(2), task.end(2))]
        start, end = min(m.start(1) for m in block.values()), max(m.end(2) for m in block.values())
        when = block.get("when", task)  # (no when line: the task's words hold no moment)
        out.append(Promise(start, end, who, item_what(body, words), item_when(folded, when.start(2), when.end(2), words),
                           action_item=True))
    return out


_ACTOR_KINDS = ("person", "speaker", "team", "customer")  # not a thing: "offerte ... e-mail/VERB"


def _parsed_sentence(doc: "Doc", start: int, end: int) -> bool:
    """The clause analysis reads a clause in [start, end) with its finite verb and its
    subject there ("Volgende stap: Jasper van de servicedesk belt je vandaag ..."): the
    sentence names its actor, however long the name."""
    from smartlint.nl.clauses import clauses_of

    return any(c._.finite is not None and c._.subject is not None and c._.subject_kind in _ACTOR_KINDS
               and start <= c._.subject.start_char < c._.finite.idx < end for c in clauses_of(doc))


def _possessive_length(label: str) -> int:
    """Where a field label's noun starts after the reader's possessive ("Uw afspraak:",
    "Je levering:"; lexicon ``reader_possessives``): 0 without one."""
    first = label.split(" ", 1)[0]
    return len(first) + 1 if " " in label and first in lexicon()["reader_possessives"] else 0


# Possessives of a third person (closed class): "Zijn afspraak: ..." is someone else's.
_OTHERS_POSSESSIVES = {"zijn", "haar", "hun"}
_ROLE_AND_NAME = re.compile(r"(?<![\w-])([a-zà-ÿ][a-zà-ÿ-]{3,}) (?:[A-Z][a-zà-ÿ]+)(?: (?:en|&) [A-Z][a-zà-ÿ]+)?(?![\w-])")


def _booked(text: str, folded: str, words: PromiseWords, placeholders) -> list[Promise]:
    """A run of field lines that confirms a booking ("Afspraakbevestiging" / "Behandeling:
    ... bij tandarts Van Rijn" / "Moment: donderdag 10 december, 14.15 uur"; "Uw afspraak:" /
    "- Datum: %{datum}, %{tijd}"): a booking word (lexicon ``booking_words``) in the run
    or the line above it, and a value that opens with a concrete moment or a date
    placeholder.  The confirmed appointment is the customer's next step."""
    lex = lexicon()
    runs: list[list[re.Match]] = []
    for m in _FIELD_LINE.finditer(text):
        if (folded[m.start(1):m.end(1)].split() or [""])[0] in _OTHERS_POSSESSIVES:
            continue  # "Zijn afspraak: ...": someone else's
        if runs and text.count("\n", runs[-1][-1].end(), m.start()) <= 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    found = []
    for run in runs:
        above = text.rfind("\n", 0, max(0, run[0].start() - 1)) + 1
        if not lex["booking_words"].find(folded, above, run[-1].end()) \
                or any(lex["next_meeting_labels"].find(folded, m.start(1), m.end(1)) for m in run):
            continue  # (a next meeting needs a date and a time: the meeting rule reads it)
        for m in run:
            if lex["past_field_labels"].find(folded, m.start(1), m.end(1)):
                continue
            head = min(m.end(2), m.start(2) + 40)
            times = concrete_time_spans(folded, m.start(2), head, words.concrete_when_words)
            if (times and times[0][0] - m.start(2) <= len("op ")) or dated_by_placeholder_in(placeholders, m.start(2), head):
                found.append(Promise(run[0].start(1), run[-1].end(2), DONE, DONE, DONE, model_wording=True))
                break
    return found


def _named_appointment(doc: "Doc", text: str, folded: str, start: int, end: int, words: PromiseWords) -> bool:
    """A field value that is no sentence, with a concrete moment and a person named
    by role ("maandag 14 december, 19.00 uur, trainer Mirthe", "di 8 dec tussen 12 en 16
    uur, bezorgers Ruud en Ahmed"): a confirmed appointment, whatever the label says."""
    if not concrete_time_spans(folded, start, end, words.concrete_when_words) or value_is_sentence(doc, start, end):
        return False
    function_words = lexicon()["dutch_function_words"].words
    return any(m.group(1) not in function_words for m in _ROLE_AND_NAME.finditer(text, start, end))


def _unassigned(text: str, folded: str, found: list[Promise]) -> list[Promise]:
    """"Monteur: –" above "Afspraak: dinsdag 8 december, 8.00-12.00 uur": an owner field
    says no one is assigned (lexicon ``owner_field_labels``, ``unassigned_values``), so the
    fields' next step has no who."""
    lex = lexicon()
    empty = None
    for m in _FIELD_LINE.finditer(text):
        label = folded[m.start(1): m.end(1)].strip()
        value = folded[m.start(2): m.end(2)].strip()
        if label in lex["owner_field_labels"] and value in lex["unassigned_values"]:
            empty = Part("vague", m.start(1), m.end(2), "owner")
            break
    if empty is None:
        return found
    return [dataclasses.replace(p, who=empty, model_wording=False) if p.model_wording and p.who is DONE else p
            for p in found]


def _action_item(text: str, folded: str, m: re.Match, owner_start: int, words: PromiseWords) -> Promise:
    """ "Actie Erik: declaraties vóór 1 december insturen": owner, action, moment."""
    owner_start += len(text[owner_start:m.end(1)]) - len(text[owner_start:m.end(1)].lstrip())
    owner_end = owner_start + len(text[owner_start:m.end(1)].rstrip())
    # the owner labels of action lists: "Actie Marketing:", "Actie team support:"
    who = Part("vague", owner_start, owner_end, "actor") if team_label(folded, owner_start, owner_end, words) else DONE
    body = [(x.start(), x.end(), x.group()) for x in _WORD.finditer(folded, m.start(2), m.end(2))]
    when = item_when(folded, m.start(2), m.end(2), words, label=(owner_start, owner_end))
    return Promise(m.start(1), m.end(2), who, item_what(body, words), when, action_item=True)
