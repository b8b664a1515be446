"""Action items laid out as fields rather than as "Owner: task" (action_items.py):

* a list line split by dashes or bars: "☐ Portaal vernieuwen – @Rik – ma 7-12 12:00",
  "→ Procesbeschrijving retouren – Anke – 9 december";
* an owner in brackets before the task and a moment in brackets after it:
  "- [Ilias] koppeling afmaken (vr 11 dec)", "- [?] performance test";
* a table row under a header row that names the columns ("| Actie | Wie | Wanneer |");
* items under an owner line ("Eigenaar: Wilma", "Eigenaar: –").

The task is the first field with an infinitive (else the first field), a field with a
moment is the when, a short field left over is the owner.  A field without letters
("?", "–", an empty cell) names no owner; "iedereen" or a team names no one to
address (lexicon ``team_actors``).  Column and label words come from the lexicon
(``action_task_columns``, ``action_owner_columns``, ``action_when_columns``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartlint.checks.action_words import (
    finite_form,
    has_infinitive,
    item_what,
    item_when,
    team_label,
)
from smartlint.checks.promise_parts import DONE, Part, Promise
from smartlint.checks.promise_words import PromiseWords
from smartlint.checks.timeexpr import concrete_time_spans
from smartlint.nl.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Between two fields: a dash or bar with space around it ("a – b", "a | b", "a - b").
_SEPARATOR = re.compile(r"[ \t]+[-–—|→][ \t]+|[ \t]*\|[ \t]*")
# "[Ilias] ..." / "@Rik": an owner marked as one.
_BRACKET_OWNER = re.compile(r"\[(?P<owner>[^\]\n]{0,30})\][ \t]*")
_AT_OWNER = re.compile(r"@[\w.-]+(?:[ \t]*[+&][ \t]*@[\w.-]+)*")
# "(vr 11 dec)" at the end: a moment in brackets.
_TRAILING_BRACKET = re.compile(r"[ \t]*\((?P<inner>[^()\n]{1,40})\)[ \t]*$")
_WORD = re.compile(r"[\w'-]+")
_BRACKETED = re.compile(r"\([^()\n]{0,40}\)")
_LETTER = re.compile(r"[^\W\d_]")
# A field that names itself: "Wie: Bas", "Wat: contract verlengen", "Wanneer: vóór 31 december".
_FIELD_LABEL = re.compile(r"(?P<label>[^\W\d_][\w ]{0,18}):[ \t]*")
# A table row: "| a | b | c |"; a separator row: "|---|:---:|".
_TABLE_ROW = re.compile(r"[ \t]*\|(?P<cells>.*)\|[ \t]*$")
RULE_ROW = re.compile(r"[ \t]*(?:\|[ \t]*)?:?-{2,}")  # (one run of blanks before and one after the bar: linear)


@dataclass(frozen=True)
class Field:
    start: int
    end: int
    marked_owner: bool = False  # "[Ilias]", "@Rik": an owner by its shape
    bracketed: bool = False  # "(vr 11 dec)" at the end: a moment or nothing


def fields_of(text: str, start: int, end: int) -> list[Field]:
    """The fields of a list line's body at [start, end)."""
    fields: list[Field] = []
    bracket = _BRACKET_OWNER.match(text, start, end)
    if bracket is not None:
        fields.append(Field(bracket.start("owner"), bracket.end("owner"), marked_owner=True))
        start = bracket.end()
    pos = start
    # not inside a range of times or numbers: "dinsdag 8 december 9.00 - 12.00 uur"
    separators = [m for m in _SEPARATOR.finditer(text, start, end)
                  if not (text[m.start() - 1:m.start()].isdigit() and text[m.end():m.end() + 1].isdigit())]
    for sep in [*separators, None]:
        stop = sep.start() if sep else end
        part = text[pos:stop]
        lead = len(part) - len(part.lstrip())
        body = part.strip()
        if sep is not None or body or fields:
            at = _AT_OWNER.fullmatch(body) if body else None
            field = Field(pos + lead, pos + lead + len(body), marked_owner=at is not None)
            trailing = _TRAILING_BRACKET.search(text, field.start, field.end)
            if trailing is not None and trailing.start() > field.start:
                # "Panelleden uitnodigen (Ingrid)", "koppeling afmaken (vr 11 dec)"
                fields += [Field(field.start, trailing.start()),
                           Field(trailing.start("inner"), trailing.end("inner"), bracketed=True)]
            else:
                fields.append(field)
        if sep is None:
            break
        pos = sep.end()
    return fields


