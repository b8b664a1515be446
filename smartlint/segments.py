"""Text segments and the offset map that ties them to the original file.

Readers (``smartlint.inputs``) turn a file into a :class:`SourceDocument`: the file's
decoded text plus one or more :class:`Segment` objects, each a piece of prose to lint
(an e-mail body without quotes, one message of a YAML library, the text of an HTML
page).  A segment's text is not a slice of the file: entities are decoded, quoted
lines dropped, escapes resolved.  The :class:`OffsetMap` records, piece by piece,
where every character of the segment text came from, so a finding at segment
characters ``[start, end)`` maps back to the exact characters of the file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


class _Piece(NamedTuple):  # a tuple: maps of decoded e-mails hold one per character
    text_start: int
    text_len: int
    src_start: int
    src_len: int

    @property
    def identity(self) -> bool:
        return self.text_len == self.src_len


class OffsetMap:
    """Maps character offsets of a segment's text to offsets in the source text.

    Build it with :class:`SegmentBuilder`.  Pieces are either *copies* (text equals
    the source characters, mapped one to one) or *replacements* (e.g. ``&amp;`` ->
    ``&``, ``=C3=A9`` -> ``é``): a span that touches a replacement widens to the
    whole source sequence, so it never points inside an escape.
    """

    def __init__(self, pieces: list[_Piece], text_len: int):
        self._pieces = pieces
        self._starts = [p.text_start for p in pieces]
        self.text_len = text_len

    def _piece_at(self, i: int) -> _Piece:
        k = bisect.bisect_right(self._starts, i) - 1
        return self._pieces[max(k, 0)]

    def to_source_start(self, i: int) -> int:
        if not self._pieces:
            return 0
        p = self._piece_at(min(i, self.text_len - 1) if self.text_len else 0)
        if i >= p.text_start + p.text_len:  # i == text_len: just after the last piece
            return p.src_start + p.src_len
        return p.src_start + (i - p.text_start if p.identity else 0)

    def to_source_end(self, i: int) -> int:
        """Source offset just after segment character ``i - 1``."""
        if not self._pieces or i <= 0:
            return self.to_source_start(0)
        p = self._piece_at(i - 1)
        if p.identity:
            return p.src_start + (i - p.text_start)
        return p.src_start + p.src_len

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        s = self.to_source_start(start)
        return s, max(s, self.to_source_end(end))

    def prefix(self, length: int) -> "OffsetMap":
        """The map of the first ``length`` characters (a message cut short)."""
        return OffsetMap(self._pieces, min(length, self.text_len))

    def pieces_between(self, start: int, end: int) -> Iterator[tuple[int, int, int, int]]:
        """The pieces under text ``[start, end)`` as ``(text_start, text_end, src_start, src_end)``.

        Copies are clipped exactly; a replacement keeps its whole source sequence
        (part of ``&amp;`` still stands for all of it).  Used to stack maps: a reader
        that works on already-decoded text (an e-mail body) maps through this.
        """
        if start >= end or not self._pieces:
            return
        k = max(bisect.bisect_right(self._starts, start) - 1, 0)
        while k < len(self._pieces):
            p = self._pieces[k]
            if p.text_start >= end:
                break
            ts, te = max(start, p.text_start), min(end, p.text_start + p.text_len)
            if ts < te:
                if p.identity:
                    offset = p.src_start - p.text_start
                    yield ts, te, ts + offset, te + offset
                else:
                    yield ts, te, p.src_start, p.src_start + p.src_len
            k += 1


class SegmentBuilder:
    """Accumulates segment text together with its offset map.

    >>> b = SegmentBuilder()
    >>> b.copy("Beste ", 10)            # 6 characters taken verbatim from offset 10
    >>> b.replace("&", 16, 5)            # '&amp;' at 16..21 decoded to '&'
    >>> seg = b.build(key="faq[0].answer")
    >>> seg.text, seg.offsets.to_source(6, 7)
    ('Beste &', (16, 21))
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pieces: list[_Piece] = []
        self._len = 0

    def copy(self, text: str, src_start: int) -> None:
        """Append ``text``, which appears verbatim in the source at ``src_start``."""
        if not text:
            return
        last = self._pieces[-1] if self._pieces else None
        if last and last.identity and last.src_start + last.src_len == src_start:
            # Contiguous with the previous copy: one piece keeps lookups fast.
            grown = len(text)
            self._pieces[-1] = _Piece(last.text_start, last.text_len + grown, last.src_start, last.src_len + grown)
        else:
            self._pieces.append(_Piece(self._len, len(text), src_start, len(text)))
        self._parts.append(text)
        self._len += len(text)

    def replace(self, text: str, src_start: int, src_len: int) -> None:
        """Append ``text``, decoded from the ``src_len`` source characters at ``src_start``."""
        if not text:
            return
        # Equal lengths map character by character (a masked region); otherwise the
        # whole source sequence stands for the decoded text.
        self._pieces.append(_Piece(self._len, len(text), src_start, src_len))
        self._parts.append(text)
        self._len += len(text)

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def build(self, **kwargs) -> "Segment":
        return Segment(text=self.text, offsets=OffsetMap(list(self._pieces), self._len), **kwargs)


