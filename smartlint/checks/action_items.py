"""Action lists and meeting notes: each action item is a promise, its label the actor.

Read line by line from the message text (a list does not parse into sentences):

* an action item is a list line ("- ", "* ", "• ", "[ ] ", "1. ") or a line under an
  action heading (lexicon ``action_list_headings``: "Actiepunten", "To do") whose text
  holds an infinitive ("offerte mailen", "de klacht oppakken").  An owner label before
  ":" or a dash ("Kees:", "PM:", "- Team support:", "[ ] Jeroen —") is the actor; a team
  label ("Team:") is vague, and an item under an action heading without a label has
  no owner.  What and when are judged like a promise's (``vague_actions``, concrete
  moments);
* a "Volgende meeting/overleg/afspraak ..." line (lexicon ``next_meeting_labels``) is
  a promise that needs a date and a clock time.

Dutch words come from the lexicon and rules/smart.yaml; this module holds the line
shapes only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from smartlint.checks.action_fields import (
    RULE_ROW,
    column_roles,
    fielded_item,
    fields_of,
    names_someone,
    owner_line,
    table_row,
)
from smartlint.checks.action_words import (
    FUNCTION_WORDS,
    finite_form,
    has_infinitive,
    infinitive,
    item_what,
    item_when,
    prose,
    team_label,
)
from smartlint.checks.minute_lines import minuted
from smartlint.checks.promise_parts import DONE, Part, Promise
from smartlint.checks.promise_words import PromiseWords
from smartlint.checks.timeexpr import clock_time_spans, concrete_time_spans, find_dates
from smartlint.checks.word_classes import CUSTOMER_PRONOUNS, DETERMINERS, MODALS, READER_WORDS, WORDEN
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon
from smartlint.nl.verbs import follows_form, participle_only

# A list marker: dash, star, bullet, check box (typed or the Unicode box) or number.
_MARKER = r"(?:[-*•▪◦‣–—→➔►]|\[[ xX]?\]|[☐☑☒✓✔]|\d{1,2}[.)])"
_LINE = re.compile(rf"(?m)^[ \t]*(?P<marker>(?:{_MARKER}[ \t]+){{1,2}})?(?P<body>\S[^\n]*?)[ \t]*$")
# An owner label: one to three words before ":" or a dash ("Kees:", "Team support:",
# "Jeroen —"), a fourth when it is a name's ("Jeugdwerker Sami El Khatib:").
# "Kees:", "Team support:", "Rik (IT):", "Facilitair (Wim):", "Ellen + Bas:"
_LABEL = re.compile(r"(?P<label>[^\W\d][\w'./&+-]*(?:[ \t]+[\w'./&+-]+){0,2}(?:[ \t]+[A-Z][\w'-]*)?(?:[ \t]*\([^()\n:]{1,30}\))?)"
                    r"[ \t]*(?::|[—–-](?=[ \t]))[ \t]*(?=\S)")
# A name in brackets after a team: "Facilitair (Wim)" names the person to address.
_BRACKETED_NAME = re.compile(r"\([^()]*?\b[A-Z][a-zà-ÿ]")
_WORD = re.compile(r"[\w'-]+")
# The task first, its owner after the colon: "Klanten informeren: Koen, vandaag 16.00 uur",
# "Tekening aanpassen: Wim" (the owner alone ends the line).
_OWNER_AFTER = re.compile(r"(?P<task>[^\W\d][^:\n]{2,80}?)[ \t]*:[ \t]*(?P<owner>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)"
                          r"(?:[ \t]*,[ \t]*\S|[ \t]*$)")


@dataclass(frozen=True)
class _Line:
    start: int  # of the body (after the list marker)
    end: int
    listed: bool  # has a list marker
    line_start: int  # of the line's first character (its list marker)


_OWNER_THEN_DASH = re.compile(r"[ \t]+[A-Z][\w.'-]{0,40}[ \t]+[—–-][ \t]")


def action_list_promises(text: str, folded: str, words: PromiseWords, recipient: str | None = None) -> list[Promise]:
    """The action items and next-meeting lines of a message, as promises; ``recipient``
    (the client the message is for) owns no item of ours ("- Hotel: sleutel klaarleggen")."""
    lex = lexicon()
    reader = tuple(_WORD.findall(fold(recipient))) if recipient else ()
    headings, meetings = lex["action_list_headings"], lex["next_meeting_labels"]
    out: list[Promise] = []
    under_heading = listed_seen = readers_tasks = False
    columns: dict[int, str] | None = None  # an action table's column roles
    group_owner: tuple[int, int] | None | bool = False  # "Eigenaar: Wilma" over the items below
    for m in _LINE.finditer(text):
        line = _Line(m.start("body"), m.end("body"), bool(m.group("marker")), m.start())
        body = folded[line.start:line.end]
        if any(s == 0 for s, _ in meetings.find(body)):
            out.append(_meeting(folded, line, words))
            continue
        label = headings.find(folded, line.start, line.end)
        labelled = False  # "Acties: bewoners informeren": an item even without an owner
        if label and label[0][0] == line.start and folded[label[0][1]:label[0][1] + 1] == ":" \
                and folded[label[0][1] + 1:line.end].strip():
            # "Actie: extra agents inroosteren (Monique) – vóór maandag": the label marks an item
            after = label[0][1] + 1
            labelled = True
            line = _Line(after + len(text[after:line.end]) - len(text[after:line.end].lstrip()), line.end, True,
                         line.line_start)
        elif label and label[0][0] == line.start and _OWNER_THEN_DASH.match(text, label[0][1], line.end):
            # "Actie Jorn — bellen met klant over migratie — binnenkort": the label, one owner
            # word and dash fields make an item (not "Notulen overleg X – Y, 19 november")
            line = _Line(line.start, line.end, True, line.line_start)
        cells = table_row(text, line.start, line.end)
        if cells is None and not line.listed:
            # a table written without its outer bars: a header row, or a row under one
            bare = table_row(text, line.start, line.end, bare=True)
            cells = bare if bare is not None and (columns is not None or column_roles(folded, bare)) else None
        if cells is not None or RULE_ROW.match(text, line.start, line.end):
            if cells is not None and columns is not None:
                item = fielded_item(text, folded, line.start, line.end, line.line_start, words, True,
                                    fields=cells, roles=columns)
                out += [item] if item is not None else []
            elif cells is not None:
                columns = column_roles(folded, cells)
            continue
        columns = None
        if not line.listed:
            found = owner_line(text, folded, line.start, line.end)
            if found is not False:
                group_owner = found  # "Eigenaar: Wilma", "Eigenaar: –"
                continue
        title = body.rstrip(":").strip()
        heading = headings.find(title) if not line.listed else []
        if heading and heading[0][0] == 0 and (heading[0][1] == len(title) or not _has_verb_form(title, words)):
            # "Actiepunten", "Acties:", "Actiepunten overleg Bouwbedrijf Stam, 3 december":
            # a list of items follows
            under_heading, listed_seen = True, False
            # "To do voor jou, Mila:", "Jouw acties:": the reader's tasks, requests to him
            readers_tasks = _for_the_reader(_WORD.findall(title))
            continue
        if under_heading and not line.listed and listed_seen:
            under_heading = False  # prose after the heading's marked items closes the list
        if under_heading and readers_tasks:
            listed_seen = listed_seen or line.listed
            if line.listed:
                out.append(Promise(line.line_start, line.end, DONE, DONE, DONE, readers_task=True))
            continue
        if line.listed or under_heading:
            listed_seen = listed_seen or line.listed
            grouped = group_owner is not False and line.listed
            item = None if grouped or _checked(m.group("marker")) else \
                _action_item(text, folded, line, words, owner_required=not (under_heading or labelled), reader=reader)
            named = _named_label(text, folded, line, reader) if item is None and not grouped else None
            if named is not None and not _checked(m.group("marker")):
                # "- Ilse: mail met samenvatting – vandaag": a person's label over a task named by
                # a noun; the fields after the label hold the task and its moment
                item = fielded_item(text, folded, named[1], line.end, line.line_start, words,
                                    in_list=True, owner=named[0], single=True)
            elif (item is None or item.who.detail == "owner") and not _checked(m.group("marker")):
                # the fields' reading ("Task – Anke – 9 december") where no owner label was found
                item = fielded_item(text, folded, line.start, line.end, line.line_start, words,
                                    in_list=under_heading or grouped, owner=group_owner or None,
                                    single=grouped) or item
            if item is not None and minuted(folded, line.start, line.end,
                                            labelled=_LABEL.match(text, line.start, line.end) is not None):
                continue  # "- Geen nieuwe klachten ontvangen sinds oktober": a status, no task
            if item is not None:
                out.append(item)
            elif not line.listed:
                under_heading = False  # a line of prose ends the list (Markdown drops the markers)
        elif group_owner is not False:
            group_owner = False  # a line of prose ends the owner's group
        elif _task_first(text, folded, line, words):
            # a line of fields outside a list, whole: "Klant bellen — do 10-12 — Ingrid" (not
            # a title: "Notulen overleg Jansen – Verhoeven, 19 november 2026")
            item = fielded_item(text, folded, line.start, line.end, line.line_start, words, in_list=False)
            out += [item] if item is not None and item.complete else []
    return out


def _task_first(text: str, folded: str, line: _Line, words: PromiseWords) -> bool:
    """The line's first field holds an infinitive: a task ("Klant bellen m.b.t. ..."); not
    the title line over more text ("Notulen overleg Jansen – Verhoeven, 19 november")."""
    if not text[:line.line_start].strip() and text[line.end:].strip():
        return False
    fields = fields_of(text, line.start, line.end)
    return len(fields) > 1 and has_infinitive(_WORD.findall(folded, fields[0].start, fields[0].end), words)


def _before_readers_clause(body: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The item's words before a clause of the reader's ("u kunt", "je moet"): "-
    Wedstrijdagenda: een overzicht van wedstrijden waarvoor u kunt inschrijven" defines a
    menu item; its infinitive is the reader's, no task of an owner."""
    for k in range(len(body) - 1):
        pair = {body[k][2], body[k + 1][2]}  # "u kunt", or inverted: "Hier kunt u"
        if pair & CUSTOMER_PRONOUNS and pair & MODALS:
            return body[:k]
    return body


