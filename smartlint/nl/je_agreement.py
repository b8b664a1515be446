"""Which way "je" goes after a verb, by the verb's form: Dutch drops the -t when "je"/"jij"
follows as the subject ("Morgen mail je ..."), and keeps it when "je" is the object
("Noor mailt je ..."). The clause analysis (:mod:`smartlint.nl.clause_parts`) repairs
parser subjects with these two predicates."""

from __future__ import annotations

from spacy.tokens import Token

from smartlint.nl.finite_verb import NOMINATIVE
from smartlint.nl.folding import fold
from smartlint.nl.mood import third_person_form
from smartlint.nl.verbs import auxiliary_forms, is_verb_stem_only


def stem_then_je(fronted: Token, finite: Token, after: Token) -> bool:
    """Grammar, the mirror of :func:`object_je`: a bare stem ("haal", not "haalt") agrees
    with "je"/"jij" after it, never with a noun phrase before it; only "ik" takes the
    bare stem too ("Ik haal je op").  Stems in -t or -d are left alone: "Sanne zet je
    nummer over" is third person."""
    word = fold(finite.text)
    pronoun_subject = fold(fronted.text) in NOMINATIVE | {"u"} and fronted.i + 1 == finite.i
    return fold(after.text) in ("je", "jij") and not pronoun_subject \
        and not word.endswith(("t", "d")) and word not in auxiliary_forms() and is_verb_stem_only(word) \
        and fronted.pos_ in ("NOUN", "PRON", "DET")


def object_je(finite: Token, after: Token) -> bool:
    """Grammar: "je"/"jij" right after a verb in stem + t ("Noor mailt je ...") is its
    object; as the subject it takes the bare stem ("Morgen mail je ...")."""
    word = fold(finite.text)
    return fold(after.text) in ("je", "jij") and word not in auxiliary_forms() and third_person_form(finite)
