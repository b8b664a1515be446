"""The first sentence of a message that says something (not a greeting, sign-off or
thanks): where rule no-next-step reports a message without a concrete next step.
Split from :mod:`smartlint.checks.promises`, whose promises it reads."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from smartlint.checks import CheckContext
from smartlint.checks.clauses import content_sentences
from smartlint.checks.promises import find_promises
from smartlint.checks.promise_words import promise_words
from smartlint.checks.lexicon import fold
from smartlint.nl.lexicon import lexicon
from smartlint.placeholders import placeholder_letters

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def first_content_sentence(doc: "Doc", ctx: CheckContext, params: dict | None = None) -> "Span | None":
    """The first sentence that says something (not a greeting, sign-off, thanks)."""
    courtesy = promise_words(params).courtesy_sentences
    starts = [p.start for p in find_promises(doc, ctx, params)]
    placeholder_starts = [p.start for p in ctx.placeholders]
    hoping = None
    for sent in content_sentences(doc):
        if placeholder_starts and _only_placeholders(sent, ctx, placeholder_starts):
            continue  # "[{shop_url}]": a template's logo link, no sentence
        folded = fold(sent.text.strip())
        # (a formula that introduces content after a colon opens nothing courteous: "Geen
        # zorgen: met ons pakket bent u ...")
        opens_courteously = any(s == 0 and not _introduces(folded, e) for s, e in courtesy.find(folded))
        if not opens_courteously or any(sent.start_char <= s < sent.end_char for s in starts):
            return sent
        if hoping is None and any(s == 0 for s, _ in lexicon()["hope_openers"].find(fold(sent.text.strip()))):
            hoping = sent
    # a message of nothing but a hope ("Hopelijk is de nieuwe versie volgende week
    # beschikbaar.") has said nothing that comes next
    return hoping

def _introduces(folded: str, end: int) -> bool:
    """A colon right after the formula, and a clause of three words or more after it."""
    rest = folded[end:].lstrip()
    return rest.startswith(":") and len(rest[1:].split()) >= 3


def _only_placeholders(sent: "Span", ctx: CheckContext, starts: list[int]) -> bool:
    """Every letter of the sentence lies in a placeholder ("[{shop_url}]", "{WELCOME_MSG}");
    ``starts``: the placeholders' starts, in text order as they come."""
    lo = max(0, bisect.bisect_right(starts, sent.start_char) - 1)
    hi = bisect.bisect_left(starts, sent.end_char)
    inside = [p for p in ctx.placeholders[lo:hi] if p.end > sent.start_char]
    if not inside:
        return False
    covered, letters = placeholder_letters(sent.doc.text, sent.start_char, sent.end_char, inside)
    return covered == letters
