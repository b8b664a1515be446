"""Deciding whether a text is written during an incident (``--context auto``).

The incident protocol has its own rules (no time estimates, no explanations of
the cause), so a text counts as an incident message when it speaks of a storing,
uitval, outage, P1 and the like: a phrase of the lexicon list ``incident_words``
(compound heads and gaps included, see :class:`smartlint.nl.folding.PhraseList`),
matched on the text before (and without) the parse.
"""

from __future__ import annotations

CONTEXT_CHOICES = ("auto", "normal", "incident")


def is_incident_text(text: str) -> bool:
    from smartlint.nl.folding import fold
    from smartlint.nl.lexicon import lexicon

    return bool(lexicon()["incident_words"].find(fold(text)))


def resolve_context(setting: str, text: str) -> str:
    """'normal' or 'incident' for one segment, given the ``context`` setting."""
    if setting == "auto":
        return "incident" if is_incident_text(text) else "normal"
    if setting not in ("normal", "incident"):
        raise ValueError(f"unknown context {setting!r} (expected one of {', '.join(CONTEXT_CHOICES)})")
    return setting
