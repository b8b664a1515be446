"""Plain text: the whole text is one segment, minus suppression directives.

A text that opens with mail headers, as many e-mail templates do ("Subject: Welkom op
{SITENAME}" then "List-Unsubscribe: <...>" and a blank line), reads like an ``.eml``:
the subject is a segment of its own (kind ``subject``), the other header lines are no
text, the body after the blank line is the message.
"""

from __future__ import annotations

import re

from smartlint.inputs.directives import BARE_DIRECTIVE_LINE_RE, directive_comments
from smartlint.inputs.view import View, ViewBuilder
from smartlint.segments import SourceDocument


def directive_free_view(base: View) -> View:
    """``base`` without suppression directives; a line that held only one keeps its line break."""
    text = base.text
    out = ViewBuilder(base)
    pos = 0
    for start, end in _directive_spans(text):
        out.copy(pos, start)
        out.skip(start, end)
        pos = end
    out.copy(pos, len(text))
    return out.view()


def _directive_spans(text: str) -> list[tuple[int, int]]:
    """Directive spans, widened to the whole line when nothing else is on it."""
    spans = []
    for start, end, _ in directive_comments(text):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = _line_end(text, end)
        if not text[line_start:start].strip() and not text[end:line_end].strip():
            start, end = line_start, line_end
        spans.append((start, end))
    line_start = 0
    while line_start < len(text):
        line_end = _line_end(text, line_start)
        if BARE_DIRECTIVE_LINE_RE.fullmatch(text, line_start, line_end):
            spans.append((line_start, line_end))
        line_start = line_end + 1
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _line_end(text: str, pos: int) -> int:
    """Offset of the line break (or end of text) at or after ``pos``, before any '\\r'."""
    nl = text.find("\n", pos)
    nl = len(text) if nl == -1 else nl
    return nl - 1 if nl > pos and text[nl - 1] == "\r" else nl


# A header line ("Subject: ...", "List-Unsubscribe: <...>"); the block must open with
# the subject, so a note that opens "Status: opgelost" stays text.
_HEADER_RE = re.compile(r"[A-Za-z][A-Za-z-]{1,40}:[ \t]")
_SUBJECT_RE = re.compile(r"(?:subject|onderwerp):[ \t]*", re.IGNORECASE)


def read_text(doc: SourceDocument, base: View | None = None) -> None:
    view = directive_free_view(base or View.of_source(doc.source_text))
    headers = _mail_headers(view.text)
    if headers is not None:
        (subject_start, subject_end), body_start = headers
        if view.text[subject_start:subject_end].strip():
            subject = ViewBuilder(view)
            subject.copy(subject_start, subject_end)
            doc.segments.append(subject.segment(key="Subject", kind="subject"))
        body = ViewBuilder(view)
        body.skip(0, body_start)
        body.copy(body_start, len(view.text))
        view = body.view()
    if view.text.strip():
        doc.segments.append(view.segment())


def _mail_headers(text: str) -> tuple[tuple[int, int], int] | None:
    """(the subject's span, where the body starts) when ``text`` opens with a block of
    mail header lines, the first a subject, ended by a blank line; else None."""
    first = _SUBJECT_RE.match(text)
    if first is None:
        return None
    subject = (first.end(), _line_end(text, 0))
    pos = 0
    while pos < len(text):
        end = _line_end(text, pos)
        if not text[pos:end].strip():
            return subject, end
        if not _HEADER_RE.match(text, pos):
            return None  # prose after the first line: a note that names its subject
        pos = text.find("\n", end)
        if pos == -1:
            return None
        pos += 1
    return None
