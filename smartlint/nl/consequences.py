"""What follows from the reader's own step: "Stuur een e-mail met 'help'. U ontvangt dan
een bericht terug", "Vul het formulier in. Je krijgt dan een nieuwe code".

A clause with "dan" (then: after that step) whose step is an instruction to the reader
tells what happens once the reader acts: a condition met, the software answering, not
a promise of ours with a person and a moment to name (the handbook's labelling: a
condition is no promise).  Only for what comes to the reader or happens by itself (the
reader, a thing or nobody as subject, a passive); a clause of ours keeps its act ("Bel
ons, dan plannen we ..." is read where conditions are).  The step is the main clause
before it in the same sentence or the last whole main clause in the three sentences
before.  Not a "dan" that compares (a comparative, or a lexicon
``comparison_before_then`` word before it: "meer dan", "anders dan").  Blind judges
called such findings wrong on real mailing-list mails (real-text-128, -129).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_THEN = "dan"  # the closed-class word itself, as smartlint.checks.word_classes.THEN
_NOT_OURS = {"customer", "thing", "none"}
_MAX_LINES_BACK = 3


def consequences_of_steps(spans: list["Span"], earlier: list["Span"]) -> None:
    """Read a promise-looking clause that follows the reader's step as a description."""
    ordered = sorted(spans, key=lambda s: s.start)
    for k, span in enumerate(ordered):
        if span._.act != "promise" or span._.subject_kind not in _NOT_OURS or not _has_then(span):
            continue
        mains = [c for c in ordered[:k] if _whole_clause(c)]
        before = mains[-1] if mains else _main_of_previous_sentence(span, earlier)
        if before is not None and before._.act == "instruction":
            span._.act = "description"
            span._.routine = True


def _has_then(span: "Span") -> bool:
    return any(fold(t.text) == _THEN and not _compares(t) for t in span)


def _compares(token: "Token") -> bool:
    """ "meer dan", "eerder dan", "anders dan": "dan" after a comparative."""
    if token.i == 0:
        return False
    previous = token.doc[token.i - 1]
    return "Cmp" in previous.morph.get("Degree") \
        or fold(previous.text) in lexicon()["comparison_before_then"].words


def _whole_clause(clause: "Span") -> bool:
    """A main clause with a verb and a subject, or an imperative: not a fragment the
    parser gave a verb ("met het woord 'help' in de onderwerpregel")."""
    return clause._.role == "main" and clause._.finite is not None \
        and (clause._.subject is not None or clause._.mood == "imperative")


def _main_of_previous_sentence(span: "Span", earlier: list["Span"]) -> "Span | None":
    """The main clause of the sentence right before, passing over lines with no clause of
    their own (an address or a placeholder on a line of its own: "... door een bericht te
    sturen aan:\n\n  %(adres)s\n\nmet het woord 'help'. U ontvangt dan ..."); at most
    ``_MAX_LINES_BACK`` sentences back, walking back from the last clause (``earlier`` is
    in text order), so a long string costs no more per clause."""
    sentences: list[int] = []
    for clause in reversed(earlier):
        start = clause.sent.start
        if not sentences or sentences[-1] != start:
            if len(sentences) == _MAX_LINES_BACK:
                return None
            sentences.append(start)
        if _whole_clause(clause):
            return clause
    return None
