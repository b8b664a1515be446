"""Keeping only what the sender of an e-mail wrote.

Dropped: quoted lines (``> …``), and everything from the first of these on:
an attribution line (``Op 24 nov. 2025 om 10:12 schreef Jan <jan@example.nl>:``,
``On … wrote:``, also wrapped over two lines), an ``-----Original Message-----`` /
``-----Oorspronkelijk bericht-----`` / forward separator, an Outlook reply header
(``Van:`` followed by ``Verzonden:``/``Datum:``), and the signature after ``-- ``.
"""

from __future__ import annotations

import re

from smartlint.inputs.view import View, ViewBuilder, line_spans

_QUOTED_RE = re.compile(r"[ \t]*>")
_SIGNATURE_RE = re.compile(r"-- ?")
_ATTRIBUTION_START_RE = re.compile(r"[ \t]*(?:Op|On)\s", re.IGNORECASE)
# An attribution line: "Op <when> schreef <who>:".  A time or an address tells a
# client's attribution from the sender's own "Op 24 november schreef u:".  Checked
# in parts by is_attribution(): as one pattern ('.*schreef[^\n]*:') it backtracked
# over every 'schreef' on a long line that did not end in ':'.
_ATTRIBUTION_HEAD_RE = re.compile(r"[ \t]*(?:Op|On)\s", re.IGNORECASE)
_ATTRIBUTION_WHEN_RE = re.compile(r"\d{1,2}[:.]\d{2}|@")
_ATTRIBUTION_VERB_RE = re.compile(r"\b(?:schreef|wrote|geschreven)\b", re.IGNORECASE)
_SEPARATOR_RE = re.compile(
    r"[ \t]*(?:-{2,}[ \t]*(?:original message|oorspronkelijk bericht|origineel bericht|"
    r"forwarded message|doorgestuurd bericht)[ \t]*-{2,}|begin (?:doorgestuurd bericht|forwarded message):)[ \t]*",
    re.IGNORECASE,
)
_OUTLOOK_FROM_RE = re.compile(r"[ \t]*\*?(?:Van|From):\*?\s", re.IGNORECASE)
_OUTLOOK_NEXT_RE = re.compile(r"[ \t]*\*?(?:Verzonden|Sent|Datum|Date|Aan|To):\*?\s", re.IGNORECASE)


def sender_text_view(base: View) -> View:
    """``base`` without quoted replies, forwarded text and signature (line breaks of dropped quoted lines kept)."""
    text = base.text
    lines = line_spans(text)
    out = ViewBuilder(base)
    cut = reply_start(text, lines)
    if cut == len(lines) and not any(_QUOTED_RE.match(text, s, e) for s, e, _ in lines):
        return base  # nothing to drop: keep the map as it is
    for start, content_end, next_start in lines[:cut]:
        if _QUOTED_RE.match(text, start, content_end):
            out.skip(start, next_start)
        else:
            out.copy(start, next_start)
    return out.view()


def reply_start(text: str, lines: list[tuple[int, int, int]]) -> int:
    """Index of the first line that no longer belongs to the sender's own text."""
    for i, (start, end, _) in enumerate(lines):
        line = text[start:end]
        if _SIGNATURE_RE.fullmatch(line) or _SEPARATOR_RE.fullmatch(line) or is_attribution(line):
            return i
        if _ATTRIBUTION_START_RE.match(line) and i + 1 < len(lines):
            # Clients wrap long attributions: "Op ... schreef Jan Jansen <" / "jan@example.nl>:"
            nxt_start, nxt_end, _ = lines[i + 1]
            if is_attribution(line + " " + text[nxt_start:nxt_end]):
                return i
        if _OUTLOOK_FROM_RE.match(line):
            following = lines[i + 1 : i + 4]
            if any(_OUTLOOK_NEXT_RE.match(text, s, e) for s, e, _ in following):
                return i
    return len(lines)


def is_attribution(line: str) -> bool:
    """``Op ma 1 jan 2026 om 10:00 schreef Jan <jan@example.nl>:`` (one line, no break)."""
    body = line.rstrip(" \t")
    head = _ATTRIBUTION_HEAD_RE.match(body)
    if head is None or not body.endswith(":") or "\n" in body[head.end() :]:
        return False
    return (
        _ATTRIBUTION_WHEN_RE.search(body, head.end()) is not None
        and _ATTRIBUTION_VERB_RE.search(body, head.end() - 1, len(body) - 1) is not None
    )
