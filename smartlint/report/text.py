"""Readable terminal output.

Each finding starts with one greppable line, ``path:line:col: severity rule message``,
followed by the source line with the span underlined and the suggestion.  ``--quiet``
keeps only the first lines.  Colour is used only on a terminal and never with
``NO_COLOR`` or ``--no-color``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Iterator, TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.control import strip_control_codes
from rich.text import Text

from smartlint.report import ReportOptions, summary_line
from smartlint.segments import split_lines

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


Parts = list[tuple[str, str]]  # one output line as (text, Rich style) pieces


def finding_parts(finding: "Finding") -> Parts:
    """``path:line:col: severity rule message``, as styled pieces."""
    return [
        (f"{finding.path}:{finding.line}:{finding.column}:", "bold"),
        (" ", ""),
        (finding.severity, SEVERITY_STYLE.get(finding.severity, "")),
        (" ", ""),
        (finding.rule, "cyan"),
        (" ", ""),
        (" ".join(finding.message.split()), ""),  # one line, whatever the pack says
    ]


def finding_line(finding: "Finding") -> Text:
    """``path:line:col: severity rule message`` (plain text when printed without colour)."""
    return Text.assemble(*finding_parts(finding))


_split: tuple[str, list[str]] = ("", [""])  # the last text split into lines


def _source_line(source_text: str, line_number: int) -> str:
    # Findings come sorted by file: split each file once, not once per finding
    # (a library with thousands of findings made this quadratic).
    global _split
    if _split[0] is not source_text:
        _split = (source_text, split_lines(source_text))  # lone CR ends a line, as in line_col
    lines = _split[1]
    if not 1 <= line_number <= len(lines):
        return ""
    return lines[line_number - 1]


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


def _detail(finding: "Finding", result: "RunResult") -> list[Parts]:
    """The lines under a finding: source line, underline, key, suggestion, blank."""
    style = SEVERITY_STYLE.get(finding.severity, "")
    lines: list[Parts] = []
    document = result.documents.get(finding.path)
    if document is not None:
        shown, offset, width = excerpt(document.source_text, finding)
        gutter = f"{finding.line:>5} | "
        lines.append([(gutter, "dim"), (shown, "")])
        lines.append([(" " * (len(gutter) - 2) + "| ", "dim"), (" " * offset, ""), ("^" * width, style)])
    if finding.key:
        lines.append([("  in: ", "dim"), (finding.key, "")])
    if finding.suggestion:
        lines.append([("  suggestie: ", "green"), (finding.suggestion, "")])
    lines.append([])
    return lines


def _lines(result: "RunResult", options: ReportOptions) -> Iterator[Parts]:
    for finding in result.findings:
        yield finding_parts(finding)
        if not options.quiet:
            yield from _detail(finding, result)
    if not options.quiet:
        yield [(summary_line(result), "bold" if result.findings else "green")]


def write(result: "RunResult", out: TextIO, options: ReportOptions) -> None:
    console = make_console(out, options.color)
    if console.color_system is not None:
        for parts in _lines(result, options):
            # Text.assemble, not "+": a Text's own style would spread over what is appended.
            console.print(Text.assemble(*parts))
        return
    # Without colour, write what the console would print (control codes dropped as
    # Text drops them, tabs expanded as Rich expands them) minus its per-line cost:
    # ~0.3 ms a line, seconds for a library with thousands of findings.
    for parts in _lines(result, options):
        line = "".join(strip_control_codes(text) for text, _ in parts)
        if "\t" in line:
            expanded = Text(line)
            expanded.expand_tabs(console.tab_size)
            line = expanded.plain
        out.write(line + "\n")
