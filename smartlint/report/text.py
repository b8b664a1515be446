"""Readable terminal output.

Each finding starts with one greppable line, ``path:line:col: severity rule message``,
followed by the source line with the span underlined and the suggestion.  ``--quiet``
keeps only the first lines.  Colour is used only on a terminal and never with
``NO_COLOR`` or ``--no-color``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from smartlint.report import ReportOptions, summary_line

if TYPE_CHECKING:
    from smartlint.findings import Finding
    from smartlint.run import RunResult

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "blue"}
MAX_SHOWN = 120  # characters of a long source line shown around the span
TAB_SIZE = 4


def make_console(out: TextIO, color: bool | None) -> Console:
    """A console that never wraps lines and only colours when asked or on a terminal."""
    kwargs: dict = {"file": out, "highlight": False, "markup": False, "emoji": False, "soft_wrap": True}
    if color is False or os.environ.get("NO_COLOR"):  # no-color.org: no escape codes at all
        kwargs["color_system"] = None
    elif color is True:
        kwargs["force_terminal"] = True
    return Console(**kwargs)


def finding_line(finding: "Finding") -> Text:
    """``path:line:col: severity rule message`` (plain text when printed without colour)."""
    line = Text()
    line.append(f"{finding.path}:{finding.line}:{finding.column}:", style="bold")
    line.append(" ")
    line.append(finding.severity, style=SEVERITY_STYLE.get(finding.severity, ""))
    line.append(" ")
    line.append(finding.rule, style="cyan")
    line.append(" ")
    line.append(" ".join(finding.message.split()))  # one line, whatever the pack says
    return line


def _source_line(source_text: str, line_number: int) -> str:
    lines = source_text.split("\n")
    if not 1 <= line_number <= len(lines):
        return ""
    return lines[line_number - 1].rstrip("\r")


def excerpt(source_text: str, finding: "Finding") -> tuple[str, int, int]:
    """The shown source line and the cell offset and width of the underline."""
    line = _source_line(source_text, finding.line)
    start = max(0, min(finding.column - 1, len(line)))
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    end = max(start, min(end, len(line)))
    lead = ""
    if len(line) > MAX_SHOWN:  # one line of a JSON library can be thousands long
        cut = max(0, start - MAX_SHOWN // 3)
        stop = max(end, cut + MAX_SHOWN)
        lead, tail = ("…" if cut else ""), ("…" if stop < len(line) else "")
        line, start, end = line[cut:stop] + tail, start - cut, end - cut
    before = (lead + line[:start]).expandtabs(TAB_SIZE)
    through = (lead + line[:end]).expandtabs(TAB_SIZE)
    shown = (lead + line).expandtabs(TAB_SIZE)
    return shown, cell_len(before), max(1, cell_len(through) - cell_len(before))


def _detail(console: Console, finding: "Finding", result: "RunResult") -> None:
    style = SEVERITY_STYLE.get(finding.severity, "")
    document = result.documents.get(finding.path)
    if document is not None:
        shown, offset, width = excerpt(document.source_text, finding)
        gutter = f"{finding.line:>5} | "
        # Text.assemble, not "+": a Text's own style would spread over what is appended.
        console.print(Text.assemble((gutter, "dim"), shown))
        console.print(Text.assemble((" " * (len(gutter) - 2) + "| ", "dim"), " " * offset, ("^" * width, style)))
    if finding.key:
        console.print(Text.assemble(("  in: ", "dim"), finding.key))
    if finding.suggestion:
        console.print(Text.assemble(("  suggestie: ", "green"), finding.suggestion))
    console.print()


def write(result: "RunResult", out: TextIO, options: ReportOptions) -> None:
    console = make_console(out, options.color)
    for finding in result.findings:
        console.print(finding_line(finding))
        if not options.quiet:
            _detail(console, finding, result)
    if not options.quiet:
        style = "bold" if result.findings else "green"
        console.print(Text(summary_line(result), style=style))