def _asks(label: str) -> bool:
    """The label asks (lexicon ``question_openers``): "Wat merkt u:" owns nothing."""
    words = label.split()
    return bool(words) and words[0] in lexicon()["question_openers"].words


def _readers_label(label: str, reader: tuple[str, ...] = ()) -> bool:
    """The owner label names the reader: "Klant", "De klant", "U", "Jij" (lexicon
    ``customer_nouns``, the reader's pronouns), or the client the message is for by its
    first word ("Hotel:", "Camping (dhr. Sterk):" for Hotel De Wadden, Camping Zeebries)."""
    words = label.split()
    if reader and _WORD.findall(label)[:1] == list(reader[:1]):
        return True
    if len(words) > 1 and words[0] in DETERMINERS:  # "De klant", "Onze klant"
        words = words[1:]
    return len(words) == 1 and (words[0] in CUSTOMER_PRONOUNS or words[0] in lexicon()["customer_nouns"].words)


def _checked(marker: str | None) -> bool:
    """"[x] Bo — contract getekend", "✓ ...": a ticked box marks a task that is done."""
    return bool(marker) and any(box in marker for box in ("[x]", "[X]", "☑", "✓", "✔"))


def _action_item(text: str, folded: str, line: _Line, words: PromiseWords, owner_required: bool,
                 reader: tuple[str, ...] = ()) -> Promise | None:
    reversed_item = _owner_after(text, folded, line, words)
    if reversed_item is not None:
        return reversed_item
    label = _LABEL.match(text, line.start, line.end)
    if label is not None and has_infinitive(_WORD.findall(folded[label.start("label"):label.end("label")]), words):
        label = None  # "- Exportbestand aanpassen – vóór woensdag": the action, no owner
    if label is not None and lexicon()["field_labels"].find(folded[label.start("label"):label.end("label")]):
        return None  # "- Probleem: doorschakelen werkt niet", "Status: ...": a field, no item
    if label is not None and not _could_own(text, folded, label.start("label"), label.end("label"), words):
        return None  # "- patern: Een regex definitie waar de waarde aan moet voldoen": a term defined
    if label is not None and folded[label.start("label"):label.end("label")] in lexicon()["owner_field_labels"] \
            and not _role_with_task(folded, label, line, words):
        return None  # "• Wie: – | Wat: ... | Wanneer: ...": the owner is the field's value, read as fields
    if label is not None and _readers_label(folded[label.start("label"):label.end("label")], reader):
        return None  # "- Klant: tekent en stuurt terug": the reader's own step, not a promise of ours
    if label is not None and _asks(folded[label.start("label"):label.end("label")]):
        return None  # "- Wat merkt u: meldingen komen niet binnen": a question the line answers
    body_start = label.end() if label else line.start
    if label is None and owner_required:
        return None  # a plain list line ("- Besproken: ...", "- Iedereen is akkoord"): no item
    body = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(folded, body_start, line.end)]
    if label is not None and body and _own_subject(text, body, words):
        # "- Feedback klantenpanel: we bespreken dit later", "- Belscripts: Chantal stuurt ...":
        # the label is a topic, the sentence after it names its own actor
        return None
    # "Kees: offerte mailen" or, with an owner, "Lars: belt ma 7 dec om 9.00 uur met Gerda"
    if label is None and prose([w for _, _, w in body], words):
        return None  # "- De aanleg liep drie weken uit", "1. Ik bestel vandaag ...": a sentence
    if label is not None and body and (body[0][2] in WORDEN or follows_form(body[0][2])):
        # "- Nieuwe pc's: worden geleverd", "- Factuur: volgt": the label names the thing
        # the line is about; nobody is said to do it
        # up to its participle ("worden z.s.m. opgehaald"), or just the verb
        end = next((e for _, e, w in body[1:5] if w in words.participles or participle_only(w)), body[0][1])
        who = Part("vague", body[0][0], end, "passive" if body[0][2] in WORDEN else "follows")
        return Promise(line.line_start, line.end, who, item_what(body, words),
                       item_when(folded, body_start, line.end, words), action_item=True)
    finite_first = label is not None and bool(body) and finite_form(body[0][2])
    if not finite_first and not has_infinitive([w for _, _, w in _before_readers_clause(body)], words):
        return None
    if label is not None:
        s, e = label.start("label"), label.end("label")
        team = team_label(folded, s, e, words) and not _BRACKETED_NAME.search(text, s, e)
        who = Part("vague", s, e, "actor") if team else DONE
    else:
        # no owner: report the item up to its verb ("Offerte kassasysteem mailen")
        verb_end = next((e for s, e, w in reversed(body) if infinitive(w, words)), line.end)
        who = Part("vague", body_start, verb_end, "owner")
    when = item_when(folded, body_start, line.end, words,
                     label=(label.start("label"), label.end("label")) if label is not None else None)
    # the whole line, marker included: the sentence analysis's reading of it gives way
    return Promise(line.line_start, line.end, who, item_what(body, words), when, action_item=True)


