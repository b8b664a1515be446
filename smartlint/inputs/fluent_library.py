"""Project Fluent ``.ftl`` message files (Mozilla's Firefox, Thunderbird, Monitor, Relay
and mozilla.org, and other apps localised with Fluent): one segment per message or
attribute value, keyed by its identifier (``login-button``, ``login-button.title``).

The syntax read (https://projectfluent.org/fluent/guide/): ``#`` comment lines; an entry
``id = value`` (a term ``-brand-name = ...``) whose value may go on over indented lines;
an indented ``.attr = value`` is an attribute of the entry above.  A line break with the
indentation after it reads as one space.  Placeables stay in the text as they are (``{
$name }``, ``{ -brand-name }`` and ``{ NUMBER($n) }`` are placeholders to the checks),
except a select expression (``{ $count -> [one] ... *[other] ... }``), which reads as
its default variant only: one text, not every plural form at once.  Every kept
character keeps its exact line and column.  One linear pass over the file; a placeable
is looked for only within its entry, nested at most a few levels.
"""

from __future__ import annotations

import re

from smartlint.inputs.library import note_if_empty, skip_value
from smartlint.inputs.view import View, ViewBuilder
from smartlint.segments import SourceDocument

_ENTRY = re.compile(r"(-?[A-Za-z][\w-]{0,200})[ \t]*=[ \t]*")
_ATTRIBUTE = re.compile(r"[ \t]+\.([A-Za-z][\w-]{0,200})[ \t]*=[ \t]*")
_DEFAULT_VARIANT = re.compile(r"\*\[[^\]\n]{0,80}\][ \t]*")
_NEXT_VARIANT = re.compile(r"\n[ \t]*\*?\[")
_MAX_DEPTH = 8


def read_fluent_library(doc: SourceDocument) -> None:
    source = View.of_source(doc.source_text)
    text = source.text
    for key, start, end in _entries(text):
        builder = ViewBuilder(source)
        while start < end and text[start] in " \t\n":
            start += 1  # a value that starts on the next line ("confirm-body =" and then indented text)
        _pattern(text, builder, start, end)
        view = builder.view()
        if not view.text.strip() or skip_value(key.rsplit(".", 1)[-1], view.text):
            continue
        doc.segments.append(view.segment(key=key))
    note_if_empty(doc)


def _entries(text: str):
    """(key, start, end) of each message, term and attribute value."""
    key = None
    start = end = 0
    parent = None
    pos = 0
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        if line[:1] in (" ", "\t"):
            attribute = _ATTRIBUTE.match(text, pos, line_end)
            if attribute and parent is not None:
                if key is not None:
                    yield key, start, end
                key, start, end = f"{parent}.{attribute.group(1)}", attribute.end(), line_end
            elif key is not None and line.strip():
                end = line_end  # an indented line goes on with the value
        elif line[:1] == "}" and key is not None:
            end = line_end  # a select expression closed at the line start
        elif line.strip() and not line.startswith("#"):
            if key is not None:
                yield key, start, end
            entry = _ENTRY.match(text, pos, line_end)
            key = parent = entry.group(1) if entry else None
            start, end = (entry.end(), line_end) if entry else (0, 0)
        elif line.startswith("#") and key is not None:
            yield key, start, end
            key = parent = None
        pos = line_end + 1
    if key is not None:
        yield key, start, end


def _pattern(text: str, builder: ViewBuilder, start: int, end: int, depth: int = 0) -> None:
    """Copy ``text[start:end]`` into ``builder``: line breaks with their indentation as one
    space, a select expression as its default variant."""
    pos = run = start
    while pos < end:
        ch = text[pos]
        if ch == "\n":
            builder.copy(run, pos)
            after = pos + 1
            while after < end and text[after] in " \t":
                after += 1
            builder.replace(" ", pos, after)
            pos = run = after
            continue
        if ch == "{":
            close = _closing(text, pos, end)
            if close is None:
                break  # an unclosed placeable: the rest is copied as it stands
            inner = text[pos + 1 : close]
            if "->" in inner and depth < _MAX_DEPTH:
                builder.copy(run, pos)
                variant = _DEFAULT_VARIANT.search(text, pos + 1, close)
                if variant is not None:
                    nxt = _NEXT_VARIANT.search(text, variant.end(), close)
                    stop = nxt.start() if nxt else close
                    while stop > variant.end() and text[stop - 1] in " \t\n":
                        stop -= 1
                    _pattern(text, builder, variant.end(), stop, depth + 1)
                pos = run = close + 1
                continue
            pos = close + 1
            continue
        pos += 1
    builder.copy(run, end)


def _closing(text: str, start: int, end: int) -> int | None:
    """The ``}`` that closes the ``{`` at ``start`` (nested braces counted)."""
    depth = 0
    for pos in range(start, end):
        if text[pos] == "{":
            depth += 1
            if depth > _MAX_DEPTH:
                return None
        elif text[pos] == "}":
            depth -= 1
            if depth == 0:
                return pos
    return None