def identity_map(text: str, src_start: int = 0) -> OffsetMap:
    b = SegmentBuilder()
    b.copy(text, src_start)
    return OffsetMap(b._pieces, len(text))


# What a segment is: a message (reply, e-mail body, canned response), a subject or
# title, a label (button, menu item, field name, fragment), a library's fine print
# (legal) or a paragraph of a site's page (a help article, an FAQ: written to everyone,
# about the product).  Rules declare in their pack which kinds they apply to.
SEGMENT_KINDS = ("message", "subject", "label", "legal", "page")
# Where a segment comes from: a draft (a reply, e-mail, note written for one reader) or a
# message library (a string the software sends to everyone; see Unit.library).
SOURCES = ("draft", "library")


@dataclass
class Segment:
    """One piece of prose to lint.

    ``key`` names the message inside a library (``responses.refund.body`` or
    ``row 12``); ``today`` overrides the reference date (an e-mail's ``Date:``);
    ``disabled`` holds rule ids or categories suppressed for this whole segment.
    ``kind`` says what the segment is, when the reader or the configuration knows:
    one of :data:`SEGMENT_KINDS`; None lets the analysis decide from the text.
    ``variant_of`` names the string this segment is one form of (the plural forms
    ``one``/``other`` of a library key, ``msgstr[n]`` of a gettext entry): a problem
    found in several forms is reported once.
    """

    text: str
    offsets: OffsetMap
    key: str | None = None
    today: date | None = None
    disabled: frozenset[str] = frozenset()
    kind: str | None = None
    variant_of: str | None = None
    # text of a mail template the software fills and sends (inputs.software_templates):
    # read as a message of a library, though it has no key
    template: bool = False

    @property
    def from_library(self) -> bool:
        """A string the software sends: a library's value or a software template's text."""
        return self.key is not None or self.template

    def __post_init__(self) -> None:
        # A lone surrogate ("\\ud800" escaped in JSON or YAML) is no character: the
        # tokenizer and every output encoding refuse it. U+FFFD takes its place, one
        # character for one, so offsets stay exact.
        self.text = without_surrogates(self.text)
        if _INVISIBLE.search(self.text):
            self.text, self.offsets = without_invisibles(self.text, self.offsets)
        if self.key is not None:
            self.key = without_surrogates(self.key)


_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters with no glyph that split a word without showing: a soft hyphen ("bin&shy;nen-
# kort" in HTML), zero-width space and non-joiner, word joiner, byte-order mark, and the
# bidirectional marks and overrides. (Not the zero-width joiner: it binds emoji.)
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def without_invisibles(text: str, offsets: "OffsetMap") -> tuple[str, "OffsetMap"]:
    """``text`` without its invisible characters, and the map of what is left: "bin\u200bnen
    kort" is read as "binnenkort", and a finding on it still covers the original
    characters, the invisible ones between included."""
    builder = SegmentBuilder()
    kept = 0
    for match in [*_INVISIBLE.finditer(text), None]:
        end = match.start() if match else len(text)
        for ts, te, ss, se in offsets.pieces_between(kept, end):
            if te - ts == se - ss:
                builder.copy(text[ts:te], ss)
            else:
                builder.replace(text[ts:te], ss, se - ss)
        kept = match.end() if match else kept
    return builder.text, OffsetMap(builder._pieces, len(builder.text))


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


# A line ends at LF, CR LF or a lone CR (old Mac files), as editors and SARIF
# (3.30.2: "CR LF, CR or LF") count lines; nothing else breaks a line.
LINE_BREAK_RE = re.compile(r"\r\n?|\n")


def line_starts(text: str) -> list[int]:
    """Offsets where each line of ``text`` starts (the first is 0)."""
    if "\r" not in text:  # the common case: a plain search is faster than the regex
        starts, i = [0], text.find("\n")
        while i != -1:
            starts.append(i + 1)
            i = text.find("\n", i + 1)
        return starts
    return [0] + [m.end() for m in LINE_BREAK_RE.finditer(text)]


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` without their breaks, counted as :func:`line_starts` does."""
    return LINE_BREAK_RE.split(text)


def line_col(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, given the :func:`line_starts` of its text."""
    line = bisect.bisect_right(starts, offset) - 1
    return line + 1, offset - starts[line] + 1


@dataclass
class SourceDocument:
    """A file as read: its decoded text (for line/column) and its segments."""

    path: str
    source_text: str
    segments: list[Segment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "decoded as cp1252"

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of ``offset`` in the source text.

        Lines end at LF, CR LF or a lone CR (:data:`LINE_BREAK_RE`).
        """
        return line_col(self._line_starts(), offset)

    def _line_starts(self) -> list[int]:
        cached = self.__dict__.get("_starts")
        if cached is None:
            cached = line_starts(self.source_text)
            self.__dict__["_starts"] = cached
        return cached
