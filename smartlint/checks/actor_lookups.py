"""What the clause analysis (:mod:`smartlint.nl.clauses`) says of an actor the word-order
reading of the promise checks is unsure of: a lone capitalised subject read as a person,
a pronoun read as a thing or a team, "ze" after plural things."""

from __future__ import annotations

from smartlint.checks.clauses import is_capitalised


def person_by_clause_analysis(subject) -> bool:
    """The clause analysis (smartlint.nl.subject_kinds) read a lone capitalised subject as
    a person's name ("Fleur reserveert vandaag een set", "Lieke bevestigt ... per e-mail")
    where the tagger gave it no PROPN."""
    from smartlint.nl.clauses import subject_kind_at

    return len(subject) == 1 and is_capitalised(subject[0]) and subject_kind_at(subject[0]) == "person"


def thing_by_clause_analysis(subject) -> bool:
    from smartlint.nl.clauses import subject_kind_at

    return subject_kind_at(subject[0]) == "thing"


def plural_things_just_named(pronoun) -> bool:
    """The subject of the last clause before ``pronoun`` is things in the plural ("de
    kluizen", "uw pakketten"): "ze" stands for them, not for a team."""
    from smartlint.nl.clauses import clauses_of

    before = [c for c in clauses_of(pronoun.doc) if c._.subject is not None and c._.subject.end <= pronoun.i]
    if not before:
        return False
    last = max(before, key=lambda c: c._.subject.start)
    root = last._.subject.root
    return last._.subject_kind == "thing" and root.pos_ == "NOUN" and "Plur" in root.morph.get("Number")


def team_by_clause_analysis(subject) -> bool:
    from smartlint.nl.clauses import subject_kind_at

    return subject_kind_at(subject[0]) == "team"
