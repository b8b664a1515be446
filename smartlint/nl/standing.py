"""Statements of our side that commit to nothing for this reader, though their verb
could promise: an aim for everyone ("Omdat we een studievereniging zijn, proberen we
onze leden zoveel mogelijk te helpen"), a standing goal ("We doen ons best om ieders
privacy te beschermen"), announced work ("Op zondag voeren wij gepland onderhoud uit").
The clause analysis (:mod:`smartlint.nl.acts`) asks these before it calls a clause a
promise; the words come from the lexicon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.nl.clause_moments import clock_time
from smartlint.nl.folding import fold
from smartlint.nl.verbs import infinitives_of

if TYPE_CHECKING:
    from spacy.tokens import Span


def for_everyone(clause: "Span", lex) -> bool:
    """The sentence is about everyone (lexicon ``everyone_words``: "iedereen", "onze
    leden") and nowhere about the reader: an about page or a mission ("Omdat we een
    studievereniging zijn, proberen we onze leden zoveel mogelijk te helpen")."""
    sent = clause.sent
    cache = sent.doc.user_data.setdefault(_EVERYONE_KEY, {})  # once per sentence, not per clause
    if sent.start not in cache:
        words = [fold(t.text) for t in sent]
        reader = lex["reader_words"].words
        cache[sent.start] = bool(lex["everyone_words"].find(" ".join(words))) and not any(w in reader for w in words)
    return cache[sent.start]


_EVERYONE_KEY = "smartlint.for_everyone"  # Doc.user_data: sentence start -> verdict


def addresses_reader(clause: "Span", lex) -> bool:
    """The reader is in the clause ("u", "je", "jouw": lexicon ``reader_words``)."""
    reader = lex["reader_words"].words
    return any(fold(t.text) in reader for t in clause)


def names_a_person(clause: "Span", lex) -> bool:
    """The subject holds a first name or a role ("Coach Linda", "monteur Kees"), not an
    organisation ("Django Girls streeft ernaar ...")."""
    subject = clause._.subject
    words = {fold(t.text) for t in subject} if subject is not None else set()
    return bool(words & lex["first_names"].words or words & lex["person_roles"].words)


def for_a_standing_goal(clause: "Span", lex) -> bool:
    """The clause's "om ... te" purpose, right after it, is a goal kept up for everyone
    rather than an act for this reader (lexicon ``standing_goals``): "We doen ons best om
    ieders privacy te beschermen", "We doen er alles aan om uw data veilig te houden"."""
    goals = lex["standing_goals"]
    doc, end = clause.doc, clause.sent.end
    tokens = [t for t in doc[clause.end:end]]
    stop = next((k for k, t in enumerate(tokens) if t.text in (":", ";", ".", "!", "?")), len(tokens))
    tokens = tokens[:stop]
    if not tokens or tokens[0].norm_ != "om":
        return False
    for k, token in enumerate(tokens[:-1]):
        if token.norm_ == "te" and infinitives_of(tokens[k + 1].text) & goals.words:
            return True
    return bool(goals.find(fold(" ".join(t.text for t in tokens))))


def announces_work(clause: "Span", lex) -> bool:
    """Scheduled work is what the clause is about (its subject or object), not a word in
    it: "de planning voor het onderhoud" mails a plan."""
    words = lex["scheduled_work"].words
    if addresses_reader(clause, lex):
        return False  # "... komt dinsdag het onderhoud van uw warmtepomp uitvoeren": a visit to this reader
    return any(fold(t.text) in words and t.dep_ in ("obj", "nsubj", "nsubj:pass", "ROOT") for t in clause)


def announces_event(clause: "Span", lex) -> bool:
    """An item of an event's programme is what the clause is about (lexicon
    ``programme_events`` as its subject or object: "We sluiten de wedstrijd af om 20u30",
    "Het startschot wordt om 18u30 gegeven"), at a time of day, with no reader in it and
    no sending verb ("Sanne stuurt u het programma" is a promise)."""
    events = lex["programme_events"].words
    if not clock_time(clause):
        return False  # a programme gives its times ("De rondleiding houden we in het voorjaar" is a vague promise)
    if not any(fold(t.text) in events and t.dep_ in ("obj", "nsubj", "nsubj:pass") for t in clause):
        return False
    if addresses_reader(clause, lex):
        return False
    verbs = {inf for t in clause if t.pos_ in ("VERB", "AUX") for inf in infinitives_of(t.text)}
    return not verbs & (lex["send_verbs"].words | lex["message_verbs"].words)


def general_rule(clause: "Span", lex) -> bool:
    """A passive about things in general, a bare plural as subject and no reader in the
    sentence, handed out in an order (lexicon ``handling_orders``): how it always goes,
    a rule ("Beschikbare plaatsen op een kamp worden vergeven op volgorde van betaling"),
    not a job for this reader ("Uw plaatsen worden ...", "Ontbrekende onderdelen worden
    nagestuurd")."""
    if not lex["handling_orders"].find(fold(clause.text)):
        return False
    subject = clause._.subject
    if subject is None or not len(subject):
        return False
    head = subject.root
    if head.pos_ != "NOUN" or "Plur" not in head.morph.get("Number"):
        return False
    if any(t.dep_ in ("det", "nmod:poss") and t.head.i == head.i for t in subject):
        return False  # "de plaatsen", "uw plaatsen", "alle plaatsen"
    reader = lex["reader_words"].words
    return not any(fold(t.text) in reader for t in clause.sent)
