"""XLIFF 1.2 and 2.0 (``.xlf``/``.xliff``): one segment per ``<target>``.

The file is first checked by :mod:`xml.parsers.expat` (well-formedness, with the
line and column of the first error); a ``<!DOCTYPE`` is read only with plain text
entities, anything else is refused (no XXE, no "billion laughs": see
:mod:`smartlint.inputs.xml_text`).  A
scanner then takes the text of every ``<target>`` with exact offsets: the five XML
entities and character references map to their source characters, CDATA is copied,
inline codes that stand for a variable (``<x/>``, ``<ph>``) become a ``{ph}``
placeholder over the whole code, and formatting codes (``<g>``, ``<bpt>``/``<ept>``,
``<pc>``, ``<sc/>``/``<ec/>``, ``<mrk>``) are left out but their text is kept.

Keys: the ``trans-unit``'s ``resname`` or ``id`` (1.2); the ``unit`` id, and
``/segment-id`` when the segment has an id or is not the unit's first (2.0).
Escaped HTML inside a target (``&lt;strong&gt;``) is markup of the message: the
library scoping strips it (``library: {markup: off}`` keeps it).
"""

from __future__ import annotations

import re

from smartlint.inputs.library import is_prose, note_if_empty
from smartlint.inputs.view import View, ViewBuilder
from smartlint.inputs.xml_text import (
    attributes,
    check_well_formed,
    end_of_tag,
    markup_text,
)
from smartlint.segments import SourceDocument

# Tag openings only; where a tag ends is found by end_of_tag, which skips quoted
# attribute values (they may hold '>') in one linear pass.
_TAG = re.compile(r"<(/?)(trans-unit|unit|segment|target)\b")
_INNER = re.compile(r"<!\[CDATA\[|<!--|<(/?)([\w:.-]{1,100})|&")
_VARIABLE_CODES = frozenset({"x", "ph", "bx", "ex"})  # a code standing for a value
_NATIVE_CODE = frozenset({"ph", "bpt", "ept", "it"})  # content is the code itself, no text
PLACEHOLDER = "{ph}"


def read_xliff_library(doc: SourceDocument) -> None:
    text = doc.source_text
    entities = check_well_formed(text, doc, "XLIFF")
    source = View.of_source(text)
    unit_key: str | None = None
    segment_id: str | None = None
    segments_in_unit = 0
    target_start: int | None = None
    for m in _TAG.finditer(text):
        closing, name = m.group(1), m.group(2)
        tag_end = end_of_tag(text, m.end(), len(text))
        attrs = text[m.end() : tag_end - 1]
        if name in ("trans-unit", "unit") and not closing:
            found = attributes(attrs)
            unit_key = found.get("resname") or found.get("id") or f"line {doc.line_col(m.start())[0]}"
            segments_in_unit, segment_id = 0, None
        elif name == "segment" and not closing:
            segments_in_unit += 1
            segment_id = attributes(attrs).get("id")
        elif name == "target" and not closing and not attrs.rstrip().endswith("/"):
            target_start = tag_end
        elif name == "target" and closing and target_start is not None:
            view = target_view(source, target_start, m.start(), entities)
            if is_prose(view.text):
                numbered = segment_id is not None or segments_in_unit > 1
                key = f"{unit_key}/{segment_id or segments_in_unit}" if numbered else unit_key
                doc.segments.append(view.segment(key=key))
            target_start = None
    note_if_empty(doc)


def target_view(source: View, start: int, end: int, entities: dict[str, str]) -> View:
    """The text of a ``<target>`` whose content lies at ``source.text[start:end]``."""
    text, out = source.text, ViewBuilder(source)
    pos = start
    native_depth = 0  # inside <ph>...</ph>, <bpt>...</bpt>: code, not text
    while pos < end:
        m = _INNER.search(text, pos, end)
        stop = m.start() if m else end
        if not native_depth:
            out.copy(pos, stop)
        if m is None:
            break
        after = markup_text(text, m.start(), end, out, keep=not native_depth, entities=entities)
        if after is not None:
            pos = after
        else:
            closing, name = m.group(1), m.group(2).split(":")[-1]
            tag_end = end_of_tag(text, m.end(), end)
            self_closing = text[tag_end - 2 : tag_end] == "/>"
            if name in _VARIABLE_CODES and not closing and not native_depth:
                code_end = tag_end if self_closing else _closing_tag_end(text, tag_end, name, end)
                out.replace(PLACEHOLDER, m.start(), code_end)
                pos = code_end
                continue
            if name in _NATIVE_CODE and not self_closing:
                native_depth += -1 if closing else 1
                native_depth = max(native_depth, 0)
            pos = tag_end
    return out.view()


def _closing_tag_end(text: str, pos: int, name: str, end: int) -> int:
    """The end of ``</name>`` after ``pos`` (the code's content is skipped), or ``pos``."""
    close = re.compile(rf"</(?:[\w.-]{{1,100}}:)?{re.escape(name)}\s*>").search(text, pos, end)
    return close.end() if close else pos
