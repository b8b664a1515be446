"""Shapes of promises the word-order analysis (:mod:`smartlint.checks.promises`) needs
help with, each read from word order and the clause analysis (:mod:`smartlint.nl`):

* a fronted object before the verb: "De volgende update krijgt u ... van Esther",
  "De uitslag zet Bram woensdag in het portaal";
* names the tagger calls a noun or adjective ("Ilse geeft u ...");
* promises of a person of ours with a verb on no list ("Fenna zet de bedragen in uw
  account"), which must address the reader;
* descriptions that look like promises: a colleague's current week ("Noor werkt deze
  week aan een ander project"), a thanks formula read as a verb ("Dankjewel voor je
  bericht"), an answer to a question ("Heeft u een minuutje? Dan verbind ik u door").

Dutch words come from the lexicon (rules/lexicon.yaml); this module is grammar only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartlint.checks.clauses import is_capitalised, norm, noun_phrase_at
from smartlint.checks.lexicon import fold
from smartlint.checks.timeexpr import CLOCK_AFTER_LABEL
from smartlint.checks.word_classes import (
    COMPLEMENTISERS,
    CUSTOMER_PRONOUNS,
    FUTURE,
    GAAN,
    READER_WORDS,
)
from smartlint.doc_text import doc_text, span_text
from smartlint.nl.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from smartlint.checks.promise_parts import Promise

_SPEAKERS = ("ik", "we", "wij")


def fronted_object_receiver(ws, fi: int, sort: str, subject, receiving: bool):
    """"De volgende update krijgt u om 14.45 uur van Esther": a fronted object; the
    reader right after a receiving verb (``receiving``) is the subject."""
    if not receiving or fi + 1 >= len(ws) or norm(ws[fi + 1]) not in CUSTOMER_PRONOUNS:
        return None
    indefinite = sort == "vague" and bool(subject) and norm(subject[0]) == "een"  # "Een nieuwe afspraak krijgt u"
    return [ws[fi + 1]] if sort in ("thing", "np") or indefinite else None


def inverted_name(ws, fi: int, sort: str, subject):
    """"De uitslag van de keuring zet Bram woensdag ...": a fronted object (a noun
    phrase that names no actor) and a name (or a role and a name) right after the
    verb, the subject."""
    indefinite = sort == "vague" and bool(subject) and norm(subject[0]) == "een"  # "Een nieuwe update zet Mehmet ..."
    if (sort != "np" and not indefinite) or not subject or subject[0].i > ws[fi].i or fi + 1 >= len(ws):
        return None
    name = ws[fi + 1]
    phrase = noun_phrase_at(ws, fi + 1)
    if phrase and len(phrase) > 1 and name.pos_ == "NOUN" and not is_capitalised(name) and is_capitalised(phrase[-1]):
        return phrase  # a role before the name: "De uitslag geeft dokter Ramdin u ... door"
    if not is_capitalised(name) or name.pos_ not in ("PROPN", "ADJ", "NOUN") or norm(name) in CUSTOMER_PRONOUNS:
        return None
    return phrase or None


def looks_into(ws, fi: int, main: "Token", subject) -> bool:
    """"Ik zal zien wat ik kan doen", "We gaan zien of het lukt": the speaker's future
    perception verb (lexicon ``future_look_verbs``) with an indirect question after it
    is looking into something, the vague "kijken" and a promise, not a statement of
    what he sees ("We zien dat uw pakket ...")."""
    if not subject or norm(subject[0]) not in _SPEAKERS or main.i + 1 >= len(main.doc):
        return False
    if norm(ws[fi]) not in FUTURE and norm(ws[fi]) not in GAAN:
        return False
    after = main.doc[main.i + 1]  # the clause may end at the verb: "We gaan zien | of ..."
    return norm(main) in lexicon()["future_look_verbs"] and norm(after) in COMPLEMENTISERS - {"dat"}


def parse_reads_promise(doc: "Doc", finite: "Token") -> bool:
    """Does the clause analysis (smartlint.nl.acts) read the clause of ``finite`` as a
    promise by a person of ours ("Ik app je", "Fenna zet ...")?"""
    from smartlint.nl.clauses import clause_at

    clause = clause_at(doc, finite.idx)
    return clause is not None and clause._.act == "promise" and clause._.subject_kind in ("speaker", "person")


def addresses_reader(region, subject) -> bool:
    """The reader or something of his outside the subject: "Fenna zet de bedragen in
    uw account", not "de chauffeur rijdt eerst nog een rit"."""
    own = {t.i for t in subject or []}
    return any(norm(t) in READER_WORDS for t in region if t.i not in own)


