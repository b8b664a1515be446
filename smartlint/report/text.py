"""Readable terminal output.

Each finding starts with one greppable line, ``path:line:col: severity rule message``,
followed by the source line with the span underlined and the suggestion.  ``--quiet``
keeps only the first lines.  Colour is used only on a terminal and never with
``NO_COLOR`` or ``--no-color``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Iterator, TextIO

from rich.cells import cell_len, get_character_cell_size
from rich.console import Console
from rich.control import strip_control_codes
from rich.text import Text

from smartlint.report import ReportOptions, summary_line
from smartlint.report.unicode_safe import one_line
from smartlint.segments import split_lines

if TYPE_CHECKING:
    from smartlint.findings import Finding
    from smartlint.run import RunResult

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "blue"}
MAX_SHOWN = 120  # cells of a long source line shown around the span when not on a terminal
MIN_SHOWN = 20  # a terminal narrower than this still shows this much
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
        (f"{one_line(finding.path)}:{finding.line}:{finding.column}:", "bold"),
        (" ", ""),
        (finding.severity, SEVERITY_STYLE.get(finding.severity, "")),
        (" ", ""),
        (finding.rule, "cyan"),
        (" ", ""),
        (" ".join(finding.message.split()), ""),  # one line, whatever the pack says
    ]


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


def excerpt(source_text: str, finding: "Finding", width: int = MAX_SHOWN) -> tuple[str, int, int]:
    """The shown source line and the cell offset and width of the underline.

    A line wider than ``width`` cells (the terminal's columns minus the gutter) is
    cut to a window around the finding, with "…" where text is left out, so the
    line does not wrap and the carets stay under the finding.  Widths are counted in
    terminal cells: a CJK character or an emoji takes two.
    """
    line = _source_line(source_text, finding.line)
    start = max(0, min(finding.column - 1, len(line)))
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    end = max(start, min(end, len(line)))
    width = max(width, MIN_SHOWN)
    # Each character takes at least one cell, so a window of ``width`` cells lies
    # within ``width`` characters of the finding: only that part of a long line (a
    # JSON library can have one line of megabytes) is looked at.
    cut = max(0, start - width)
    stop = min(len(line), end + width)
    lead = cut > 0
    tail = stop < len(line)
    part = line[cut:stop]
    before = part[: start - cut].expandtabs(TAB_SIZE)
    through = part[: end - cut].expandtabs(TAB_SIZE)
    shown = part.expandtabs(TAB_SIZE)
    a, b = len(before), len(through)  # the finding in ``shown``
    if not lead and not tail and cell_len(shown) <= width:
        return shown, cell_len(before), max(1, cell_len(through) - cell_len(before))
    return _window(shown, a, b, width - 2, lead, tail)  # 2 cells for the ellipses


def _window(text: str, a: int, b: int, budget: int, lead: bool, tail: bool) -> tuple[str, int, int]:
    """``text`` cut to ``budget`` cells around characters [a, b), with "…" where text
    is left out; the cell offset and width of [a, b) in the result.  A finding wider
    than the budget is shown from its start."""
    if text.isascii() and text.isprintable():  # the usual line: one cell per character
        cells = [1] * len(text)
    else:
        cells = [get_character_cell_size(ch) for ch in text]
    left, right = a, a
    used = 0
    while right < b and used + cells[right] <= budget:  # the finding itself first
        used += cells[right]
        right += 1
    finding_cells = used
    # Context: up to a third of what is left before the finding, the rest after it,
    # and whatever the end of the line leaves unused goes before it again.
    room = budget - used
    want_left = room // 3
    while left > 0 and want_left - cells[left - 1] >= 0:
        want_left -= cells[left - 1]
        used += cells[left - 1]
        left -= 1
    if right >= b:
        while right < len(text) and used + cells[right] <= budget:
            used += cells[right]
            right += 1
    while left > 0 and used + cells[left - 1] <= budget:
        used += cells[left - 1]
        left -= 1
    opens = "…" if lead or left > 0 else ""
    closes = "…" if tail or right < len(text) else ""
    offset = len(opens) + sum(cells[left:a])
    return opens + text[left:right] + closes, offset, max(1, finding_cells)


def _detail(finding: "Finding", result: "RunResult", columns: int | None) -> list[Parts]:
    """The lines under a finding: source line, underline, key, suggestion, blank.
    ``columns``: the terminal's width, None when not writing to a terminal."""
    style = SEVERITY_STYLE.get(finding.severity, "")
    lines: list[Parts] = []
    document = result.documents.get(finding.path)
    if document is not None:
        gutter = f"{finding.line:>5} | "
        room = columns - len(gutter) if columns else MAX_SHOWN
        shown, offset, width = excerpt(document.source_text, finding, room)
        lines.append([(gutter, "dim"), (shown, "")])
        lines.append([(" " * (len(gutter) - 2) + "| ", "dim"), (" " * offset, ""), ("^" * width, style)])
    if finding.key:
        lines.append([("  in: ", "dim"), (finding.key, "")])
    if finding.suggestion:
        lines.append([("  suggestie: ", "green"), (finding.suggestion, "")])
    lines.append([])
    return lines


def terminal_columns(console: Console) -> int | None:
    """The width source lines must fit in: the terminal's, or ``COLUMNS`` when set;
    None for a pipe or file (then long lines are cut to :data:`MAX_SHOWN` cells)."""
    if console.is_terminal:
        return console.width
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


def _lines(result: "RunResult", options: ReportOptions, columns: int | None = None) -> Iterator[Parts]:
    for finding in result.findings:
        yield finding_parts(finding)
        if not options.quiet:
            yield from _detail(finding, result, columns)
    if not options.quiet:
        yield [(summary_line(result), "bold" if result.findings else "green")]


def write(result: "RunResult", out: TextIO, options: ReportOptions) -> None:
    console = make_console(out, options.color)
    columns = terminal_columns(console)
    if console.color_system is not None:
        for parts in _lines(result, options, columns):
            # Text.assemble, not "+": a Text's own style would spread over what is appended.
            console.print(Text.assemble(*parts))
        return
    # Without colour, write what the console would print (control codes dropped as
    # Text drops them, tabs expanded as Rich expands them) minus its per-line cost:
    # ~0.3 ms a line, seconds for a library with thousands of findings.
    for parts in _lines(result, options, columns):
        # A printable text has no control codes: most parts need no translation.
        line = "".join(text if text.isprintable() else strip_control_codes(text) for text, _ in parts)
        if "\t" in line:
            expanded = Text(line)
            expanded.expand_tabs(console.tab_size)
            line = expanded.plain
        out.write(line + "\n")
