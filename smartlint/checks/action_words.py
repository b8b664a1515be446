"""The words of an action item: whether a word is an infinitive or a third-person
verb form, whether a line is prose, whether an owner label names a team, and how the
item's what and when are judged.  Shared by the list shapes of action_items.py,
action_fields.py and field_lines.py."""

from __future__ import annotations

import dataclasses
import re

from smartlint.checks.promise_parts import DONE, Part, Promise
from smartlint.checks.promise_words import PromiseWords
from smartlint.checks.timeexpr import concrete_time_spans
from smartlint.checks.word_classes import COORDINATORS, DETERMINERS, LONE_PRONOUNS, PREPOSITIONS
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import compound_of, lexicon


def team_label(folded: str, start: int, end: int, words: PromiseWords) -> bool:
    """"Team:", "Team support:", "Facturatie:", "Wij:": a team names no one to address."""
    vague = words.vague_actors.find(folded, start, end)
    rest = folded[vague[0][1]:end].split() if vague else []
    if vague and vague[0][0] == start and (not rest or rest[0] in ("van", "bij", "uit")):
        return True  # "Team:", "Iemand van IT:"
    label = folded[start:end].split()
    lex = lexicon()
    if len(label) == 1 and compound_of(label[0], lex["team_heads"].words):
        return True  # a department by its compound: "Projectbureau:", "Salesafdeling:"
    return bool(label) and any(word in lex["team_nouns"] or _plural_role(word) for word in (label[0], label[-1]))


def agent_of_field(folded: str, start: int, end: int, words: PromiseWords, text: str) -> Part:
    """The sender a next-step field names after "door": "Volgende update: 12.00 uur via
    sms door het storingsteam" names a team, no one to address (vague, like an owner
    label "Team:"); "... door Kevin" or no "door" at all leaves the field complete."""
    agent = _AGENT.search(folded, start, end)
    if agent is None:
        return DONE
    s, e = agent.start(1), min(agent.end(1), end)
    words_after = folded[s:e].split()
    while len(words_after) > 1 and words_after[0] in _ARTICLES:  # ("door ons" keeps its word)
        s = folded.index(words_after[0], s) + len(words_after.pop(0))
        s += len(folded[s:e]) - len(folded[s:e].lstrip())
    # "Wendy Groen van de storingsdienst": the words before "van" name the one to address
    of = re.search(r"[ \t](?:van|bij|uit)[ \t]", folded[s:e])
    if of is not None and not team_label(folded, s, s + of.start(), words):
        return DONE
    if any(_names_a_person(w) for w in text[s:e].split()[1:]):
        return DONE  # "door chauffeurs Ahmed en Rob": the team's people are named
    if s < e and team_label(folded, s, e, words):
        return Part("vague", agent.start(1), e, "actor")
    return DONE


def _names_a_person(word: str) -> bool:
    """A capitalised word that names a person, not a department ("team Communicatie")."""
    lex = lexicon()
    return word[:1].isupper() and fold(word) not in lex["team_nouns"] and fold(word) not in lex["department_names"]


# "door het storingsteam", "door ons", up to the next punctuation or line end
_AGENT = re.compile(r"\bdoor[ \t]+([^.,;:!?\n]+?)[ \t]*(?=[.,;:!?\n]|$)")
_ARTICLES = {"het", "de", "onze", "ons"}


def _plural_role(word: str) -> bool:
    """"Teamleiders:", "Monteurs:": a group of a role (lexicon ``person_roles``), no one owner."""
    roles = lexicon()["person_roles"]
    return word.endswith("s") and word[:-1] in roles or word.endswith("en") and word[:-2] in roles


def prose(body: list[str], words: PromiseWords) -> bool:
    """A line that is a sentence of its own: it opens with a subject pronoun or holds a
    finite verb (a third-person or past form, an auxiliary)."""
    from smartlint.checks.word_classes import SUBJECT_PRONOUNS
    from smartlint.nl.verbs import auxiliary_forms

    if body and body[0] in SUBJECT_PRONOUNS:
        return True
    if _split_from_particle(body):
        return True  # "- 3 bestelwagens lopen in maart 2027 af": a verb apart from its particle is finite
    return any(w in auxiliary_forms() or finite_form(w) or w in words.past_forms for w in body)


def _split_from_particle(body: list[str]) -> bool:
    """The line ends in a separable particle that makes a known verb with an earlier word
    ("lopen ... af": "aflopen"); an infinitive keeps its particle ("aflopen")."""
    from smartlint.nl.verbs import SEPARABLE_PREFIXES, known_infinitive

    return len(body) > 2 and body[-1] in SEPARABLE_PREFIXES \
        and any(known_infinitive(body[-1] + w) for w in body[1:-1])


def has_infinitive(body: list[str], words: PromiseWords) -> bool:
    # (a plural after a count is a noun: "9 ouder dan 5 dagen", not the verb "dagen"; after
    # a number that names a thing it is the verb: "Lucas: factuur 2026-0412 corrigeren")
    return any(infinitive(w, words) and not (k and _count(body[k - 1])) for k, w in enumerate(body))


