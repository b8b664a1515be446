"""Confidentiality: the names of our other clients never reach a client.

The client names come from the configuration (``clients:`` with aliases, and
``client:`` for the recipient), not from a pack, so this is a check rather than a
phrase list.  Matching is case-insensitive, on whole words, and a multi-word
name may be split over a line break ("Garage De\\nVries").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from smartlint.checks import CheckContext, Hit, register
from smartlint.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc


@register("clients.other_client")
def other_client(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    """Hit every mention of a configured client other than the recipient.

    params:
      message: the finding's message; ``{name}`` is the client's main name.
    """
    if not ctx.clients:
        return
    recipient = (ctx.client or "").strip().lower()
    own_names: list[str] = [recipient] if recipient else []
    others: list[tuple[str, tuple[str, ...]]] = []
    for client in ctx.clients:
        names = tuple(n for n in client.names if n and n.strip())
        if recipient and recipient in (n.strip().lower() for n in names):
            own_names += [n.lower() for n in names]  # the recipient's own aliases are fine
        else:
            others.append((client.name, names))
    if not others:
        return
    text = doc_text(doc)
    own_spans = [m.span() for m in _names_regex(tuple(own_names)).finditer(text)] if own_names else []
    message = params.get("message")
    for main_name, names in others:
        for m in _names_regex(names).finditer(text):
            start, end = m.span()
            # "Jansen" inside the recipient's own "Bakkerij Jansen" is the recipient.
            if any(s <= start and end <= e and (e - s) > (end - start) for s, e in own_spans):
                continue
            yield Hit(start, end, message=message.replace("{name}", main_name) if message else None)


@lru_cache(maxsize=64)
def _names_regex(names: tuple[str, ...]) -> re.Pattern:
    """Whole-word, case-insensitive, any whitespace between the words of a name."""
    alternatives = sorted(
        {r"\s+".join(re.escape(word) for word in name.split()) for name in names if name.split()},
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
