"""JSON libraries of canned responses: one segment per string value.

:mod:`json` validates the file (and words the error); a small scanner then walks
the (valid) text again to find every string token and decode its escapes with a
character map: ``\\n`` and ``\\u00e9`` map to the whole escape, a surrogate pair
``\\ud83d\\ude00`` to both escapes.

Comments (``// ...`` and ``/* ... */``, as Chrome's ``_locales/*/messages.json`` and
other "JSON with comments" files have them) are read as blanks: each character of a
comment becomes a space (a newline stays), so every offset stays the file's own.
"""

from __future__ import annotations

import json
import re
import sys

from smartlint.errors import InputError
from smartlint.inputs.library import key_path, last_mapping_key, note_if_empty, skip_value
from smartlint.inputs.view import View, ViewBuilder
from smartlint.segments import SourceDocument

_WHITESPACE = " \t\n\r"
# A string (skipped whole, so "http://..." inside it is no comment) or a comment.
_STRING_OR_COMMENT = re.compile(r'"(?:[^"\\\n]|\\.)*"|//[^\n]*|/\*.*?(?:\*/|\Z)', re.S)
_NOT_LINE_BREAK = re.compile(r"[^\r\n]")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def read_json_library(doc: SourceDocument) -> None:
    try:
        text = _valid_text(doc.source_text)
    except json.JSONDecodeError as err:
        raise InputError(
            f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}", doc.path,
            line=err.lineno, column=err.colno,
        ) from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply", doc.path) from None
    scanner = _JsonScanner(doc, View.of_source(text))
    limit = sys.getrecursionlimit()
    try:
        scanner.value(scanner.skip_space(0), [])
    except RecursionError:
        raise InputError(f"JSON nested too deeply (more than {limit} levels)", doc.path) from None
    note_if_empty(doc)


def _valid_text(text: str) -> str:
    """``text`` once :mod:`json` accepts it, its comments blanked if it has any."""
    try:
        _validate(text)
    except json.JSONDecodeError as err:
        if not text.startswith("/", err.pos):
            raise
        # Only a file that fails where a comment starts pays for the blanking pass.
        text = blank_comments(text)
        _validate(text)
    return text


def _validate(text: str) -> None:
    # Numbers are checked, never converted: a 5,000-digit integer is valid JSON that
    # int() refuses (Python's integer string limit); the scanner below skips numbers.
    json.loads(text, parse_int=_keep, parse_float=_keep, parse_constant=_keep)


def _keep(literal: str) -> str:
    return literal


def blank_comments(text: str) -> str:
    """``text`` with every ``//`` and ``/* */`` comment outside a string turned into
    spaces (line breaks kept), character for character.  An unclosed ``/*`` blanks to
    the end, so the JSON error names what is left."""
    return _STRING_OR_COMMENT.sub(_blank_comment, text)


def _blank_comment(match: re.Match) -> str:
    found = match.group()
    return found if found.startswith('"') else _NOT_LINE_BREAK.sub(" ", found)


class _JsonScanner:
    def __init__(self, doc: SourceDocument, source: View):
        self.doc = doc
        self.source = source
        self.text = source.text

    def skip_space(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos] in _WHITESPACE:
            pos += 1
        return pos

    def value(self, pos: int, path: list[str | int]) -> int:
        """Scan the value at ``pos``; returns the position after it."""
        ch = self.text[pos]
        if ch == "{":
            return self._container(pos, path, "}", keyed=True)
        if ch == "[":
            return self._container(pos, path, "]", keyed=False)
        if ch == '"':
            view, end = self.string(pos)
            if not skip_value(last_mapping_key(path), view.text):
                self.doc.segments.append(view.segment(key=key_path(path)))
            return end
        end = pos  # number, true, false, null (NaN, Infinity)
        while end < len(self.text) and self.text[end] not in ",]}" + _WHITESPACE:
            end += 1
        return end

    def _container(self, pos: int, path: list[str | int], close: str, keyed: bool) -> int:
        pos = self.skip_space(pos + 1)
        index = 0
        while self.text[pos] != close:
            if keyed:
                key_view, pos = self.string(pos)
                pos = self.skip_space(pos) + 1  # the ':'
                item: str | int = key_view.text
            else:
                item = index
            pos = self.skip_space(self.value(self.skip_space(pos), [*path, item]))
            index += 1
            if self.text[pos] == ",":
                pos = self.skip_space(pos + 1)
        return pos + 1

    def string(self, pos: int) -> tuple[View, int]:
        """The string token at ``pos`` (its opening quote) decoded; and the position after it."""
        text, out = self.text, ViewBuilder(self.source)
        pos += 1
        while True:
            run = pos
            while text[run] not in '"\\':
                run += 1
            out.copy(pos, run)
            pos = run
            if text[pos] == '"':
                return out.view(), pos + 1
            code = text[pos + 1]
            if code != "u":
                out.replace(_ESCAPES[code], pos, pos + 2)
                pos += 2
                continue
            unit = int(text[pos + 2 : pos + 6], 16)
            end = pos + 6
            if 0xD800 <= unit < 0xDC00 and text.startswith("\\u", end):
                low = int(text[end + 2 : end + 6], 16)
                if 0xDC00 <= low < 0xE000:  # a surrogate pair is one character
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    end += 6
            out.replace(chr(unit), pos, end)
            pos = end
