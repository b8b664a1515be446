"""YAML scalars decoded with an exact character map.

PyYAML gives each scalar node its value and the source span, not where each value
character came from.  These functions re-scan the span exactly as PyYAML's scanner
does (``yaml/scanner.py``: plain, single- and double-quoted, literal ``|`` and folded
``>`` scalars) and record the map as they go: text copied verbatim maps one to one,
an escape (``\\u00e9``, ``''``) maps to the whole escape, a folded line break (which
becomes a space) maps to the break and the indentation around it.

The result is checked against PyYAML's own value; if they ever differ (a form this
mirror does not follow), the value is mapped by alignment instead.
"""

from __future__ import annotations

import re

from yaml.nodes import ScalarNode

from smartlint.inputs.align import aligned_view
from smartlint.inputs.view import View, ViewBuilder, normalize_newlines

_BREAKS = "\r\n"
_LINE_END = re.compile("[\0\r\n]")
_BREAK_RUN = re.compile("[\r\n][ \t\r\n]*")  # a line break and the whitespace after it
_EXOTIC_BREAKS = ("\x85", "\u2028", "\u2029")  # YAML 1.1 breaks: left to the fallback
_ESCAPES = {
    "0": "\0", "a": "\x07", "b": "\x08", "t": "\t", "\t": "\t", "n": "\n", "v": "\x0b",
    "f": "\x0c", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "\\": "\\", "/": "/",
    "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_ESCAPE_CODES = {"x": 2, "u": 4, "U": 8}


class _Unsupported(Exception):
    pass


def scalar_view(base: View, node: ScalarNode, parent_indent: int = -1) -> View:
    """The node's value as a view over ``base`` (the YAML file)."""
    # A node's span starts at its properties (``&anchor``, ``!!str``), not at the
    # scalar: scanning '&x "..."' as a quoted scalar once looped forever.
    start, end = scalar_start(base.text, node.start_mark.index, node.end_mark.index), node.end_mark.index
    view = None
    if not any(b in base.text[start:end] for b in _EXOTIC_BREAKS):
        scanner = _ScalarScanner(base, end)
        try:
            if node.style in ('"', "'"):
                scanner.quoted(start, double=node.style == '"')
            elif node.style in ("|", ">"):
                scanner.block(start, folded=node.style == ">", parent_indent=parent_indent)
            else:
                scanner.plain(start, end)
            view = scanner.out.view()
        except (_Unsupported, IndexError):
            view = None
    value = normalize_newlines(node.value)
    if view is None or view.text != value:
        return aligned_view(base, start, end, value)
    return view


def scalar_start(text: str, start: int, end: int) -> int:
    """Where the scalar itself starts, after the node properties at ``start``.

    Properties are an anchor (``&name``) and a tag (``!!str``, ``!local``,
    ``!<tag:yaml.org,2002:str>``), in either order, separated from each other and
    from the scalar by spaces, line breaks or a comment.  ``end`` bounds the scan.
    """
    pos = start
    while pos < end:
        ch = text[pos]
        if ch in " \t\r\n":
            pos += 1
        elif ch == "#" and pos > start and text[pos - 1] in " \t\r\n":
            found = _LINE_END.search(text, pos, end)
            pos = found.start() if found else end
        elif ch == "&" or (ch == "!" and not text.startswith("!<", pos)):
            while pos < end and text[pos] not in " \t\r\n,[]{}":
                pos += 1
        elif ch == "!":  # verbatim tag: up to the closing '>'
            close = text.find(">", pos, end)
            pos = end if close == -1 else close + 1
        else:
            return pos
    return start if pos >= end else pos


class _ScalarScanner:
    def __init__(self, base: View, limit: int):
        self.text = base.text
        self.out = ViewBuilder(base)
        self.limit = limit

    def peek(self, pos: int) -> str:
        return self.text[pos] if pos < len(self.text) else "\0"

    def break_end(self, pos: int) -> int:
        """End of the line break at ``pos`` (``pos`` itself if there is none)."""
        if self.text.startswith("\r\n", pos):
            return pos + 2
        return pos + 1 if self.peek(pos) in _BREAKS else pos

    def column(self, pos: int) -> int:
        # Look for a lone CR only after the last LF: searching the whole prefix
        # for a CR that most files never have made reading a library quadratic.
        newline = self.text.rfind("\n", 0, pos)
        return pos - (max(newline, self.text.rfind("\r", newline + 1, pos)) + 1)

    # -- plain ------------------------------------------------------------------------
    def plain(self, start: int, end: int) -> None:
        """A plain scalar: text copied; whitespace across line breaks folds.

        Whitespace without a line break is copied with the words around it, so a
        one-line message is one copy, not one per word.
        """
        text, pos = self.text, start
        for found in _BREAK_RUN.finditer(text, start, end):
            run_start = found.start()
            while run_start > pos and text[run_start - 1] in " \t":  # spaces before the break
                run_start -= 1
            self.out.copy(pos, run_start)
            self._fold(run_start, found.end())
            pos = found.end()
        self.out.copy(pos, end)

    def _fold(self, start: int, end: int) -> None:
        """Whitespace between two parts of a flow scalar: kept, or folded across breaks."""
        breaks = [k for k in range(start, end) if self.text[k] in _BREAKS and not self.text.startswith("\r\n", k - 1)]
        if not breaks:
            self.out.copy(start, end)
        elif len(breaks) == 1:
            self.out.replace(" ", start, end)  # one line break folds to a space
        else:
            for k in breaks[1:]:  # the first break folds away, blank lines stay
                self.out.replace("\n", k, self.break_end(k))

    # -- quoted -----------------------------------------------------------------------
    def quoted(self, start: int, double: bool) -> None:
        quote = self.text[start]
        pos = self._non_spaces(start + 1, double)
        while self.peek(pos) != quote:
            if pos >= self.limit:  # no closing quote inside the node: not a form we follow
                raise _Unsupported
            pos = self._spaces(pos)
            pos = self._non_spaces(pos, double)
        if pos + 1 != self.limit:
            raise _Unsupported

    def _non_spaces(self, pos: int, double: bool) -> int:
        text = self.text
        while True:
            run = pos
            while self.peek(run) not in "'\"\\\0 \t\r\n":
                run += 1
            self.out.copy(pos, run)
            pos = run
            ch = self.peek(pos)
            if not double and ch == "'" and self.peek(pos + 1) == "'":
                self.out.replace("'", pos, pos + 2)
                pos += 2
            elif (double and ch == "'") or (not double and ch in '"\\'):
                self.out.copy(pos, pos + 1)
                pos += 1
            elif double and ch == "\\":
                code = self.peek(pos + 1)
                if code in _ESCAPES:
                    self.out.replace(_ESCAPES[code], pos, pos + 2)
                    pos += 2
                elif code in _ESCAPE_CODES:
                    digits = text[pos + 2 : pos + 2 + _ESCAPE_CODES[code]]
                    self.out.replace(chr(int(digits, 16)), pos, pos + 2 + len(digits))
                    pos += 2 + len(digits)
                elif code in _BREAKS:  # escaped line break: joins the lines without a space
                    pos = self._blank_lines(self.break_end(pos + 1))
                else:
                    raise _Unsupported
            else:
                return pos

    def _spaces(self, pos: int) -> int:
        start = pos
        while self.peek(pos) in " \t":
            pos += 1
        if self.peek(pos) in _BREAKS:
            end = self._skip_blank_lines(self.break_end(pos))
            self._fold(start, end)
            return end
        self.out.copy(start, pos)
        return pos

    def _skip_blank_lines(self, pos: int) -> int:
        while True:
            while self.peek(pos) in " \t":
                pos += 1
            if self.peek(pos) not in _BREAKS:
                return pos
            pos = self.break_end(pos)

    def _blank_lines(self, pos: int) -> int:
        """After an escaped line break: each further blank line is a newline."""
        while True:
            while self.peek(pos) in " \t":
                pos += 1
            if self.peek(pos) not in _BREAKS:
                return pos
            self.out.replace("\n", pos, self.break_end(pos))
            pos = self.break_end(pos)

    # -- block (| and >) ------------------------------------------------------------------
    def block(self, start: int, folded: bool, parent_indent: int) -> None:
        text, pos = self.text, start + 1
        chomping, increment = None, None
        for _ in range(2):  # indicators, in either order
            ch = self.peek(pos)
            if ch in "+-" and chomping is None:
                chomping = ch == "+"
                pos += 1
            elif ch in "123456789" and increment is None:
                increment = int(ch)
                pos += 1
        while self.peek(pos) == " ":
            pos += 1
        if self.peek(pos) == "#":
            while self.peek(pos) not in "\0\r\n":
                pos += 1
        pos = self.break_end(pos)
        min_indent = max(parent_indent + 1, 1)
        if increment is None:
            breaks, max_indent = [], 0
            while self.peek(pos) in " \r\n":
                if self.peek(pos) != " ":
                    breaks.append(pos)
                    pos = self.break_end(pos)
                else:
                    pos += 1
                    max_indent = max(max_indent, self.column(pos))
            indent = max(min_indent, max_indent)
        else:
            indent = min_indent + increment - 1
            pos, breaks = self._block_breaks(pos, indent)
        line_break = None  # position of the last line break read
        while self.column(pos) == indent and pos < len(text):
            self._newlines(breaks)
            leading_non_space = self.peek(pos) not in " \t"
            found = _LINE_END.search(text, pos)  # what peek() stops at, found in C
            line_end = found.start() if found else len(text)
            self.out.copy(pos, line_end)
            line_break = line_end if line_end < len(text) else None
            pos, breaks = self._block_breaks(self.break_end(line_end), indent)
            if not (self.column(pos) == indent and pos < len(text)):
                break
            if folded and line_break is not None and leading_non_space and self.peek(pos) not in " \t":
                if not breaks:
                    self.out.replace(" ", line_break, self.break_end(line_break))
            elif line_break is not None:
                self.out.replace("\n", line_break, self.break_end(line_break))
        if chomping is not False and line_break is not None:
            self.out.replace("\n", line_break, self.break_end(line_break))
        if chomping is True:
            self._newlines(breaks)

    def _block_breaks(self, pos: int, indent: int) -> tuple[int, list[int]]:
        breaks = []
        while self.column(pos) < indent and self.peek(pos) == " ":
            pos += 1
        while self.peek(pos) in _BREAKS:
            breaks.append(pos)
            pos = self.break_end(pos)
            while self.column(pos) < indent and self.peek(pos) == " ":
                pos += 1
        return pos, breaks

    def _newlines(self, breaks: list[int]) -> None:
        for k in breaks:
            self.out.replace("\n", k, self.break_end(k))
