"""The text reporter's fast path (no colour) prints exactly what Rich would print."""

from __future__ import annotations

import io

from cli_fakes import document, finding_at, sample_result
from rich.text import Text

from smartlint.report import ReportOptions
from smartlint.report.text import _lines, make_console, write
from smartlint.run import RunResult


def through_rich(result, options: ReportOptions) -> str:
    out = io.StringIO()
    console = make_console(out, False)
    for parts in _lines(result, options):
        console.print(Text.assemble(*parts))
    return out.getvalue()


def tricky_result() -> RunResult:
    text = "Beste\tJan,\n\tWe\x07 bellen u\r\nzo snel mogelijk 😀 漢字\x1b[31m terug.\n"
    doc = document(text, "a\tb.txt")
    start = text.index("zo snel")
    findings = [
        finding_at(doc, start, start + 16, suggestion="Noem\teen dag\x08."),
        finding_at(doc, text.index("bellen"), text.index("bellen") + 6, message="Zeg\twie.\x0b", key="k\te\x07y"),
    ]
    return RunResult(findings=findings, documents={doc.path: doc}, files_checked=[doc.path])


def test_plain_output_equals_rich_output():
    for result in (sample_result(), tricky_result()):
        for quiet in (False, True):
            options = ReportOptions(color=False, quiet=quiet)
            out = io.StringIO()
            write(result, out, options)
            assert out.getvalue() == through_rich(result, options)
            assert out.getvalue().strip()