def _named_label(text: str, folded: str, line: _Line, reader: tuple[str, ...] = ()) -> tuple[tuple[int, int], int] | None:
    """The owner label before a colon that names someone (lexicon ``first_names``,
    ``person_roles``, ``staff_nouns``, ``team_nouns``: "Ilse:", "Chauffeur Mehmet:"), with
    where the line goes on after it; None for a topic label ("Feedback klantenpanel:")."""
    label = _LABEL.match(text, line.start, line.end)
    if label is None or ":" not in text[label.end("label"):label.end()]:
        return None
    s, e = label.start("label"), label.end("label")
    lex = lexicon()
    if lex["field_labels"].find(folded[s:e]) or folded[s:e] in lex["owner_field_labels"] \
            or _readers_label(folded[s:e], reader):
        return None
    found = _WORD.findall(folded, s, e)
    if not any(w in lex["first_names"] or w in lex["team_nouns"] or names_someone(w) for w in found):
        return None
    return (s, e), label.end()


def _could_own(text: str, folded: str, start: int, end: int, words: PromiseWords) -> bool:
    """An owner label is capitalised (a name: "Kees", "Team support") or holds a word for
    someone (lexicon ``first_names``, ``person_roles``, ``staff_nouns``, a team, the
    speaker: "monteur", "wij"); a lower-case term is what a definition list defines."""
    if text[start:end].lstrip()[:1].isupper() or team_label(folded, start, end, words):
        return True
    lex = lexicon()
    people = (lex["first_names"], lex["person_roles"], lex["staff_nouns"], lex["speaker_pronouns"], lex["team_nouns"])
    return any(w in names for w in _WORD.findall(folded, start, end) for names in people)


