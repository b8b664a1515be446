"""Java ``.properties`` message bundles (Keycloak themes, Spring and Jakarta apps,
Atlassian plugins: ``messages_nl.properties``): one segment per value, keyed by its key.

The format of ``java.util.Properties``: a logical line is a key, a separator (``=``,
``:`` or whitespace) and a value; a line ending in an odd number of backslashes goes on
on the next line, whose leading whitespace is dropped; ``#`` and ``!`` start comment
lines.  Escapes ``\\t``, ``\\n``, ``\\r``, ``\\f``, ``\\uXXXX`` and ``\\x`` (= ``x``) are
decoded into a view, so every word keeps its exact line and column.  Values are
``MessageFormat`` patterns (``{0}`` placeholders), where ``''`` stands for one
apostrophe ("Klik op ''Opslaan''").  One linear pass; bounded by the file size.
"""

from __future__ import annotations

from smartlint.inputs.library import add_keyed_values
from smartlint.inputs.view import View, ViewBuilder
from smartlint.segments import SourceDocument

_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}
_HEX = frozenset("0123456789abcdefABCDEF")
_SEPARATORS = "=:"
_BLANKS = " \t\f"


def read_properties_library(doc: SourceDocument) -> None:
    source = View.of_source(doc.source_text)
    add_keyed_values(doc, _Scanner(source.text, source).entries())


class _Scanner:
    def __init__(self, text: str, base: View):
        self.text, self.base = text, base

    def entries(self):
        text, pos, end = self.text, 0, len(self.text)
        while pos < end:
            pos = self._skip_blanks(pos)
            if pos >= end:
                break
            if text[pos] in "\r\n":
                pos += 1
                continue
            if text[pos] in "#!":
                pos = self._line_end(pos)
                continue
            key, pos = self._key(pos)
            pos = self._skip_blanks(pos)
            if pos < end and text[pos] in _SEPARATORS:
                pos = self._skip_blanks(pos + 1)
            builder, pos = self._value(pos)
            if key:
                yield key, builder

    def _skip_blanks(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos] in _BLANKS:
            pos += 1
        return pos

    def _line_end(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos] not in "\r\n":
            pos += 1
        return pos

    def _key(self, pos: int) -> tuple[str, int]:
        text, out = self.text, []
        while pos < len(text) and text[pos] not in _SEPARATORS + _BLANKS + "\r\n":
            if text[pos] == "\\" and pos + 1 < len(text) and text[pos + 1] not in "\r\n":
                if text[pos + 1] == "u" and all(c in _HEX for c in text[pos + 2:pos + 6]) and pos + 6 <= len(text):
                    out.append(chr(int(text[pos + 2:pos + 6], 16)))
                    pos += 6
                    continue
                out.append(_ESCAPES.get(text[pos + 1], text[pos + 1]))
                pos += 2
                continue
            out.append(text[pos])
            pos += 1
        return "".join(out), pos

    def _value(self, pos: int) -> tuple[ViewBuilder, int]:
        """The value from ``pos`` to the end of its logical line, decoded into a view."""
        text, builder = self.text, ViewBuilder(self.base)
        run = pos  # start of the characters copied as they are
        while pos < len(text) and text[pos] not in "\r\n":
            ch = text[pos]
            if ch == "'" and pos + 1 < len(text) and text[pos + 1] == "'":
                builder.copy(run, pos)
                builder.replace("'", pos, pos + 2)
                pos = run = pos + 2
                continue
            if ch != "\\":
                pos += 1
                continue
            builder.copy(run, pos)
            nxt = text[pos + 1] if pos + 1 < len(text) else ""
            if nxt in ("\r", "\n", ""):  # a continued line: its break and indent are nothing
                pos += 1
                if text.startswith("\r\n", pos):
                    pos += 2
                elif pos < len(text):
                    pos += 1
                pos = run = self._skip_blanks(pos)  # (joined as Java joins it: no space added)
                continue
            if nxt == "u" and pos + 6 <= len(text) and all(c in _HEX for c in text[pos + 2:pos + 6]):
                builder.replace(chr(int(text[pos + 2:pos + 6], 16)), pos, pos + 6)
                pos = run = pos + 6
                continue
            builder.replace(_ESCAPES.get(nxt, nxt), pos, pos + 2)
            pos = run = pos + 2
        builder.copy(run, pos)
        return builder, pos
