"""Plain text: the whole text is one segment, minus suppression directives."""

from __future__ import annotations

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


def read_text(doc: SourceDocument, base: View | None = None) -> None:
    view = directive_free_view(base or View.of_source(doc.source_text))
    if view.text.strip():
        doc.segments.append(view.segment())
