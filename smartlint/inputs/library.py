"""What YAML, JSON and CSV libraries of canned responses share.

Every string leaf of a YAML/JSON library is a message of its own, named by its key
path (``responses.refund.body``, ``faq[3].answer``), except values that are
obviously not prose: under keys such as ``id`` or ``url``, or without any
whitespace (a slug, a locale, a link).
"""

from __future__ import annotations

import re

from smartlint.segments import SourceDocument

# Keys whose values are identifiers, not text for a customer; also matched as a
# suffix (``template_id``, ``help-url``).
NON_PROSE_KEYS = frozenset({"id", "key", "code", "url", "slug", "locale", "lang", "tags", "category"})
_SUFFIX_SPLIT_RE = re.compile(r"[_\-.]")
_PLAIN_KEY_RE = re.compile(r"[^\s.\[\]\"]+")


def is_non_prose_key(name: str | None) -> bool:
    if name is None:
        return False
    lowered = name.strip().lower()
    return lowered in NON_PROSE_KEYS or _SUFFIX_SPLIT_RE.split(lowered)[-1] in NON_PROSE_KEYS


def is_prose(value: str) -> bool:
    """A message needs at least two words; a lone token is an identifier or a link."""
    stripped = value.strip()
    return bool(stripped) and any(ch.isspace() for ch in stripped)


def key_path(parts: list[str | int]) -> str | None:
    """``["faq", 3, "answer"]`` -> ``faq[3].answer``; odd keys are quoted: ``x["order status"]``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY_RE.fullmatch(part):
            out += f".{part}" if out else part
        else:
            quoted = part.replace("\\", "\\\\").replace('"', '\\"')
            out += f'["{quoted}"]'
    return out or None


def last_mapping_key(parts: list[str | int]) -> str | None:
    """The nearest enclosing mapping key (``tags`` for ``faq[0].tags[2]``)."""
    return next((p for p in reversed(parts) if isinstance(p, str)), None)


def note_if_empty(doc: SourceDocument) -> None:
    if not doc.segments:
        doc.notes.append("no messages found (no string values with prose)")
