"""The reader's purpose in a library string: "Wij bieden een zoekfunctie om snel te vinden
wat je zoekt", "Tussen de hulpjes om snel toegang te krijgen ..., voorzien we een
navigatieboom".  The "om ... te" infinitive says what a feature lets the reader do; a
vague word in it ("snel") times nothing of ours (a blind judge, real-text-235: both such
findings wrong).  Not after words of effort, intention or contact, where the infinitive
is our own act ("We doen ons best om uw bestelling snel te verzenden", "We proberen het
snel te regelen", "We nemen contact op om snel een afspraak te maken"; lexicon
``intention_verbs``, ``telling_verbs``, ``effort_before_purpose``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.checks.lexicon import fold
from smartlint.nl.lexicon import lexicon
from smartlint.nl.verbs import infinitives_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Tokens between "om" and its "te" (closed grammar: a purpose infinitive is short).
_MAX_PURPOSE_WORDS = 8


def readers_purposes(doc: "Doc") -> list[tuple[int, int]]:
    """Character ranges "om ... te <verb>" of purposes that are the reader's benefit."""
    lex = lexicon()
    intentions = lex["intention_verbs"].words
    telling = lex["telling_verbs"].words
    ranges = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        for k, token in enumerate(words):
            if fold(token.text) != "om":
                continue
            te = next((j for j in range(k + 1, min(k + 2 + _MAX_PURPOSE_WORDS, len(words)))
                       if fold(words[j].text) == "te"), None)
            if te is None or te + 1 >= len(words) or any(w.text in ",;:" for w in words[k:te]):
                continue
            before = words[:k]
            if any(infinitives_of(w.text) & (intentions | telling) for w in before) \
                    or lex["effort_before_purpose"].find(fold(" ".join(w.text for w in before))):
                continue  # our own act: "We doen ons best om ...", "We bellen u om ... af te spreken"
            verb = words[te + 1]
            ranges.append((token.idx, verb.idx + len(verb.text)))
    return ranges
