"""A long source line is windowed to the terminal width: no wrap, carets under the finding."""

from __future__ import annotations

import io

import pytest
from cli_fakes import document, finding_at, sample_result
from rich.cells import cell_len, get_character_cell_size

from smartlint.report import ReportOptions
from smartlint.report.text import excerpt, write

FILLER = "De klant vraagt naar de stand van zaken rond de levering van het nieuwe modem. "
TARGET = "zo snel mogelijk"


def text_at_cells(shown: str, offset: int, width: int) -> str:
    """The characters of ``shown`` that cover cells [offset, offset + width)."""
    cells, out = 0, []
    for ch in shown:
        size = get_character_cell_size(ch)
        if offset <= cells and cells + size <= offset + width:
            out.append(ch)
        cells += size
    return "".join(out)


def long_line(position: str, filler: str = FILLER) -> tuple[str, int]:
    """A 3,000-character line with TARGET at its start, middle or end."""
    body = filler * (3000 // len(filler))
    at = {"start": 3, "middle": len(body) // 2, "end": len(body)}[position]
    line = body[:at] + TARGET + body[at:] if position != "end" else body + TARGET
    return line + "\n", at


@pytest.mark.parametrize("columns", [40, 80, 200])
@pytest.mark.parametrize("position", ["start", "middle", "end"])
@pytest.mark.parametrize("filler", [FILLER, "客户说调制解调器坏了，" * 8 + " "], ids=["latin", "wide"])
def test_window_fits_and_carets_point_at_the_finding(columns, position, filler):
    text, at = long_line(position, filler)
    doc = document(text)
    gutter = len("    1 | ")
    shown, offset, width = excerpt(doc.source_text, finding_at(doc, at, at + len(TARGET)), columns - gutter)
    assert cell_len(shown) <= columns - gutter
    assert text_at_cells(shown, offset, width) == TARGET
    if position != "start":
        assert shown.startswith("…")
    if position != "end":
        assert shown.endswith("…")


@pytest.mark.parametrize("columns", [40, 80, 200])
def test_a_short_line_is_shown_whole(columns):
    doc = document("We bellen u zo snel mogelijk.\n")
    at = doc.source_text.index(TARGET)
    shown, offset, width = excerpt(doc.source_text, finding_at(doc, at, at + len(TARGET)), columns - 8)
    assert (shown, offset, width) == ("We bellen u zo snel mogelijk.", at, len(TARGET))


def test_a_finding_wider_than_the_window_is_shown_from_its_start():
    text = "Begin " + "x" * 300 + " einde\n"
    doc = document(text)
    shown, offset, width = excerpt(doc.source_text, finding_at(doc, 6, 306), 40)
    assert cell_len(shown) <= 40 and shown.endswith("…")
    assert shown[offset:offset + width] == "x" * width and width >= 30


def test_reporter_at_80_columns_never_wraps_and_keeps_carets_under_the_text(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    text, at = long_line("middle")
    doc = document(text)
    result = sample_result()
    result.findings = [finding_at(doc, at, at + len(TARGET))]
    result.documents = {doc.path: doc}
    out = io.StringIO()
    write(result, out, ReportOptions(color=False))
    lines = out.getvalue().splitlines()
    source, carets = lines[1], lines[2]
    assert cell_len(source) <= 80 and cell_len(carets) <= 80
    start = carets.index("^")
    assert source[start:start + carets.count("^")] == TARGET