def fielded_item(text: str, folded: str, start: int, end: int, line_start: int, words: PromiseWords,
                 in_list: bool, owner: tuple[int, int] | None = None,
                 fields: list[Field] | None = None, roles: dict[int, str] | None = None,
                 single: bool = False) -> Promise | None:
    """An action item read from its fields, or None when the line is no such item.
    ``in_list``: the line stands under an action heading, in an action table or under an
    owner line, where a task may be a noun ("Evaluatie planning"); ``owner``: the owner
    line's name above it; ``roles``: a table's column roles by field index."""
    fields = fields if fields is not None else fields_of(text, start, end)
    if roles is None:
        fields = _split_owner_fields(folded, fields)
    if roles is None and len(fields) < 2 and not single:
        return None  # one field: only under an owner line ("  - rapportage klachten")
    def words_of(f: Field) -> list[str]:
        return _WORD.findall(folded[f.start:f.end])

    if roles is not None:
        task = next((f for k, f in enumerate(fields) if roles.get(k) == "task"), None)
        owners = [f for k, f in enumerate(fields) if roles.get(k) == "owner"]
    else:
        fields = [_labelled(text, folded, f) for f in fields]
        fields = [_bracket_owner(text, folded, f, words) for f in _split_moments(folded, fields, words)]
        # a bracket that is neither a moment nor a name ("(zie bijlage)") belongs to the task
        fields = [f for f in fields if not (f.bracketed and not f.marked_owner and not _is_when(folded, f, words))]
        candidates = [f for f in fields if not (f.marked_owner or f.bracketed)]
        task = next((f for f in candidates if has_infinitive(words_of(f), words)), None)
        if task is None and not (in_list or any(f.marked_owner for f in fields)):
            return None  # "Storing – update 10.15 uur": no task, no owner: no action item
        task = task or next((f for f in candidates if words_of(f)), None)
        # (an owner field is no moment, though "nog te bepalen" would be one)
        rest = [f for f in fields if f is not task and (f.marked_owner or not _is_when(folded, f, words))]
        owners = [f for f in rest if f.marked_owner or 0 < len(words_of(f)) <= 4 or not _LETTER.search(text[f.start:f.end])]
        if len(rest) > 1 and not any(f.marked_owner for f in rest):
            return None  # more than one field left: prose with dashes, not owner and moment
    if task is None or not words_of(task) or own_sentence(text, folded, task):
        return None
    label = lexicon()["field_labels"].find(folded, task.start, task.end)
    if label and label[0][0] == task.start and (label[0][1] == task.end or folded[label[0][1]:label[0][1] + 1] == ":"):
        return None  # "Status – opgelost", "Aanwezig: Noa (studentenraad)": a field, no task
    task_words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded, task.start, task.end)]
    named = [f for f in owners if _LETTER.search(text[f.start:f.end])]
    unassigned = [f for f in owners if f.marked_owner and (folded[f.start:f.end].endswith(":")
                                                           or folded[f.start:f.end] in lexicon()["unassigned_values"])]
    if unassigned:  # "Wie: –", "Eigenaar: n.t.b.": no one is assigned
        who = Part("vague", unassigned[0].start, unassigned[0].end, "owner")
    elif named:
        s, e = named[0].start, named[-1].end
        who = Part("vague", s, e, "actor") if team_label(folded, s, e, words) else DONE
    elif owner is not None:
        who = Part("vague", *owner, "actor") if team_label(folded, *owner, words) else DONE
    else:
        who = Part("vague", task.start, task.end, "owner")
    return Promise(line_start, end, who, item_what(task_words, words), item_when(folded, start, end, words),
                   action_item=True)


