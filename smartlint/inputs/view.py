"""Views: text plus the map back to the file, so readers can be stacked.

A reader never works on the file directly but on a :class:`View`: some text and
the :class:`~smartlint.segments.OffsetMap` from that text to the file's decoded
text.  The file itself is the identity view; an e-mail body decoded from
quoted-printable is a view whose characters map to ``=C3=A9`` sequences; the HTML
reader run on that body yields another view, and its map goes all the way back to
the ``.eml`` file.  :class:`ViewBuilder` does the stacking, so no reader ever
handles two coordinate systems.

Every builder also normalises line ends: the segment text never contains ``\\r``
(``\\r\\n`` and a lone ``\\r`` become ``\\n``, mapped to the original characters).
"""

from __future__ import annotations

from dataclasses import dataclass

from smartlint.segments import OffsetMap, Segment, SegmentBuilder, identity_map


@dataclass
class View:
    text: str
    offsets: OffsetMap

    @classmethod
    def of_source(cls, source_text: str) -> View:
        """The file's own text, mapped one to one."""
        return cls(source_text, identity_map(source_text))

    def segment(self, **kwargs) -> Segment:
        return Segment(text=self.text, offsets=self.offsets, **kwargs)


class ViewBuilder:
    """Builds a new view out of pieces of ``base``; positions are ``base.text`` offsets."""

    def __init__(self, base: View):
        self.base = base
        self._out = SegmentBuilder()
        self._after_cr = False  # the last character written was a '\r' turned into '\n'
        self._tail = ""  # the last two characters written (cheap look-behind for readers)

    # -- writing -----------------------------------------------------------------
    def copy(self, start: int, end: int) -> None:
        """Append ``base.text[start:end]`` verbatim (line ends normalised)."""
        text = self.base.text
        pos = start
        while pos < end:
            cr = text.find("\r", pos, end)
            stop = end if cr == -1 else cr
            if stop > pos:
                if self._after_cr and text[pos] == "\n":  # '\r' | '\n' split over two calls
                    pos += 1
                    self._after_cr = False
                    continue
                self._copy_mapped(pos, stop)
                self._after_cr = False
            if cr == -1:
                break
            pair = 2 if cr + 1 < end and text[cr + 1] == "\n" else 1
            self._replace_mapped("\n", cr, cr + pair)
            self._after_cr = pair == 1
            pos = cr + pair

    def replace(self, text: str, start: int, end: int) -> None:
        """Append ``text``, decoded from ``base.text[start:end]`` (``start == end``: inserted)."""
        if not text:
            return
        if self._after_cr and text[0] == "\n":
            text = text[1:]
            if not text:
                self._after_cr = False
                return
        if "\r" in text:
            self._after_cr = text.endswith("\r")
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        else:
            self._after_cr = False
        self._replace_mapped(text, start, end)

    def skip(self, start: int, end: int) -> None:
        """Leave ``base.text[start:end]`` out but keep its line breaks.

        Skipped code blocks, comments and quoted lines keep the line structure, so
        sentences before and after them do not run together.
        """
        text = self.base.text
        for _, content_end, next_start in line_spans(text, start, end):
            if next_start > content_end:
                self.copy(content_end, next_start)

    def insert(self, text: str, at: int) -> None:
        """Append ``text`` that stands for no characters (e.g. a line break for ``<p>``)."""
        self._after_cr = False
        if text:
            self._replace_mapped(text, at, at)

    # -- reading back --------------------------------------------------------------
    @property
    def tail(self) -> str:
        """The last (up to two) characters written so far."""
        return self._tail

    @property
    def empty(self) -> bool:
        return not self._tail

    def view(self) -> View:
        seg = self._out.build()
        return View(seg.text, seg.offsets)

    def segment(self, **kwargs) -> Segment:
        return self._out.build(**kwargs)

    # -- mapping through the base view ----------------------------------------------
    def _copy_mapped(self, start: int, end: int) -> None:
        text = self.base.text
        for ts, te, ss, se in self.base.offsets.pieces_between(start, end):
            if te - ts == se - ss:
                self._out.copy(text[ts:te], ss)
            else:
                self._out.replace(text[ts:te], ss, se - ss)
        self._remember(text[start:end])

    def _replace_mapped(self, decoded: str, start: int, end: int) -> None:
        if start < end:
            src_start, src_end = self.base.offsets.to_source(start, end)
        else:  # an insertion: anchor it, zero-width, at the base position
            src_start = src_end = self.base.offsets.to_source_start(start)
        self._out.replace(decoded, src_start, src_end - src_start)
        self._remember(decoded)

    def _remember(self, written: str) -> None:
        self._tail = (self._tail + written)[-2:]


def normalize_newlines(text: str) -> str:
    """What a builder makes of decoded text: ``\r\n`` and ``\r`` become ``\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """``(line_start, content_end, next_line_start)`` for each line of ``text[start:end]``.

    ``content_end`` excludes the line break (``\\n``, ``\\r\\n`` or ``\\r``).  A final
    line without a break has ``content_end == next_line_start``.
    """
    end = len(text) if end is None else end
    spans = []
    pos = start
    cr = -2  # the next '\r' at or after pos (-1: none left); searched again only once passed,
    # since searching the rest of a file without one for every line made this quadratic
    while pos < end:
        nl = text.find("\n", pos, end)
        if cr != -1 and cr < pos:
            cr = text.find("\r", pos, end)
        brk = min(i for i in (nl, cr, end) if i != -1)
        if brk == end:
            spans.append((pos, end, end))
            break
        nxt = brk + (2 if text.startswith("\r\n", brk) else 1)
        spans.append((pos, brk, nxt))
        pos = nxt
    return spans


def append_mapped(builder: SegmentBuilder, source: str, part: "View | Segment", start: int, end: int) -> None:
    """Append ``part.text[start:end]`` to ``builder`` with its map into the file
    ``source``: a piece of a view or segment becomes (part of) a segment of its own."""
    for ts, te, ss, se in part.offsets.pieces_between(start, end):
        piece = part.text[ts:te]
        if source[ss:se] == piece:
            builder.copy(piece, ss)
        else:
            builder.replace(piece, ss, se - ss)