def describes_current_work(folded: str, sort: str, subject, region, start: int, end: int) -> bool:
    """A colleague or a team busy with something else this week, nothing of the reader's:
    "Noor werkt deze week aan een ander project", "Sven rijdt deze week voor een
    andere opdrachtgever", "Deze week werkt ons projectteam voor een andere klant" (a team
    only with a word of other work: lexicon ``other_work_markers``) describe, they promise
    nothing."""
    if sort not in ("sender", "np", "vague") or not subject or norm(subject[0]) in _SPEAKERS:
        return False
    if addresses_reader(region, subject):
        return False
    lex = lexicon()
    if sort == "vague" and not lex["other_work_markers"].find(folded, start, end):
        return False  # a team at work this week may work for the reader: "Het team werkt deze week aan een oplossing"
    return bool(lex["current_period_words"].find(folded, start, end))


def named_by_parse(doc: "Doc", subject, finite: "Token") -> bool:
    """"Ilse geeft u ...": the tagger calls many sentence-initial names a noun or an
    adjective.  A lone capitalised word before a verb addressed to the reader is a
    name (a Dutch common noun as subject takes a determiner), or the clause analysis
    reads the subject as a person."""
    from smartlint.nl.clauses import clause_at

    nxt = doc[finite.i + 1] if finite.i + 1 < len(doc) else None
    if len(subject) == 1 and is_capitalised(subject[0]) and subject[0].i + 1 == finite.i \
            and nxt is not None and norm(nxt) in CUSTOMER_PRONOUNS:
        return True
    clause = clause_at(doc, finite.idx)
    if clause is None or clause._.subject_kind != "person" or clause._.subject is None:
        return False
    return clause._.subject.start <= subject[0].i < clause._.subject.end


def asks_only(doc: "Doc", sent: "Span") -> bool:
    """The sentence is a question as a whole; not "Ik bel je zo, blijf je bereikbaar?",
    where the clause analysis reads a statement before the question."""
    from smartlint.nl.clauses import clauses_of
    from smartlint.nl.sentence import asks
    if not asks(span_text(sent)):
        return False
    return not any(c._.act == "promise" and c._.mood == "indicative" and c.end < sent.end - 1
                   for c in clauses_of(doc) if sent.start <= c.start < sent.end)