def _split_owner_fields(folded: str, fields: list[Field]) -> list[Field]:
    """"Licentie verlengen vóór 1 december, wie: nog te bepalen", "2 mailboxen aanmaken.
    Eigenaar: Iris, maandag 21 december": an owner field after a comma, period or
    semicolon (lexicon ``owner_field_labels``, ``action_owner_columns``) is a field of its own."""
    lex = lexicon()
    out = []
    for f in fields:
        pos = -1
        for brk in _OWNER_BREAK.finditer(folded, f.start, f.end):
            colon = folded.find(":", brk.end(), f.end)
            label = folded[brk.end():colon].strip() if colon > 0 else ""
            if label and (label in lex["owner_field_labels"] or label in lex["action_owner_columns"]):
                pos = brk.start()
                break
        if pos < 0:
            out.append(f)
        else:
            out += [Field(f.start, pos, f.marked_owner, f.bracketed), Field(pos + 2, f.end, bracketed=f.bracketed)]
    return out


_OWNER_BREAK = re.compile(r"[,.;] ")


def _labelled(text: str, folded: str, f: Field) -> Field:
    """A field that names its part of the item ("Wie: Bas", "Wat: ...", "Wanneer: ...";
    lexicon ``action_*_columns``): its value; an owner field (also ``owner_field_labels``)
    marks its value as the owner, an empty one ("Wie: –") too."""
    m = _FIELD_LABEL.match(text, f.start, f.end)
    if m is None:
        return f
    label = folded[m.start("label"):m.end("label")].strip()
    lex = lexicon()
    owner = label in lex["owner_field_labels"] or label in lex["action_owner_columns"]
    if not owner and label not in lex["action_task_columns"] and label not in lex["action_when_columns"]:
        return f  # "Aanwezig: Noa Visser (studentenraad)": a field of its own kind
    if m.end() >= f.end:  # "Wie: – | ...": the dash went as a separator, the owner field is empty
        return Field(f.start, f.end, marked_owner=True) if owner else f
    return Field(m.end(), f.end, marked_owner=owner or f.marked_owner, bracketed=f.bracketed)


def _split_moments(folded: str, fields: list[Field], words: PromiseWords) -> list[Field]:
    """"Nathalie, maandag 7 december": an owner and a moment in one field, split at the
    last comma when what follows it is a moment."""
    out = []
    for f in fields:
        comma = folded.rfind(", ", f.start, f.end)
        if comma > f.start and _is_when(folded, Field(comma + 2, f.end), words) \
                and not _is_when(folded, Field(f.start, comma), words):
            out += [Field(f.start, comma, f.marked_owner, f.bracketed), Field(comma + 2, f.end, bracketed=f.bracketed)]
        else:
            out.append(f)
    return out


def _bracket_owner(text: str, folded: str, field: Field, words: PromiseWords) -> Field:
    """A bracket after the task that holds a name ("(Ingrid)", "(Jelle)") marks its owner."""
    if not field.bracketed or _is_when(folded, field, words):
        return field
    found = _WORD.findall(text[field.start:field.end])
    if 0 < len(found) <= 4 and found[0][:1].isupper():
        return Field(field.start, field.end, marked_owner=True, bracketed=True)
    return field


def _is_when(folded: str, field: Field, words: PromiseWords) -> bool:
    """The field holds a moment, a vague one, a month, or says none is set yet (lexicon
    ``unscheduled_values``: "nog te plannen")."""
    value = folded[field.start:field.end].strip(" .")
    return bool(concrete_time_spans(folded, field.start, field.end, words.concrete_when_words)
                or value in lexicon()["unscheduled_values"]
                or words.vague_when_words.find(folded, field.start, field.end)
                or any(w in _MONTH_WORDS for w in _WORD.findall(folded[field.start:field.end])))