def _count(word: str) -> bool:
    """A figure that counts ("5", "120"), not an invoice or order number ("2026-0412", "12345")."""
    return word.isdigit() and len(word) <= 3


def finite_form(word: str) -> bool:
    """A third-person present form of a known verb ("belt", "stuurt", "zet")."""
    from smartlint.nl.verbs import auxiliary_forms, infinitives_of

    # the third person ("Lars: belt ..."), not "onderzoek", "overbelaste"; not "is",
    # "heeft", "wordt": "Paula: is met verlof" states, it does not act
    return word.endswith("t") and word not in auxiliary_forms() and bool(infinitives_of(word))


# "het", "met", "uit", "want" end in t and look like stems + t of "heten", "meten",
# "uiten", "wannen": a heading that holds them is still a heading ("To-do na het
# gesprek met mw. Dijkstra"). (Prose keeps them: a line "Ouders oefenen thuis met
# lezen" is a sentence, and "met" is what tells it from an item today.)
FUNCTION_WORDS = DETERMINERS | PREPOSITIONS | LONE_PRONOUNS | COORDINATORS


def _verb_matched(found, folded_words: list[str]) -> bool:
    """A concrete action matched on a verb form, not on a noun that is also a bare stem:
    in "Aanvraag huishoudelijke hulp oppakken" the item's verb is "oppakken";
    "aanvraag" (stem of "aanvragen") is its object."""
    if not found:
        return False
    return any(folded_words[k].endswith(("en", "t")) for k in found[1])


def infinitive(word: str, words: PromiseWords) -> bool:
    from smartlint.nl.verbs import known_infinitive

    # "-eren" verbs are a regular class the verb list cannot hold in full ("reserveren",
    # "inventariseren"); an action item's shape ("Lars: zaal reserveren, vr 4 dec") backs them
    # (a known infinitive may end in a bare -n: "nagaan", "doen", "opslaan")
    return word.endswith("en") and (known_infinitive(word) or word in words.known_forms
                                    or len(word) >= 8 and word.endswith("eren")) \
        or word.endswith(("aan", "oen", "ien")) and known_infinitive(word)


def item_what(body: list[tuple[int, int, str]], words: PromiseWords) -> Part:
    folded_words = [w for _, _, w in body]
    ok = [True] * len(folded_words)
    vague = words.vague_actions.match(folded_words, ok)
    if vague is None or _verb_matched(words.concrete_actions.match(folded_words, ok), folded_words):
        return DONE
    lo, hi = min(vague[1]), max(vague[1])
    return Part("vague", body[lo][0], body[hi][1])


def item_when(folded: str, start: int, end: int, words: PromiseWords, label: tuple[int, int] | None = None) -> Part:
    """The item's moment in [start, end), or in its owner ``label`` ("Actie Lotte – vrijdag
    11 december: klant informeren", "Ma 7/12 Ahmed – klant bellen")."""
    if concrete_time_spans(folded, start, end, words.concrete_when_words) \
            or label is not None and concrete_time_spans(folded, *label, words.concrete_when_words):
        return DONE
    vague = words.vague_when_words.find(folded, start, end)
    return Part("vague", *vague[0]) if vague else Part("missing", start, end)


def dated_by_list_heading(promises: list[Promise], text: str, folded: str, words: PromiseWords) -> list[Promise]:
    """"Planning verbouwing fam. Jansen, morgen:" over "- Sanne: kleur afstemmen": a
    line ending in a colon that names a concrete moment dates the action items listed
    right under it that name none themselves (a paraphrase writer's day plan)."""
    out = list(promises)
    for k, promise in enumerate(out):
        if not promise.action_item or promise.when.status != "missing":
            continue
        heading = _line_above_list(text, promise.start)
        if heading is not None and text[heading[0]:heading[1]].rstrip().endswith(":") \
                and concrete_time_spans(folded, *heading, words.concrete_when_words):
            out[k] = dataclasses.replace(promise, when=DONE)
    return out


def _line_above_list(text: str, offset: int) -> tuple[int, int] | None:
    """(start, end) of the first line above the list item at ``offset`` that is no list
    item itself, or None at the top of the text or over a blank line."""
    end = text.rfind("\n", 0, offset)  # the line break before the item's line
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            return None
        if not line.startswith(_LIST_MARKERS):
            return start, end
        end = start - 1
    return None


_LIST_MARKERS = ("-", "*", "•", "–")


def meeting_deadlines(promises: list[Promise], text: str) -> list[Promise]:
    """"Volgende meeting 3 april, 10.00. Floortje stuurt de agenda-uitnodiging.": a
    promise without a moment on the line of a dated meeting is due by that meeting."""
    out = list(promises)
    for meeting in (p for p in promises if p.meeting and p.when.status == "concrete"):
        line_end = text.find("\n", meeting.end)
        line_end = len(text) if line_end < 0 else line_end
        for k, promise in enumerate(out):
            if meeting.end <= promise.start < line_end and promise.when.status == "missing":
                out[k] = dataclasses.replace(promise, when=meeting.when)
    return out
