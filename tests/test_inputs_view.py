"""Offset maps and views: the exactness every reader relies on.

Also home of the helpers the other ``test_inputs_*`` files import.
"""

from __future__ import annotations

import re
from pathlib import Path

from smartlint.errors import InputError
from smartlint.inputs import read_path
from smartlint.inputs.view import View, ViewBuilder, line_spans
from smartlint.segments import Segment, SegmentBuilder, SourceDocument
from smartlint.settings import Settings

WORD_RE = re.compile(r"\S+")


# -- helpers for the reader tests ------------------------------------------------------
def read(tmp_path: Path, name: str, content: str | bytes, settings: Settings | None = None) -> SourceDocument:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return read_path(path, settings or Settings())


def read_checked(tmp_path: Path, name: str, content: str | bytes, settings: Settings | None = None) -> SourceDocument:
    """:func:`read`, with every segment's map checked (:func:`assert_map_is_sane`)."""
    doc = read(tmp_path, name, content, settings)
    for seg in doc.segments:
        assert_map_is_sane(doc, seg)
    return doc


def assert_reads_or_fails_in_one_line(reader, path: str, text: str, error_start: str) -> None:
    """A fuzzed file: ``reader`` reads it with sane maps, or stops with a one-line
    error that starts with ``error_start`` (the file name first)."""
    doc = SourceDocument(path=path, source_text=text)
    try:
        reader(doc)
    except InputError as err:
        assert str(err).startswith(error_start) and "\n" not in str(err)
        return
    for seg in doc.segments:
        assert_map_is_sane(doc, seg)


def source_of(doc: SourceDocument, seg: Segment, needle: str, occurrence: int = 0) -> str:
    """The source characters that ``needle`` (the n-th occurrence in the segment text) maps to."""
    index = -1
    for _ in range(occurrence + 1):
        index = seg.text.index(needle, index + 1)
    start, end = seg.offsets.to_source(index, index + len(needle))
    return doc.source_text[start:end]


def non_verbatim_words(doc: SourceDocument, seg: Segment) -> list[tuple[str, str]]:
    """``(word, source)`` for every word whose source span is not the word itself."""
    found = []
    for m in WORD_RE.finditer(seg.text):
        start, end = seg.offsets.to_source(m.start(), m.end())
        if doc.source_text[start:end] != m.group():
            found.append((m.group(), doc.source_text[start:end]))
    return found


def assert_map_is_sane(doc: SourceDocument, seg: Segment) -> None:
    """Every character maps inside the file, in reading order, and ASCII letters map to themselves."""
    previous = 0
    for i, ch in enumerate(seg.text):
        start, end = seg.offsets.to_source(i, i + 1)
        assert 0 <= start <= end <= len(doc.source_text), (i, ch, start, end)
        assert start >= previous or end > previous, f"map goes backwards at {i} ({ch!r})"
        previous = start
        if ch.isascii() and ch.isalnum() and end - start == 1:
            assert doc.source_text[start] == ch, (i, ch, doc.source_text[start])
    assert "\r" not in seg.text


# -- OffsetMap / SegmentBuilder ----------------------------------------------------------
def test_segment_builder_docstring_usage():
    b = SegmentBuilder()
    b.copy("Beste ", 10)
    b.replace("&", 16, 5)
    seg = b.build(key="faq[0].answer")
    assert seg.key == "faq[0].answer"
    assert seg.text == "Beste &"
    assert seg.offsets.to_source(0, 5) == (10, 15)
    assert seg.offsets.to_source(6, 7) == (16, 21)  # the whole '&amp;'
    assert seg.offsets.to_source(0, 7) == (10, 21)


def test_segments_module_doctests():
    import doctest

    import smartlint.segments

    result = doctest.testmod(smartlint.segments)
    assert result.attempted >= 4 and result.failed == 0


def test_contiguous_copies_merge_and_still_map_exactly():
    b = SegmentBuilder()
    b.copy("Sanne ", 0)
    b.copy("belt", 6)
    b.copy(" u", 20)
    seg = b.build()
    assert len(seg.offsets._pieces) == 2
    assert seg.offsets.to_source(0, 10) == (0, 10)
    assert seg.offsets.to_source(6, 12) == (6, 22)


def test_pieces_between_clips_copies_and_keeps_replacements_whole():
    b = SegmentBuilder()
    b.copy("Café ", 0)  # 0..5
    b.replace("é", 5, 6)  # '=C3=A9' at 5..11
    b.copy("x", 11)
    pieces = list(b.build().offsets.pieces_between(2, 7))
    assert pieces == [(2, 5, 2, 5), (5, 6, 5, 11), (6, 7, 11, 12)]


def test_stacked_views_map_through_to_the_file():
    source = "xx=C3=A9 &amp; klaar"
    file_view = View.of_source(source)
    # First layer: a quoted-printable-like decoding.
    first = ViewBuilder(file_view)
    first.copy(0, 2)
    first.replace("é", 2, 8)
    first.copy(8, len(source))
    body = first.view()
    assert body.text == "xxé &amp; klaar"
    # Second layer: an entity decoding on top of it.
    second = ViewBuilder(body)
    second.copy(0, 4)
    second.replace("&", 4, 9)
    second.copy(9, len(body.text))
    seg = second.segment()
    assert seg.text == "xxé & klaar"
    assert source[slice(*seg.offsets.to_source(0, 3))] == "xx=C3=A9"
    assert source[slice(*seg.offsets.to_source(4, 5))] == "&amp;"
    assert source[slice(*seg.offsets.to_source(6, 11))] == "klaar"


def test_line_ends_are_normalised_but_map_to_the_originals():
    source = "een\r\ntwee\rdrie\n"
    out = ViewBuilder(View.of_source(source))
    out.copy(0, 4)  # splits the '\r\n' across two calls
    out.copy(4, len(source))
    seg = out.segment()
    assert seg.text == "een\ntwee\ndrie\n"
    assert source[slice(*seg.offsets.to_source(3, 4))] == "\r"
    assert source[slice(*seg.offsets.to_source(8, 9))] == "\r"
    assert source[slice(*seg.offsets.to_source(9, 13))] == "drie"


def test_skip_keeps_only_line_breaks():
    source = "a <!-- x\r\ny\nz --> b"
    out = ViewBuilder(View.of_source(source))
    out.copy(0, 2)
    out.skip(2, source.index("-->") + 3)
    out.copy(source.index("-->") + 3, len(source))
    assert out.view().text == "a \n\n b"


def test_line_spans():
    assert line_spans("a\r\nbc\rd\n") == [(0, 1, 3), (3, 5, 6), (6, 7, 8)]
    assert line_spans("x") == [(0, 1, 1)]
