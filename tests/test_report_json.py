"""The JSON reporter: a stable object with version, findings and summary."""

from __future__ import annotations

import io
import json

from cli_fakes import sample_result

from smartlint import __version__
from smartlint.findings import CATEGORIES
from smartlint.report import ReportOptions
from smartlint.report.json import write

FIELDS = {"path", "line", "column", "end_line", "end_column", "rule", "category", "severity",
          "message", "text", "suggestion", "key", "start", "end", "fix"}


def render(result=None) -> dict:
    out = io.StringIO()
    write(result or sample_result(), out, ReportOptions())
    return json.loads(out.getvalue())


def test_top_level_shape():
    data = render()
    assert set(data) == {"version", "findings", "summary"}
    assert data["version"] == __version__


def test_findings_have_exactly_the_contract_fields_and_exact_positions():
    result = sample_result()
    data = render(result)
    assert len(data["findings"]) == 3
    for item, finding in zip(data["findings"], result.findings):
        assert set(item) == FIELDS
        source = result.documents[item["path"]].source_text.split("\n")[item["line"] - 1]
        assert source[item["column"] - 1:item["end_column"] - 1] == item["text"] == finding.text
    first = data["findings"][0]
    assert first["suggestion"] == "Noem een dag en tijd." and first["key"] is None
    library = data["findings"][2]
    assert library["key"] == "refund.body" and library["suggestion"] is None
    assert data["findings"][1]["category"] == "incident-explanation"


def test_summary_counts_and_skips():
    summary = render()["summary"]
    assert summary["total"] == 3
    assert summary["by_severity"] == {"error": 1, "warning": 1, "info": 1}
    assert list(summary["by_category"])[: len(CATEGORIES)] == list(CATEGORIES)
    assert summary["by_category"]["vague-word"] == 2
    assert summary["by_category"]["incident-explanation"] == 1
    assert summary["by_category"]["date-problem"] == 0
    assert summary["files_checked"] == 3 and summary["files_with_findings"] == 2
    assert summary["files_skipped"] == [{"path": "drafts/empty.txt", "note": "empty file"}]
    assert summary["notes"] == [{"path": "drafts/a.txt", "note": "decoded as cp1252"}]
    assert summary["errors"] == [{"path": "drafts/logo.txt", "message": "binary file, not a text message"}]


def test_non_ascii_is_kept_readable():
    result = sample_result()
    result.findings[0].message = "Zeg wanneer: vóór 12.00 uur."
    out = io.StringIO()
    write(result, out, ReportOptions())
    assert "vóór" in out.getvalue()
