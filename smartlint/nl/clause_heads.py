"""Which tokens head a clause of their own: the root, a verb under a clause relation
(``conj``, ``advcl``, ``ccomp``, ...), a nominal predicate with its own copula or subject,
and a verb with its own subordinator wherever the parser hung it.  Read by
:mod:`smartlint.nl.clauses`, which cuts each sentence into the clauses these head."""

from __future__ import annotations

from spacy.tokens import Token

from smartlint.nl import INFINITIVE_MARKS
from smartlint.nl.folding import fold

# Dependency relations under which a verb heads a clause of its own.
_CLAUSE_DEPS = {"ROOT", "conj", "parataxis", "advcl", "ccomp", "acl:relcl", "csubj", "acl"}


def is_clause_head(token: Token) -> bool:
    if token.dep_ == "ROOT":
        return True
    if token.dep_ not in _CLAUSE_DEPS:
        # _FALLBACK_MARKED_VERB: "Het plan is dat Sanne u morgen belt": the parser hangs
        # the content clause's verb as a subject; its own subordinator makes it a clause
        return token.pos_ == "VERB" and any(c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i < token.i
                                            and fold(c.text) not in INFINITIVE_MARKS for c in token.children)
    if _participle_adverbial(token):
        return False
    if token.pos_ in ("VERB", "AUX") or "Fin" in token.morph.get("VerbForm"):
        return True
    # A nominal or adjectival predicate with its own copula or subject: "..., dat is handig"
    return any(c.dep_ in ("cop", "nsubj", "nsubj:pass", "aux") for c in token.children)


def _participle_adverbial(token: Token) -> bool:
    """A bare participle with one adverb before it is a fixed adverbial of the clause
    around it ("Normaal gesproken zal ...", "Eerlijk gezegd ...", "Kort samengevat ..."),
    not a clause of its own: nothing but that adverb hangs under it."""
    if token.dep_ != "advcl" or "Part" not in token.morph.get("VerbForm"):
        return False
    children = list(token.children)
    return len(children) == 1 and children[0].i == token.i - 1 and children[0].pos_ in ("ADJ", "ADV")