def _owner_after(text: str, folded: str, line: _Line, words: PromiseWords) -> Promise | None:
    """"- Rapport met oorzaak: Linda, uiterlijk dinsdag 8 december": the task before the
    colon, then its owner (a capitalised name before a comma) and its moment."""
    m = _OWNER_AFTER.match(text, line.start, line.end)
    if m is None or lexicon()["field_labels"].find(folded[m.start("task"):m.end("task")]):
        return None  # "Status: Opgelost, om 14.20 uur" is a field
    task = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(folded, m.start("task"), m.end("task"))]
    if not has_infinitive([w for _, _, w in task], words) \
            and not concrete_time_spans(folded, m.end("owner"), line.end, words.concrete_when_words):
        return None  # "Locatie: Utrecht, zaal 3" names no task
    s, e = m.start("owner"), m.end("owner")
    who = Part("vague", s, e, "actor") if team_label(folded, s, e, words) else DONE
    when = item_when(folded, e, line.end, words)
    if when.status == "missing" and when.start == when.end:
        when = Part("missing", line.start, line.end)  # "Tekening aanpassen: Wim": the whole item
    return Promise(line.line_start, line.end, who, item_what(task, words), when, action_item=True)






def _own_subject(text: str, body: list[tuple[int, int, str]], words: PromiseWords) -> bool:
    """The text after a label opens with its own subject: a subject pronoun ("we
    bespreken dit later") or a capitalised name before a finite verb ("Chantal stuurt")."""
    from smartlint.checks.word_classes import SUBJECT_PRONOUNS

    if body[0][2] in SUBJECT_PRONOUNS:
        return True
    return len(body) > 1 and text[body[0][0]:body[0][0] + 1].isupper() and finite_form(body[1][2])


