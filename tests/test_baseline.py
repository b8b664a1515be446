"""--write-baseline / --baseline: only new findings fail CI, matched without line numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smartlint.cli import app

LIBRARY = """\
refund:
  body: We kijken er even naar.
delivery:
  body: Sanne belt u morgen vóór 12.00 uur, zo snel mogelijk.
"""


@pytest.fixture
def check(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, ["check", "--today", "2026-11-22", "--no-cache", "--select", "vague-word", *args])

    return run


def test_baseline_hides_known_findings_until_a_message_changes(check):
    Path("nl.yml").write_text(LIBRARY, encoding="utf-8")
    written = check("--write-baseline", "baseline.json", "nl.yml")
    assert written.exit_code == 0, written.output
    assert "wrote 2 findings to the baseline baseline.json" in written.stderr
    entries = json.loads(Path("baseline.json").read_text(encoding="utf-8"))["findings"]
    assert [(e["path"], e["key"], e["rule"], e["text"]) for e in entries] == [
        ("nl.yml", "delivery.body", "vague-zsm", "zo snel mogelijk"),
        ("nl.yml", "refund.body", "vague-kijken-ernaar", "kijken er even naar"),
    ]
    assert check("--baseline", "baseline.json", "nl.yml").exit_code == 0
    # An edit elsewhere moves the old findings down: they stay known.
    Path("nl.yml").write_text("intro:\n  body: Welkom bij de klantenservice.\n" + LIBRARY, encoding="utf-8")
    assert check("--baseline", "baseline.json", "nl.yml").exit_code == 0
    # A new problem in one message is the only one reported.
    Path("nl.yml").write_text(LIBRARY.replace("We kijken er even naar.", "We kijken er even naar, binnenkort."),
                              encoding="utf-8")
    result = check("--baseline", "baseline.json", "--format", "json", "nl.yml")
    assert result.exit_code == 1
    assert [(f["line"], f["key"], f["text"]) for f in json.loads(result.stdout)["findings"]] == [
        (2, "refund.body", "binnenkort"),
    ]
    assert "2 findings recorded in the baseline baseline.json are not shown" in result.stderr


def test_sarif_marks_baseline_state(check):
    Path("nl.yml").write_text(LIBRARY, encoding="utf-8")
    check("--write-baseline", "baseline.json", "nl.yml")
    Path("nl.yml").write_text(LIBRARY.replace("We kijken er even naar.", "We kijken er even naar, binnenkort."),
                              encoding="utf-8")
    result = check("--baseline", "baseline.json", "--format", "sarif", "nl.yml")
    results = json.loads(result.stdout)["runs"][0]["results"]
    assert sorted((r["ruleId"], r["baselineState"]) for r in results) == [
        ("vague-binnenkort", "new"), ("vague-kijken-ernaar", "unchanged"), ("vague-zsm", "unchanged"),
    ]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "baseline file not found"),
        ("{not json", "invalid baseline JSON at line 1"),
        ('{"findings": []}', "not a smartlint baseline"),
        ('{"smartlint_baseline": 1, "findings": [{"path": "a"}]}', "findings[0]: expected path, key, rule and text"),
    ],
)
def test_bad_baseline_is_a_one_line_error(check, content, problem):
    Path("nl.yml").write_text(LIBRARY, encoding="utf-8")
    if content is not None:
        Path("baseline.json").write_text(content, encoding="utf-8")
    result = check("--baseline", "baseline.json", "nl.yml")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: baseline.json: {problem}" or result.stderr.startswith(f"error: baseline.json: {problem}")
    assert len(result.stderr.strip().splitlines()) == 1
