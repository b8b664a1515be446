"""Apple ``.strings`` message tables (iOS and macOS apps: ``nl.lproj/Localizable.strings``):
one segment per value, keyed by its key.

The format is the strings subset of the old-style property list: entries ``"key" =
"value";`` (a key or value may also be a bare word of letters, digits and ``_.$:/-``),
separated by whitespace, ``/* ... */`` and ``// ...`` comments.  Quoted strings may span
lines and hold the escapes ``\\"``, ``\\\\``, ``\\n``, ``\\t``, ``\\r``, ``\\UXXXX`` /
``\\uXXXX`` and octal ``\\NNN``; they are decoded into a view, so every word keeps its
exact line and column.  Values are format strings (``%@``, ``%1$@``, ``%d``: printf
placeholders, masked as such).  Files are often UTF-16 with a BOM (decoded before
this).  One linear pass; an unterminated string or comment, or a missing ``=`` or
``;``, is a one-line error with its line and column.
"""

from __future__ import annotations

from smartlint.errors import InputError
from smartlint.inputs.library import add_keyed_values
from smartlint.inputs.view import View, ViewBuilder
from smartlint.segments import SourceDocument

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_HEX = frozenset("0123456789abcdefABCDEF")
_OCTAL = frozenset("01234567")
_BARE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.$:/-")


def read_strings_library(doc: SourceDocument) -> None:
    source = View.of_source(doc.source_text)
    add_keyed_values(doc, _Scanner(doc, source).entries())


class _Scanner:
    def __init__(self, doc: SourceDocument, base: View):
        self.doc, self.base, self.text = doc, base, base.text

    def fail(self, pos: int, problem: str) -> InputError:
        line, column = self.doc.line_col(pos)
        return InputError(f"invalid .strings file at line {line}, column {column}: {problem}", self.doc.path,
                          line=line, column=column)

    def entries(self):
        pos = self._skip(0)
        while pos < len(self.text):
            key, pos = self._string(pos)
            pos = self._skip(pos)
            if self.text.startswith(";", pos):  # "key"; : the key is its own value
                yield key.view().text, key
                pos = self._skip(pos + 1)
                continue
            if not self.text.startswith("=", pos):
                raise self.fail(pos, "expected '=' after a key")
            value, pos = self._string(self._skip(pos + 1))
            pos = self._skip(pos)
            if not self.text.startswith(";", pos):
                raise self.fail(pos, "expected ';' after a value")
            pos = self._skip(pos + 1)
            yield key.view().text, value

    def _skip(self, pos: int) -> int:
        """Past whitespace and comments."""
        text = self.text
        while pos < len(text):
            if text[pos].isspace():
                pos += 1
            elif text.startswith("//", pos):
                end = text.find("\n", pos)
                pos = len(text) if end < 0 else end + 1
            elif text.startswith("/*", pos):
                end = text.find("*/", pos + 2)
                if end < 0:
                    raise self.fail(pos, "unterminated comment")
                pos = end + 2
            else:
                break
        return pos

    def _string(self, pos: int) -> tuple[ViewBuilder, int]:
        """A quoted or bare string at ``pos``, decoded into a view, and the position after it."""
        text, builder = self.text, ViewBuilder(self.base)
        if pos < len(text) and text[pos] in _BARE:
            end = pos
            while end < len(text) and text[end] in _BARE:
                end += 1
            builder.copy(pos, end)
            return builder, end
        if not text.startswith('"', pos):
            raise self.fail(pos, "expected a quoted string")
        start = pos
        pos = run = pos + 1
        while True:
            if pos >= len(text):
                raise self.fail(start, "unterminated string")
            ch = text[pos]
            if ch == '"':
                builder.copy(run, pos)
                return builder, pos + 1
            if ch != "\\":
                pos += 1
                continue
            builder.copy(run, pos)
            pos = run = self._escape(builder, pos)

    def _escape(self, builder: ViewBuilder, pos: int) -> int:
        """Decode the escape at ``pos`` (a backslash) into ``builder``; the position after it."""
        text = self.text
        nxt = text[pos + 1] if pos + 1 < len(text) else ""
        if nxt in "Uu" and nxt and all(c in _HEX for c in text[pos + 2:pos + 6]) and pos + 6 <= len(text):
            builder.replace(chr(int(text[pos + 2:pos + 6], 16)), pos, pos + 6)
            return pos + 6
        if nxt in _OCTAL and nxt:
            end = pos + 1
            while end < min(len(text), pos + 4) and text[end] in _OCTAL:
                end += 1
            builder.replace(chr(int(text[pos + 1:end], 8)), pos, end)
            return end
        if not nxt:
            raise self.fail(pos, "unterminated string")
        builder.replace(_ESCAPES.get(nxt, nxt), pos, pos + 2)
        return pos + 2
