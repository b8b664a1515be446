"""Incident protocol: a cause given by a preposition or a reason clause, read on the parse.

The phrase lists of rules/incident.yaml name causes by their words ("wordt veroorzaakt
door", "ligt aan"). A cause is just as often given by grammar alone: "de wijkkast is
door de vorst kapotgegaan", "Storing in het boekingssysteem door een overbelaste
server", "Omdat de betaalserver de drukte niet aankan, mislukken betalingen". This
check reads those shapes from the dependency parse and the clause analysis:

* a ``cause_prepositions`` word ("door", "vanwege", "wegens") heading a noun phrase
  that is no passive agent (the parse's ``obl:agent``: "verholpen door de
  leverancier"), no person, team or party of ours or the reader's (the clause
  analysis' subject kinds: "door Sanne", "door onze monteur"), not the reader's own
  doing ("door uw melding"), not the incident itself ("door de storing kunt u niet
  inloggen": ``incident_nouns``) and no means ("door op Vernieuwen te klikken");
* a subordinate clause opened by a ``cause_subordinators`` word ("omdat", "doordat")
  whose subject is a thing or an outside party (``partner_nouns``), not a person of ours
  or the reader, and that tells a fault: it is
  negated or holds a ``fault_words`` word ("omdat de server de drukte niet aankan",
  "doordat een schijf is volgelopen"; not "omdat we u goed willen informeren", not the
  incident itself: "omdat de storing nog niet verholpen is").

Questions, instructions and courtesy clauses give no cause. Every word comes from
the rule's ``params``; the rule's ``unless`` keeps the outcome of a review
("Uit ons onderzoek blijkt ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from smartlint.checks import CheckContext, Hit, register
from smartlint.checks.word_classes import NEGATIONS
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import LexiconSet

# The reader's possessives ("door uw melding": the reader's own doing; lexicon).
_READERS = LexiconSet("reader_possessives")
# Outside parties ("de leverancier", "de netbeheerder"; lexicon).
_PARTNERS = LexiconSet("partner_nouns")

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Acts that give no cause of their own: "Wilt u door de app ...?", "Bedankt door ..."
_NOT_STATEMENTS = {"instruction", "question", "courtesy"}
# Subject kinds that act rather than cause (smartlint.nl.subject_kinds).
_ACTORS = {"speaker", "team", "person", "customer"}


@register("incident.cause_by_grammar")
def cause_by_grammar(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    from smartlint.nl.clauses import clauses_of

    prepositions = frozenset(fold(w) for w in params.get("cause_prepositions") or [])
    subordinators = frozenset(fold(w) for w in params.get("cause_subordinators") or [])
    incident = tuple(fold(w) for w in params.get("incident_nouns") or [])
    faults = tuple(fold(w) for w in params.get("fault_words") or [])
    fixes = frozenset(fold(w) for w in params.get("fix_words") or [])
    substitutes = frozenset(fold(w) for w in params.get("substitution_verbs") or [])
    agent_openers = frozenset(fold(w) for w in params.get("agent_openers") or [])
    for clause in clauses_of(doc):
        if clause._.act in _NOT_STATEMENTS:
            continue
        if (clause._.role == "subordinate" and clause._.marker in subordinators) \
                or fold(clause[0].text) in subordinators:
            subject = _thing_subject(doc, clause, subordinators)
            if subject is not None and (_tells_a_fault(clause, subject, incident, faults)
                                        or _reason_of_the_incident(clause, subject, incident, fixes)):
                start = clause[0]
                last = clause[-1]
                yield Hit(start.idx, last.idx + len(last.text))
            continue
        for token in clause:
            if fold(token.text) in prepositions and token.dep_ == "case" \
                    and not any(fold(t.text) in substitutes for t in clause if t.i < token.i) \
                    and not (token.i > 0 and fold(doc[token.i - 1].text) in agent_openers):
                phrase = _cause_phrase(doc, token, incident)
                if phrase is not None:
                    yield Hit(token.idx, phrase.end_char)


def _cause_phrase(doc: "Doc", preposition: "Token", incident: tuple[str, ...]) -> "Span | None":
    """The noun phrase ``preposition`` opens when it names a cause, else None."""
    from smartlint.nl.subject_kinds import subject_kind

    head = preposition.head
    if head.i <= preposition.i or head.dep_ == "obl:agent" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    phrase = doc[preposition.i + 1 : head.i + 1]
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in phrase):
        return None  # "door op Vernieuwen te klikken": a means, not a cause
    if head.i + 1 < len(doc) and fold(doc[head.i + 1].text) == "te":
        return None
    if fold(phrase[0].text) in _READERS or subject_kind(phrase) in _ACTORS:
        return None  # "door uw melding", "door onze monteur", "door Sanne"
    if fold(head.text).endswith(incident):
        return None  # "door de storing kunt u niet inloggen": the incident, not its cause
    return phrase


def _thing_subject(doc: "Doc", clause: "Span", subordinators: frozenset[str]) -> "Span | None":
    """A reason clause's subject when it is a thing ("omdat de server vol zit"), else None.
    Where the parse lost the clause's subject, the noun phrase right after the
    subordinator stands in for it ("Omdat de betaalserver de drukte niet aankan")."""
    from smartlint.nl.subject_kinds import subject_kind

    subject, kind = clause._.subject, clause._.subject_kind
    # (the clause opens with its subordinator, as a subclause or fronted: "..., omdat de
    # betaalterminals de software niet aankunnen", "Omdat de betaalserver ...")
    if subject is None and fold(clause[0].text) in subordinators:
        first = clause[0].i + 1
        noun = next((t for t in doc[first : min(first + 4, clause.end)] if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in doc[first : noun.i + 1]):
            subject = doc[first : noun.i + 1]
            kind = subject_kind(subject)
    if subject is None or fold(subject[0].text) in _READERS:
        return None
    if kind in _ACTORS and not (kind == "team" and fold(subject.root.text) in _PARTNERS):
        # an outside party's failure is a cause like a thing's: "omdat onze leverancier
        # een foutieve update heeft uitgerold" (not "omdat we u goed willen informeren")
        return None
    return subject


def _tells_a_fault(clause: "Span", subject: "Span", incident: tuple[str, ...], faults: tuple[str, ...]) -> bool:
    """Whether a reason clause tells what failed, not the incident itself ("omdat de
    storing nog niet verholpen is": the incident is the subject)."""
    if fold(subject[-1].text).endswith(incident):
        return False
    words = [fold(t.text) for t in clause if t.is_alpha]
    # (the words, not only ``negated``: the parse may leave a reason clause without a verb)
    return clause._.negated or any(w in NEGATIONS or w.endswith(faults) for w in words)


def _reason_of_the_incident(clause: "Span", subject: "Span", incident: tuple[str, ...],
                            fixes: frozenset[str]) -> bool:
    """A reason clause whose sentence names the incident outside it: "Omdat een
    graafmachine een kabel heeft geraakt, is er een storing op het vaste internet" (what
    the thing did caused the outage, fault word or not); not the reason of its fix
    ("Omdat de leverancier het onderdeel heeft geleverd, is de storing morgen verholpen")."""
    if fold(subject[-1].text).endswith(incident):
        return False
    rest = [fold(t.text) for t in clause.sent if t.is_alpha and not clause.start <= t.i < clause.end]
    return any(w.endswith(incident) for w in rest) and not any(w in fixes for w in rest)

