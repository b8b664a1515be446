"""Indirect promises: the writer arranges that someone else acts ("Ik zorg ervoor dat
iemand van Financiën je belt", "Ik vraag of een collega u terugbelt").  The one who
acts is the subject of the "dat"/"of" clause, so that subject must name a person; the
word-order reading of :mod:`smartlint.checks.promises` sees only the writer ("Ik").
The verbs of arranging are the lexicon's ``arranging_verbs``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from smartlint.checks import Hit
from smartlint.doc_text import doc_text
from smartlint.nl.folding import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Subjects that name no one: an indefinite pronoun, a team ("een collega" names a kind of
# person, not a person: it stays vague too).
_NAMES_NO_ONE = ("team", "thing", "none")


def unnamed_embedded_actors(doc: "Doc") -> Iterable[Hit]:
    """The subject of a clause a promise of the writer's arranges, when it names no one."""
    from smartlint.checks.claim_words import previous_clause
    from smartlint.nl.acts import clause_verbs
    from smartlint.nl.clauses import clauses_of
    from smartlint.nl.lexicon import lexicon

    arranging = lexicon()["arranging_verbs"].words
    for clause in clauses_of(doc):
        subject = clause._.subject
        if clause._.role != "subordinate" or clause._.marker not in ("dat", "of") or subject is None:
            continue
        host = previous_clause(doc, clause)
        if host is None or host._.subject_kind != "speaker" or host._.negated or host._.act != "promise":
            continue
        if not clause_verbs(host) & arranging or clause._.negated:
            continue
        end = _end_of_phrase(subject)
        if _is_unnamed(clause, fold(doc_text(doc)[subject.start_char:end])):
            yield Hit(subject.start_char, end)


def _is_unnamed(clause: "Span", phrase: str) -> bool:
    """An indefinite actor of the lexicon ("iemand", "een collega"), or a team or thing
    after the indefinite article ("een afdeling")."""
    from smartlint.nl.lexicon import lexicon

    if any(start == 0 for start, _ in lexicon()["indefinite_actors"].find(phrase)):
        return True
    return clause._.subject_kind in _NAMES_NO_ONE and phrase.split()[:1] == ["een"]


def _end_of_phrase(subject: "Span") -> int:
    """The subject with its "van"-phrase: "iemand van Financiën"."""
    doc = subject.doc
    end = subject.end
    if end < len(doc) - 1 and doc[end].lower_ == "van" and doc[end + 1].pos_ in ("PROPN", "NOUN"):
        end += 2
    return doc[end - 1].idx + len(doc[end - 1].text)
