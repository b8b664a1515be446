"""A name that opens the clause after a colon, read by the parser as the end of the
clause before it ("Dit gebeurt nooit meer: Priya corrigeert ...") or as part of one
clause with it ("Boek een proefdag: Daan belt u binnen 1 werkdag").  Named fallbacks
used by :mod:`smartlint.nl.clauses`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from smartlint.nl.clause_parts import describe
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon


def name_after_colon(spans: list[Span]) -> list[Span]:
    """_FALLBACK_NAME_AFTER_COLON: a clause that ends in ": <name>" right before a
    clause that opens with a finite verb and has no subject of its own: the name is that
    clause's subject (a first name of lexicon ``first_names``, or a word the tagger reads
    as a proper noun), and the clause before the colon ends at the colon."""
    if len(spans) < 2:
        return spans
    by_start = {s.start: s for s in spans}
    joins: dict[int, Span] = {}  # id of the clause before the colon -> the clause after it
    for span in spans:
        name = span[-1] if len(span) >= 3 else None
        after = by_start.get(span.end) if name is not None else None
        if after is not None and after._.subject is None and span.doc[name.i - 1].text == ":" \
                and _names_someone(name) and after[0].pos_ in ("VERB", "AUX"):
            joins[id(span)] = after
    if not joins:
        return spans
    moved = {id(after) for after in joins.values()}
    out: list[Span] = []
    for span in spans:
        after = joins.get(id(span))
        if id(span) in moved and after is None:
            continue
        if after is None:
            out.append(span)
            continue
        doc = span.doc
        before = doc[span.start : span.end - 2]
        describe(before, before.root, {t.i: before.root.i for t in before})
        before._.role, before._.marker = span._.role, span._.marker
        joined = doc[span.end - 1 : after.end]
        role = after._.role
        describe(joined, after[0], {t.i: after[0].i for t in joined})
        joined._.role = "main" if role == "subordinate" else role
        joined._.marker = None
        out.extend([before, joined])
    return out


def clause_after_colon(spans: list[Span]) -> list[Span]:
    """_FALLBACK_CLAUSE_AFTER_COLON: one clause holds a colon with a name and a finite
    verb right after it, and the clause's own verb before it ("Boek een proefdag: Daan
    belt u binnen 1 werkdag na uw aanmelding"): the words after the colon are a clause of
    their own, whose subject the name is (read by
    :func:`smartlint.nl.fronted_subjects.subject_before_reader`)."""
    out: list[Span] = []
    for span in spans:
        colon = next((t for t in span if t.text == ":" and span.start + 1 < t.i < span.end - 2), None)
        doc = span.doc
        if colon is None or not _names_someone(doc[colon.i + 1]) or doc[colon.i + 2].pos_ not in ("VERB", "AUX") \
                or "Fin" not in doc[colon.i + 2].morph.get("VerbForm"):
            out.append(span)
            continue
        before, after, verb = doc[span.start : colon.i], doc[colon.i + 1 : span.end], doc[colon.i + 2]
        finite = span._.finite
        if finite is None or not before.start <= finite.i < before.end:
            out.append(span)  # a title before the colon ("Snelle fix voor je VPN-probleem: Kevin zet ...")
            continue
        head = finite
        role, marker = span._.role, span._.marker
        describe(before, head, {t.i: head.i for t in before})
        before._.role, before._.marker = role, marker
        describe(after, verb, {t.i: verb.i for t in after})
        after._.role, after._.marker = "coordinate", None
        out.extend([before, after])
    return out


def _names_someone(token: Token) -> bool:
    """A capitalised first name of the lexicon, or a word the tagger reads as a name."""
    return token.text[:1].isupper() and (fold(token.text) in lexicon()["first_names"] or token.pos_ == "PROPN")
