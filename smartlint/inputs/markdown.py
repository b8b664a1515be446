"""Markdown: the prose a reader sees, without markup, code or comments.

Skipped (their line breaks kept, so blocks never run together): YAML front matter,
fenced and indented code blocks, inline code, HTML comments (suppression
directives included), HTML tags, link targets and images, reference definitions,
table rules.  Kept: heading and quote text without their markers, list items with one
"- " for their markers (as plain text has them), link text
(``[tekst](https://…)`` -> ``tekst``), emphasis text without ``*``/``_``/``~~``.
Backslash escapes and entities are decoded (the span covers the escape).

This is a line scanner for the Markdown that support staff write, not a full
CommonMark implementation; where the two differ, it errs towards linting text.
"""

from __future__ import annotations

import dataclasses
import html
import re
from datetime import date

from smartlint.inputs.directives import BARE_DIRECTIVE_LINE_RE
from smartlint.inputs.view import View, ViewBuilder, line_spans
from smartlint.inputs.web_page import (
    FRONT_MATTER_CLOSERS,
    FRONT_MATTER_FENCES,
    FRONT_MATTER_SEARCH,
    front_matter_end,
    is_web_page,
    page_segments,
)
from smartlint.segments import SourceDocument

_FENCE_RE = re.compile(r" {0,3}(`{3,}|~{3,})([^\n]*)")
_HEADING_RE = re.compile(r" {0,3}#{1,6}(?=[ \t]|$)[ \t]*")
_QUOTE_RE = re.compile(r" {0,3}>[ \t]?")
_LIST_RE = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?")
_RULE_RE = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)")
# Each optional part starts with its own character ('|', ':' or '-'), so no two
# runs of blanks compete for the same spaces (which backtracked on a long blank line).
_TABLE_RULE_RE = re.compile(r"[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?")
_REF_DEF_RE = re.compile(r" {0,3}\[([^\]]+)\]:[ \t]*\S.*")
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK_RE = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BACKTICK_RUN = re.compile("`+")
_ESCAPABLE = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_MAX_LINK_NESTING = 32  # links inside link text, deeper than this, are read as text
# "date: 2025-12-14", Hugo's "date = 2024-07-09T21:12:53", "created_at: 13-03-2018"
_FRONT_MATTER_DATE = re.compile(r"(?m)^(?:date|created_at|created|published|pubdate)[ \t]*[:=][ \t]*[\"']?"
                                r"(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})-(\d{1,2})-(\d{4}))(?!\d)", re.IGNORECASE)
_MAX_REF_LABEL = 999  # CommonMark's limit for a reference label


def markdown_view(base: View) -> View:
    return _MarkdownScanner(base).scan()


def read_markdown(doc: SourceDocument, base: View | None = None) -> None:
    view = markdown_view(base or View.of_source(doc.source_text))
    if not view.text.strip():
        return
    if base is None and is_web_page(doc.source_text):
        written = front_matter_date(doc.source_text)
        # a site's page: a library
        doc.segments.extend(dataclasses.replace(s, today=written) if written else s
                            for s in page_segments(doc.source_text, view))
        return
    doc.segments.append(view.segment(today=front_matter_date(doc.source_text) if base is None else None))


def front_matter_date(text: str) -> date | None:
    """The ``date:`` of a leading front matter block ("date: 2025-12-14"): the day the
    text was written, as an e-mail's ``Date:`` header is; its weekdays and deadlines are
    read from that day (None without one or when it is no real date)."""
    end = front_matter_end(text, FRONT_MATTER_SEARCH)
    found = _FRONT_MATTER_DATE.search(text, 3, end) if end else None
    if found is None:
        return None
    try:
        year, month, day = found.group(1, 2, 3) if found.group(1) else found.group(6, 5, 4)
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


