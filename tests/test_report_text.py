"""The text reporter: greppable first lines, underlined source, suggestion, summary."""

from __future__ import annotations

import io
import re

from cli_fakes import document, finding_at, sample_result

from smartlint.report import ReportOptions, summary_line
from smartlint.report.text import excerpt, write

FINDING_LINE = re.compile(r"^(?P<path>[^:\s]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) (?P<rule>[a-z0-9-]+) (?P<msg>.+)$")


def render(result=None, **options) -> str:
    out = io.StringIO()
    write(result or sample_result(), out, ReportOptions(**options))
    return out.getvalue()


def test_each_finding_starts_with_a_greppable_line():
    text = render()
    lines = [m.groupdict() for m in map(FINDING_LINE.match, text.splitlines()) if m]
    assert [(d["path"], d["line"], d["col"], d["sev"], d["rule"]) for d in lines] == [
        ("drafts/a.txt", "3", "12", "warning", "vague-zsm"),
        ("drafts/a.txt", "4", "4", "error", "incident-cause"),
        ("lib/responses.json", "1", "30", "info", "vague-binnenkort"),
    ]
    assert lines[0]["msg"] == "'zo snel mogelijk' belooft niets toetsbaars."


def test_source_line_is_underlined_at_the_span():
    text = render()
    lines = text.splitlines()
    i = lines.index("drafts/a.txt:3:12: warning vague-zsm 'zo snel mogelijk' belooft niets toetsbaars.")
    source, underline = lines[i + 1], lines[i + 2]
    assert source.endswith("| We gaan er zo snel mogelijk mee aan de slag.")
    bar = source.index("|")
    assert underline.index("|") == bar
    start = underline.index("^")
    assert source[start:start + 16] == "zo snel mogelijk"
    assert underline[start:].rstrip() == "^" * 16
    assert lines[i + 3] == "  suggestie: Noem een dag en tijd."


def test_tabs_before_the_span_keep_the_underline_aligned():
    lines = render().splitlines()
    i = next(k for k, line in enumerate(lines) if line.startswith("drafts/a.txt:4:4:"))
    source, underline = lines[i + 1], lines[i + 2]
    assert "\t" not in source
    start = underline.index("^")
    assert source[start:start + 13] == "defecte kabel" and underline.count("^") == 13


def test_library_key_is_shown():
    assert "  in: refund.body" in render().splitlines()


def test_summary_line():
    assert render().splitlines()[-1] == summary_line(sample_result())
    assert summary_line(sample_result()) == (
        "Found 3 problems in 2 files (1 error, 1 warning, 1 info). 3 files checked, 1 input could not be checked.")


def test_summary_without_findings():
    result = sample_result()
    result.findings = []
    assert render(result).strip() == "No problems found in 3 files; 1 input could not be checked."
    result.errors, result.files_checked = [], ["a.txt"]
    assert render(result).strip() == "No problems found in 1 file."


def test_quiet_prints_only_the_finding_lines():
    lines = render(quiet=True).splitlines()
    assert len(lines) == 3 and all(FINDING_LINE.match(line) for line in lines)


def test_no_colour_when_not_a_terminal_or_when_disabled(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" not in render()
    assert "\x1b[" not in render(color=False)


def test_colour_when_forced_and_never_with_no_color(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    coloured = render(color=True)
    assert "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == render()
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in render(color=True)


def test_long_lines_are_not_wrapped_and_long_sources_are_cut_around_the_span():
    words = " ".join(f"woord{i}" for i in range(400))
    text = words + " zo snel mogelijk " + words + "\n"
    doc = document(text, "a/very/long/path/to/a/library/file/with/many/folders/responses.json")
    start = text.index("zo snel mogelijk")
    result = sample_result()
    result.findings = [finding_at(doc, start, start + 16, message="x " * 80)]
    result.documents = {doc.path: doc}
    lines = render(result).splitlines()
    assert lines[0] == f"{doc.path}:1:{start + 1}: warning vague-zsm " + "x " * 79 + "x"
    source, underline = lines[1], lines[2]
    assert len(source) < 200 and source.count("…") == 2
    at = underline.index("^")
    assert source[at:at + 16] == "zo snel mogelijk"


def test_excerpt_of_a_span_over_two_lines_underlines_to_the_line_end():
    doc = document("Wij bellen zo snel\nmogelijk terug.\n")
    finding = finding_at(doc, 11, 27)
    shown, offset, width = excerpt(doc.source_text, finding)
    assert (shown, offset, width) == ("Wij bellen zo snel", 11, 7)


def test_wide_characters_are_counted_in_cells():
    doc = document("Klant 客户 zegt: binnenkort\n")
    start = doc.source_text.index("binnenkort")
    shown, offset, width = excerpt(doc.source_text, finding_at(doc, start, start + 10))
    assert offset == start + 2 and width == 10
