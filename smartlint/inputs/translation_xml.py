"""Translation files in XML whose messages are ``<translation>`` elements: Qt Linguist
(``.ts``: ``<TS>``, one ``<message>`` per text with its ``<source>``) and Google's
translation bundles (``.xtb``: ``<translationbundle>``, ``<translation id="...">``).

Checked and read as XLIFF is (:mod:`.xliff_library`): well-formedness first, then the
text of every ``<translation>`` with exact offsets, ``<ph name="..."/>`` as a
placeholder.  A Qt translation marked ``unfinished``, ``obsolete`` or ``vanished`` is
not shipped (``lrelease`` leaves it out), so it is not read.  Keys: the Qt context's
``<name>`` and the message's ``<source>`` text, or the bundle's ``id``.
"""

from __future__ import annotations

import re

from smartlint.inputs.library import is_prose, note_if_empty
from smartlint.inputs.view import View
from smartlint.inputs.xliff_library import target_view
from smartlint.inputs.xml_text import attributes, check_well_formed, end_of_tag
from smartlint.segments import SourceDocument

_TAG = re.compile(r"<(/?)(name|source|translation)\b")
_NOT_SHIPPED = frozenset({"unfinished", "obsolete", "vanished"})
_SOURCE_KEY_CHARS = 80
# The root element of a file this reader takes, in its first 2,000 characters.
_ROOT = re.compile(r"<(TS|translationbundle)\b")


def is_translation_xml(text: str) -> bool:
    """A Qt Linguist or Google translation bundle (not a TypeScript module named .ts)."""
    head = text[:2_000].lstrip("\ufeff \t\r\n")
    return head.startswith("<") and _ROOT.search(head) is not None


def read_translation_xml(doc: SourceDocument) -> None:
    text = doc.source_text
    entities = check_well_formed(text, doc, "translation XML")
    source = View.of_source(text)
    context = source_text = None
    opened: dict[str, tuple[int, dict[str, str]]] = {}
    for m in _TAG.finditer(text):
        closing, name = m.group(1), m.group(2)
        tag_end = end_of_tag(text, m.end(), len(text))
        if not closing:
            if text[tag_end - 2 : tag_end] != "/>":
                opened[name] = (tag_end, attributes(text[m.end() : tag_end - 1]))
            continue
        if name not in opened:
            continue
        start, attrs = opened.pop(name)
        if name == "name":
            context = text[start : m.start()].strip()
        elif name == "source":
            source_text = " ".join(text[start : m.start()].split())[:_SOURCE_KEY_CHARS]
        elif attrs.get("type") not in _NOT_SHIPPED:
            view = target_view(source, start, m.start(), entities)
            if is_prose(view.text):
                key = attrs.get("id") or "/".join(part for part in (context, source_text) if part) or None
                doc.segments.append(view.segment(key=key))
    note_if_empty(doc)