class _MarkdownScanner:
    def __init__(self, base: View):
        self.text = base.text
        self.out = ViewBuilder(base)
        self.lines = line_spans(self.text)
        self.ref_labels = {
            m.group(1).strip().lower()
            for s, e, _ in self.lines
            if (m := _REF_DEF_RE.fullmatch(self.text, s, e))
        }
        self.in_comment = False
        self.pairs: dict[int, int] = {}  # matching ']' / ')' of each bracket on the current line
        self.unclosed: dict[tuple[int, int], int] = {}  # (run length, end) -> from where none closes it

    # -- blocks ---------------------------------------------------------------------
    def scan(self) -> View:
        lines, text = self.lines, self.text
        i = self._front_matter_end()
        if i:
            self.out.skip(0, lines[i - 1][2])
        fence: tuple[str, int] | None = None  # (fence character, length) while in a code block
        prev_blank, in_list = True, False
        while i < len(lines):
            start, end, nxt = lines[i]
            line = text[start:end]
            i += 1
            if fence:
                stripped = line.strip()
                if stripped and set(stripped) == {fence[0]} and len(stripped) >= fence[1] and _indent(line) < 4:
                    fence = None
                self.out.skip(start, nxt)
                continue
            if self.in_comment:
                close = text.find("-->", start, end)
                if close == -1:
                    self.out.skip(start, nxt)
                    continue
                self.in_comment = False
                start = close + 3
                line = text[start:end]
            elif (m := _FENCE_RE.fullmatch(line)) and not (m.group(1)[0] == "`" and "`" in m.group(2)):
                fence = (m.group(1)[0], len(m.group(1)))
                self.out.skip(start, nxt)
                continue
            blank = not line.strip()
            if blank:
                self.out.skip(start, nxt)
                prev_blank = True
                continue
            if _indent(line) >= 4 and prev_blank and not in_list:
                self.out.skip(start, nxt)  # indented code block
                continue
            if _indent(line) == 0 and not _LIST_RE.match(line):
                in_list = False
            prev_blank = False
            if (
                _RULE_RE.fullmatch(line)
                or _TABLE_RULE_RE.fullmatch(line)
                or _REF_DEF_RE.fullmatch(line)
                or BARE_DIRECTIVE_LINE_RE.fullmatch(line)
            ):
                self.out.skip(start, nxt)
                continue
            content_start, content_end, is_list = self._strip_block_markers(start, end)
            in_list = in_list or is_list
            self.pairs = _bracket_pairs(text, content_start, content_end)
            self.unclosed = {}
            self._inline(content_start, content_end, table=text[content_start:content_end].startswith("|"))
            self.out.skip(content_end, end)  # a heading's closing '#'s
            self.out.copy(end, nxt)
        return self.out.view()

    def _front_matter_end(self) -> int:
        """Number of lines of a leading ``---`` ... ``---`` (YAML), ``+++`` ... ``+++``
        (TOML) or ``{`` ... ``}`` (JSON) block (0 if none)."""
        lines, text = self.lines, self.text
        fence = text[lines[0][0] : lines[0][1]].rstrip() if lines else ""
        if fence not in FRONT_MATTER_FENCES:
            return 0
        closer = FRONT_MATTER_CLOSERS[fence]
        for k in range(1, len(lines)):
            if text[lines[k][0] : lines[k][1]].rstrip() in (closer, "..." if fence == "---" else closer):
                return k + 1
        return 0

    def _strip_block_markers(self, start: int, end: int) -> tuple[int, int, bool]:
        """Skip quote, list and heading markers; returns the content span and whether it is a list item."""
        text, is_list = self.text, False
        markers_start = start
        while True:
            m = _QUOTE_RE.match(text, start, end) or _LIST_RE.match(text, start, end)
            if not m:
                break
            is_list = is_list or m.re is _LIST_RE
            start = m.end()
        # one call: '- - - - …' nested a million deep stays linear.  A list item keeps one
        # "- " (mapped to its markers), as in plain text: an action list reads the same
        # in .md and .txt ("- Rapport: Linda, uiterlijk dinsdag").
        if is_list and start < end:
            self.out.replace("- ", markers_start, start)
        else:
            self.out.skip(markers_start, start)
        m = _HEADING_RE.match(text, start, end)
        if m:
            start = m.end()
            end = _heading_content_end(text, start, end)
        # Leading indentation is layout, not text.
        while start < end and text[start] in " \t":
            start += 1
        return start, end, is_list

    # -- inline ---------------------------------------------------------------------
    def _inline(self, start: int, end: int, table: bool = False, depth: int = 0) -> None:
        text, out = self.text, self.out
        pos = start  # text[start:pos] is handled; text[run:pos] is pending plain text
        run = start

        def flush(upto: int) -> None:
            if upto > run:
                out.copy(run, upto)

        while pos < end:
            ch = text[pos]
            skip_to = None  # set to a position to drop text[pos:skip_to]
            if ch == "\\" and pos + 1 < end and text[pos + 1] in _ESCAPABLE:
                flush(pos)
                out.replace(text[pos + 1], pos, pos + 2)
                pos = run = pos + 2
                continue
            if ch == "`":
                skip_to = _code_span_end(text, pos, end, self.unclosed)
                if skip_to is None:  # an unclosed run is literal text, all of it
                    while pos < end and text[pos] == "`":
                        pos += 1
                    continue
            elif ch == "<":
                if text.startswith("<!--", pos):
                    close = text.find("-->", pos + 4, end)
                    if close == -1:
                        self.in_comment = True
                        skip_to = end
                    else:
                        skip_to = close + 3
                else:
                    m = _AUTOLINK_RE.match(text, pos, end) or _TAG_RE.match(text, pos, end)
                    skip_to = m.end() if m else None
            elif ch == "!" and text.startswith("[", pos + 1):
                link = _parse_link(text, pos + 1, end, self.ref_labels, self.pairs)
                skip_to = link[2] if link else None
            elif ch == "[" and depth < _MAX_LINK_NESTING:
                link = _parse_link(text, pos, end, self.ref_labels, self.pairs)
                if link:
                    flush(pos)
                    label_start, label_end, link_end = link
                    out.skip(pos, label_start)
                    self._inline(label_start, label_end, depth=depth + 1)
                    out.skip(label_end, link_end)
                    pos = run = link_end
                    continue
            elif ch == "&":
                m = _ENTITY_RE.match(text, pos, end)
                decoded = html.unescape(m.group()) if m else None
                if m and decoded != m.group():
                    flush(pos)
                    out.replace(decoded.replace("\xa0", " "), pos, m.end())
                    pos = run = m.end()
                    continue
            elif ch in "*_~":
                skip_to = _emphasis_end(text, pos, start, end)
            elif ch == "|" and table:
                skip_to = pos + 1
            if skip_to is not None:
                flush(pos)
                out.skip(pos, skip_to)
                pos = run = skip_to
                continue
            pos += 1
        flush(end)