def own_sentence(text: str, folded: str, field: Field) -> bool:
    """The task field is a sentence of its own ("we bespreken dit later", "Chantal
    stuurt de versie rond", "is besproken"): the sentence analysis reads it.  Not a noun
    that looks like a verb form ("performance test")."""
    from smartlint.checks.word_classes import SUBJECT_PRONOUNS
    from smartlint.nl.verbs import auxiliary_forms

    # (a bracket after the name is an aside: "Rachid (KS) schrijft ...")
    found = _WORD.findall(_BRACKETED.sub(" ", folded[field.start:field.end]))
    if not found:
        return False
    if found[0] in SUBJECT_PRONOUNS or any(w in auxiliary_forms() for w in found):
        return True
    if not text[field.start:field.start + 1].isupper() or len(found) < 2:
        return False
    # "Chantal stuurt ...", "Mehmet en Kim evalueren ...": a name (or two) and a verb
    pair = len(found) > 3 and found[1] in ("en", "of") \
        and _BRACKETED.sub(" ", text[field.start:field.end]).split()[2][:1].isupper()
    # "Chauffeur Kevin levert ...", "Monteur Kees plaatst ...": a role before the name
    originals = _BRACKETED.sub(" ", text[field.start:field.end]).split()
    role_named = len(found) > 2 and len(originals) > 1 and originals[1][:1].isupper() \
        and names_someone(found[0]) and finite_form(found[2])
    return finite_form(found[1]) or pair or role_named


def names_someone(word: str) -> bool:
    """A role or staff word (lexicon ``person_roles``, ``staff_nouns``, or a compound
    ending in a role: "schadebehandelaar")."""
    from smartlint.nl.subject_kinds import role_compound

    lex = lexicon()
    return word in lex["person_roles"] or word in lex["staff_nouns"] or role_compound(word, lex)


def table_row(text: str, start: int, end: int, bare: bool = False) -> list[Field] | None:
    """The cells of a table row at [start, end) (a separator row has none); ``bare``: also
    a row without its outer bars ("Wie | Wat | Wanneer", "Karin | wachtwoorden wijzigen |
    donderdag 10 december"), two bars or more."""
    m = _TABLE_ROW.match(text, start, end)
    if m is None and bare and text.count("|", start, end) >= 2:
        return _cells(text, start, end)
    if m is None or RULE_ROW.match(text, start, end):
        return None
    return _cells(text, m.start("cells"), m.end("cells"))


def _cells(text: str, start: int, end: int) -> list[Field]:
    cells, pos = [], start
    for part in text[start:end].split("|"):
        lead = len(part) - len(part.lstrip())
        cells.append(Field(pos + lead, pos + lead + len(part.strip())))
        pos += len(part) + 1
    return cells


def column_roles(folded: str, cells: list[Field]) -> dict[int, str] | None:
    """A header row's roles by cell index ("Actie | Wie | Wanneer"), or None when the row
    names no task and owner column."""
    lex = lexicon()
    roles = {}
    for k, cell in enumerate(cells):
        name = folded[cell.start:cell.end].strip(" :*")
        for role, key in (("task", "action_task_columns"), ("owner", "action_owner_columns"),
                          ("when", "action_when_columns")):
            if name and lex[key].find(name) == [(0, len(name))]:
                roles[k] = role
                break
    return roles if {"task", "owner"} <= set(roles.values()) else None


def owner_line(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None | bool:
    """"Eigenaar: Wilma" -> Wilma's characters; "Eigenaar: –" -> None (no owner);
    False when the line is no owner line."""
    colon = folded.find(":", start, end)
    if colon < 0 or lexicon()["action_owner_columns"].find(folded[start:colon].strip()) != [(0, len(folded[start:colon].strip()))]:
        return False
    value = text[colon + 1:end]
    body = value.strip()
    if len(fields_of(text, colon + 1, end)) > 1:
        return False  # "Eigenaar: team Facturatie — creditnota versturen — vrijdag": an item of its own
    if not _LETTER.search(body):
        return None
    s = colon + 1 + len(value) - len(value.lstrip())
    return s, s + len(body)


def _months() -> frozenset[str]:
    from smartlint.checks.timeexpr import MONTHS

    return frozenset(MONTHS)


_MONTH_WORDS = _months()


def value_is_sentence(doc: "Doc", start: int, end: int) -> bool:
    """ "Update storing: het probleem is binnen twee uur opgelost": a value with a clause
    of its own (finite verb and subject) is what the label heads; that clause is read as
    itself ("Volgende update: Ilse belt u om 14.00 uur"), the label promises nothing."""
    from smartlint.nl.clauses import clauses_of

    return any(c._.finite is not None and c._.subject is not None and start <= c._.finite.idx < end
               for c in clauses_of(doc))