def _for_the_reader(title: list[str]) -> bool:
    """An action heading for the reader: "Jouw acties", "To do voor jou, Mila", "Uw
    actiepunten"; not "Actiepunten na uw gesprek" (the reader's word owns another noun)."""
    return any(w in READER_WORDS and (k == 0 or title[k - 1] == "voor" or k == len(title) - 1)
               for k, w in enumerate(title))


def _role_with_task(folded: str, label: re.Match, line: _Line, words: PromiseWords) -> bool:
    """"- PM: planning v2 delen wo 9 dec": a role as the label of a task with its verb is
    the task's owner, not a field "Monteur: –" whose value names who."""
    rest = folded[label.end():line.end].split("|")[0]
    return folded[label.start("label"):label.end("label")] in lexicon()["person_roles"] \
        and has_infinitive(_WORD.findall(rest), words)


def _has_verb_form(title: str, words: PromiseWords) -> bool:
    """A heading that is a sentence ("Actiepunten zijn verstuurd") is no heading; "het",
    "met" are no verb forms in it ("To-do na het gesprek met mw. Dijkstra")."""
    return any(infinitive(w, words) or finite_form(w) and w not in FUNCTION_WORDS for w in _WORD.findall(title))


def _meeting(folded: str, line: _Line, words: PromiseWords) -> Promise:
    """"Volgende meeting 3 april, 10.00 te Hoofddorp": a day and a clock time.  The
    line's first sentence is the meeting; what follows ("Floortje stuurt de
    agenda-uitnodiging.") is a promise of its own."""
    stop = re.search(r"[.!?](?:\s|$)(?<!\d\.\s)", folded[line.start:line.end])
    end = line.start + stop.start() if stop else line.end
    day = find_dates(folded[line.start:end], folded[line.start:end]) or words.concrete_when_words.find(
        folded, line.start, end
    ) or _weekday(folded, line.start, end)
    clock = clock_time_spans(folded, line.start, end)
    if day and clock:
        when = Part("concrete", line.start, end)
    else:
        when = Part("missing", line.start, end, "meeting")
    return Promise(line.start, end, DONE, DONE, when, action_item=True, meeting=True)


def _weekday(folded: str, start: int, end: int) -> list:
    from smartlint.checks.timeexpr import WEEKDAYS

    return [w for w in _WORD.findall(folded[start:end]) if w in WEEKDAYS and len(w) > 2]