def answers_question(doc: "Doc", sent: "Span") -> bool:
    """"Heeft u een minuutje? Dan verbind ik u door": "dan" after a question makes
    the clause it opens depend on the reader's answer, like "Heeft u vragen, dan ..."."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or norm(first) != "dan" or sent.start == 0:
        return False
    before = doc[sent.start - 1]
    while before.is_space and before.i > 0:
        before = doc[before.i - 1]
    return before.text == "?"


def courtesy_formula(doc: "Doc", promise: "Promise", openers) -> bool:
    """The promise is a thanks or greeting formula itself ("Dankjewel voor je bericht"
    read as a verb "bericht"), not "Dank je, we bellen ..."; ``openers``: the pack's
    ``courtesy_sentences``."""
    text = fold(doc_text(doc)[promise.start:promise.end])
    courtesy = openers.find(text)
    return bool(courtesy) and courtesy[0][0] == 0 and "," not in text


def speaker_first(doc: "Doc", promise: "Promise") -> bool:
    """"Ik app je ff terug ...", "Lieke plant de monteur in ...": a clause that opens with
    "ik"/"we" or a first name (lexicon ``first_names``) and a verb is no label, whatever
    the parser made of a verb or name it does not know."""
    from smartlint.nl.lexicon import lexicon

    words = doc_text(doc)[promise.start:promise.end].split(None, 1)
    if not words:
        return False
    first = words[0]
    return fold(first) in _SPEAKERS or (first[:1].isupper() and fold(first) in lexicon()["first_names"])


def started_later(promises: list["Promise"], text: str) -> list["Promise"]:
    """"Monteur Ahmed installeert het kassasysteem in 1 dag. Hij begint dinsdag 8
    december om 8.00 uur.": a promise without a moment takes the moment of the next
    promise when that one starts the same job (a 3rd-person pronoun and a
    ``start_verbs`` verb)."""
    import dataclasses

    from smartlint.nl.verbs import infinitives_of

    starts = set(lexicon()["start_verbs"].words)
    out = list(promises)
    for k in range(len(out) - 1):
        this, nxt = out[k], out[k + 1]
        words = text[nxt.start:nxt.end].split()
        if this.when.status != "missing" or nxt.when.status != "concrete" or len(words) < 2:
            continue
        if fold(words[0]) in ("hij", "zij", "ze") and infinitives_of(fold(words[1])) & starts:
            out[k] = dataclasses.replace(this, when=nxt.when)
    return out


# The next sentence does the same job by the pro-verb "doen": "Anouk doet dat uiterlijk
# donderdag", "Dat doet Anouk donderdag" (grammar: "doen" + a demonstrative).
_DOES_THAT = re.compile(r"\b(?:doe|doet|doen)\b(?:\s+\S+){0,4}?\s+(?:dat|dit)\b|\b(?:dat|dit)\s+(?:doe|doet|doen)\b")


def done_by_next(promises: list["Promise"], text: str) -> list["Promise"]:
    """"We laten u weten wanneer uw bestelling op voorraad is. Anouk van de inkoop doet
    dat uiterlijk donderdag 10 december.": the next promise takes the job over with
    the pro-verb "doen", so its who and moment are this promise's."""
    import dataclasses

    out = list(promises)
    for k in range(len(out) - 1):
        this, nxt = out[k], out[k + 1]
        if this.complete or not (nxt.who.ok and nxt.when.status == "concrete"):
            continue
        if _DOES_THAT.search(fold(text[nxt.start:nxt.end])):
            out[k] = dataclasses.replace(this, who=this.who if this.who.ok else nxt.who,
                                         when=this.when if this.when.ok else nxt.when)
    return out


def status_heading(text: str, folded: str, start: int, end: int, labels) -> int:
    """End of a status heading that opens the sentence at ``start`` (0 if none): one
    line, "Storing app - 11.00 uur", "Storing e-mail - update 12.00 uur", a title with the
    time of the update after a dash, no clause to read (the tagger takes "app" or
    "e-mail" for a verb). ``labels``: timestamp_labels."""
    from smartlint.checks.timeexpr import clock_time_spans

    newline = text.find("\n", start, end)
    line = text[start:newline if newline >= 0 else end].rstrip()
    if newline >= 0:
        # "Update 15.20 uur – verstoring pinbetalingen" on a line of its own: the label
        # and the time of this update, then its title
        opening = folded[start:start + len(line)]
        label = [e for s, e in labels.find(opening) if s == 0]
        if label and CLOCK_AFTER_LABEL.match(opening, label[0]):
            return start + len(line)
    dash = max(line.rfind(" - "), line.rfind(" \u2013 "))
    if dash < 0:
        return 0
    times = clock_time_spans(folded, start + dash + 3, start + len(line))
    if not times or times[-1][1] < start + len(line.rstrip(". ")):
        return 0
    between = folded[start + dash + 3 : times[0][0]].strip()
    if between and not any(s == 0 and e == len(between) for s, e in labels.find(between)):
        return 0
    return start + len(line)
