"""Android string resources (``res/values*/strings.xml``): one segment per string.

``<string name="k">``, each ``<item quantity="one">`` of ``<plurals name="k">`` (key
``k.one``, a plural form as the library scoping knows them) and each ``<item>`` of a
``<string-array name="k">`` (key ``k[0]``).  ``translatable="false"`` strings are left
out.  The file is checked as XLIFF files are (expat; a ``<!DOCTYPE`` only with plain
text entities, "&appName;", which are read, no others); the value is then decoded with exact offsets the way Android's resource
compiler reads it: XML entities and CDATA, Android's escapes (``\\'``, ``\\"``, ``\\n``,
``\\t``, ``\\@``, ``\\?``, ``\\uXXXX``), unescaped double quotes removed, and inline styling
tags (``<b>``, ``<a href>``, ``<xliff:g>``) left out with their text kept.

An ``.xml`` file whose root is not ``<resources>`` is no string resource: it is skipped
with a note; directory walks only take ``.xml`` files from ``values*`` folders.
"""

from __future__ import annotations

import re
from pathlib import Path

from smartlint.inputs.library import is_prose, note_if_empty
from smartlint.inputs.view import View, ViewBuilder
from smartlint.inputs.xml_text import (
    attributes,
    check_well_formed,
    end_of_tag,
    markup_text,
)
from smartlint.segments import SourceDocument

NOT_RESOURCES_NOTE = "not an Android string resource file (no <resources> root): skipped"
_ROOT = re.compile(r"<([A-Za-z_][\w:.-]{0,100})")
_TAG = re.compile(r"<(/?)(string-array|string|plurals|item)(?=[\s/>])")
_INNER = re.compile(r"<!\[CDATA\[|<!--|</?[A-Za-z_][\w:.-]{0,100}|&|\\|\"")
_ESCAPES = {"'": "'", '"': '"', "\\": "\\", "n": "\n", "t": "\t", "@": "@", "?": "?"}
_UNICODE = re.compile(r"\\u([0-9a-fA-F]{4})")


def walkable(path: Path) -> bool:
    """A folder walk reads an ``.xml`` file only from a ``values*`` resource folder."""
    return path.suffix.lower() != ".xml" or path.parent.name.lower().startswith("values")


def read_android_strings(doc: SourceDocument) -> None:
    text = doc.source_text
    root = _root_name(text)
    if root != "resources":
        doc.notes.append(NOT_RESOURCES_NOTE)
        return
    entities = check_well_formed(text, doc, "Android resource XML")
    source = View.of_source(text)
    container: str | None = None
    index = 0
    for m in _TAG.finditer(text):
        closing, name = m.group(1), m.group(2)
        tag_end = end_of_tag(text, m.end(), len(text))
        attrs = attributes(text[m.end() : tag_end - 1])
        if closing:
            if name in ("plurals", "string-array"):
                container = None
            continue
        if text[tag_end - 2 : tag_end] == "/>" or attrs.get("translatable") == "false":
            continue
        if name in ("plurals", "string-array"):
            container, index = f"{attrs.get('name', '')}\0{name}", 0
            continue
        close = text.find(f"</{name}", tag_end)
        if close == -1:
            continue  # expat accepted the file, so this cannot happen
        if name == "string":
            key = attrs.get("name")
        elif container is None:
            continue  # an <item> of another resource type
        else:
            owner, kind = container.split("\0")
            key = f"{owner}.{attrs.get('quantity', index)}" if kind == "plurals" else f"{owner}[{index}]"
            index += 1
        view = _value_view(source, tag_end, close, entities)
        if is_prose(view.text):
            doc.segments.append(view.segment(key=key))
    note_if_empty(doc)


def _root_name(text: str) -> str | None:
    """The first element's name, after the XML declaration, comments and a DOCTYPE."""
    pos = 0
    while True:
        pos = text.find("<", pos)
        if pos == -1:
            return None
        for opener, closer in (("<?", "?>"), ("<!--", "-->"), ("<!", ">")):
            if text.startswith(opener, pos):
                close = text.find(closer, pos + len(opener))
                pos = len(text) if close == -1 else close + len(closer)
                break
        else:
            m = _ROOT.match(text, pos)
            return m.group(1) if m else None


def _value_view(source: View, start: int, end: int, entities: dict[str, str]) -> View:
    """The text of a value at ``source.text[start:end]``, decoded as Android reads it."""
    text, out = source.text, ViewBuilder(source)
    pos = start
    while pos < end:
        m = _INNER.search(text, pos, end)
        stop = m.start() if m else end
        out.copy(pos, stop)
        if m is None:
            break
        token = m.group()
        after = markup_text(text, m.start(), end, out, entities=entities)
        if after is not None:
            pos = after
        elif token == "\\":
            pos = _escape(text, m.start(), end, out)
        elif token == '"':
            pos = m.end()  # an unescaped quote only marks a stretch whose spaces are kept
        else:  # a styling tag (<b>, </a>, <xliff:g ...>): left out, its text kept
            pos = end_of_tag(text, m.end(), end)
    return out.view()


def _escape(text: str, pos: int, end: int, out: ViewBuilder) -> int:
    unicode = _UNICODE.match(text, pos, end)
    if unicode is not None:
        out.replace(chr(int(unicode.group(1), 16)), pos, unicode.end())
        return unicode.end()
    code = text[pos + 1] if pos + 1 < end else ""
    if code in _ESCAPES:
        out.replace(_ESCAPES[code], pos, pos + 2)
        return pos + 2
    out.copy(pos, pos + 1)  # a lone backslash stays
    return pos + 1