def _indent(line: str) -> int:
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _code_span_end(text: str, pos: int, end: int, unclosed: dict[tuple[int, int], int]) -> int | None:
    """End of the inline code span opened by the backtick run at ``pos`` (None: literal).

    ``unclosed`` remembers, per run length and end, a position after which no run of
    that length exists, so a line of many unclosed runs is searched once per
    length instead of once per run.
    """
    n = 1
    while pos + n < end and text[pos + n] == "`":
        n += 1
    search = pos + n
    if search >= unclosed.get((n, end), end + 1):
        return None
    while True:
        close = text.find("`" * n, search, end)
        if close == -1:
            unclosed[(n, end)] = min(unclosed.get((n, end), search), search)
            return None
        after = close + n
        if after < end and text[after] == "`":  # a longer run does not close it
            search = _BACKTICK_RUN.match(text, after, end).end()
            continue
        return after


def _bracket_pairs(text: str, start: int, end: int) -> dict[int, int]:
    """For each ``[`` and ``(`` in ``text[start:end]``, the index of the bracket closing it.

    One pass with a stack per bracket kind (a backslash escapes the next character);
    looking for the closing bracket from every opening one was quadratic on ``[[[[``.
    """
    pairs: dict[int, int] = {}
    stacks: dict[str, list[int]] = {"[": [], "(": []}
    openers = {"]": "[", ")": "("}
    k = start
    while k < end:
        ch = text[k]
        if ch == "\\":
            k += 2
            continue
        if ch in stacks:
            stacks[ch].append(k)
        elif ch in openers and stacks[openers[ch]]:
            pairs[stacks[openers[ch]].pop()] = k
        k += 1
    return pairs


def _parse_link(
    text: str, pos: int, end: int, ref_labels: set[str], pairs: dict[int, int]
) -> tuple[int, int, int] | None:
    """``[label](target)``, ``[label][ref]``, ``[label][]`` or a known ``[ref]`` at ``pos``.

    ``pairs``: the closing bracket of each opening one (:func:`_bracket_pairs`).
    Returns (label start, label end, end of the whole link) or None.
    """
    close = pairs.get(pos)
    if close is None or close >= end:
        return None
    after = close + 1
    if after < end and text[after] == "(":
        target_end = pairs.get(after)
        return (pos + 1, close, target_end + 1) if target_end is not None and target_end < end else None
    if after < end and text[after] == "[":
        ref_end = text.find("]", after, end)
        return (pos + 1, close, ref_end + 1) if ref_end != -1 else None
    if ref_labels and close - pos <= _MAX_REF_LABEL and text[pos + 1 : close].strip().lower() in ref_labels:
        return pos + 1, close, after
    return None


def _heading_content_end(text: str, start: int, end: int) -> int:
    """End of a heading's text: before an optional closing run of ``#`` (``## Titel ##``)."""
    k = end
    while k > start and text[k - 1] in " \t":
        k -= 1
    hashes_end = k
    while k > start and text[k - 1] == "#":
        k -= 1
    if k == hashes_end or k == start or text[k - 1] not in " \t":
        return end  # no closing run: '#' inside a word, or nothing but '#'s
    while k > start and text[k - 1] in " \t":
        k -= 1
    return k


def _emphasis_end(text: str, pos: int, line_start: int, end: int) -> int | None:
    """End of an emphasis delimiter run at ``pos`` (``**``, ``_``, ``~~``), None if literal."""
    ch = text[pos]
    k = pos
    while k < end and text[k] == ch:
        k += 1
    if ch == "~" and k - pos < 2:
        return None
    before = text[pos - 1] if pos > line_start else " "
    after = text[k] if k < end else " "
    left_flanking = not after.isspace()
    right_flanking = not before.isspace()
    if not (left_flanking or right_flanking):
        return None  # "2 * 3": a lone symbol
    if ch == "_" and before.isalnum() and after.isalnum():
        return None  # snake_case: intraword underscores are text
    if ch == "*" and k - pos == 1 and before.isalnum() and after.isalnum():
        return None  # "a*b"
    return k
