"""What states a cause, and what only guesses: the shapes :mod:`smartlint.nl.acts` reads
before it calls a clause a cause, or keeps a hedged clause from being an instruction.

A cause is a ``cause_cues`` phrase in the clause (or, for a main clause, its sentence:
"komt doordat ..."), a ``cause_nouns`` subject with "zijn" ("De oorzaak ... is een
tekort aan chauffeurs"), or "door ... komt" at the end of a subclause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.nl.folding import fold
from smartlint.nl.verbs import infinitives_of

if TYPE_CHECKING:
    from spacy.tokens import Span


def states_a_cause(clause: "Span", scope: str, lex) -> bool:
    """The clause states why: a cue in ``scope`` (its folded text, or its sentence's),
    a cause noun as its subject, or a subclause's final "komt" after "door"."""
    return bool(lex["cause_cues"].find(scope)) or _cause_subject(clause, lex) \
        or _final_komt_door(clause, clause._.finite)


def _final_komt_door(clause: "Span", finite) -> bool:
    """"(Het lijkt erop dat) de storing door de nachtelijke update komt": in a subordinate
    clause "komen" stands last, after the "door" that names the cause."""
    words = [t for t in clause if not t.is_punct]
    return finite is not None and bool(words) and words[-1] == finite \
        and "komen" in infinitives_of(finite.text) \
        and any(fold(t.text) in ("door", "doordat") for t in words[:-1])


def hedged_opening(clause: "Span", lex) -> bool:
    """"Mogelijk moet je daarna je rapportages opnieuw instellen": a clause that opens with
    a hedge (``hedges``, ``possibility_adverbs``) guesses what the reader will need; it is
    no instruction."""
    word = fold(clause[0].text)
    return word in lex["hedges"] or word in lex["possibility_adverbs"]


def _cause_subject(clause: "Span", lex) -> bool:
    """"De oorzaak van de vertraging is een tekort aan chauffeurs": a ``cause_nouns``
    subject with "zijn" as its verb names the cause (not "De oorzaak wordt onderzocht")."""
    subject, finite = clause._.subject, clause._.finite
    return subject is not None and finite is not None and fold(subject.root.text) in lex["cause_nouns"] \
        and "zijn" in infinitives_of(finite.text)
