"""A repair for a fronted time word the parser made the sentence's root: "Uiterlijk om
20.00 uur plaatsen we hier een nieuwe update" is parsed as the root "Uiterlijk" with
"om ... plaatsen we ..." as a purpose clause. Used by :mod:`smartlint.nl.clauses` after
the clauses are read from the parse (a named fallback, ``_FALLBACK_TIME_HEAD``).
"""

from __future__ import annotations

from spacy.tokens import Span

from smartlint.nl import INFINITIVE_MARKS
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon


def main_after_time_word(spans: list[Span]) -> list[Span]:
    """_FALLBACK_TIME_HEAD: the main clause is one ``time_words`` word with no verb,
    and the clause right after it, opened by "om", has a finite verb and a subject of
    its own and no "te" (so it is no "om ... te" purpose): that clause is the main one."""
    main = next((s for s in spans if s._.role == "main"), None)
    if main is None or main._.finite is not None:
        return spans
    words = [t for t in main if not t.is_punct and not t.is_space]
    if len(words) != 1 or fold(words[0].text) not in lexicon()["time_words"].words:
        return spans
    after = next((s for s in spans if s.start == main.end and s._.role == "subordinate"), None)
    if after is None or after._.finite is None or after._.subject is None \
            or fold(after[0].text) != "om" or any(fold(t.text) in INFINITIVE_MARKS - {"om"} for t in after):
        return spans
    main._.role, after._.role, after._.marker = "coordinate", "main", None
    return spans
