"""The SARIF reporter: the structure GitHub code scanning requires."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from cli_fakes import sample_result

from smartlint import __version__
from smartlint.report import ReportOptions
from smartlint.report.sarif import artifact_uri, write


def render(result=None, root=".") -> dict:
    out = io.StringIO()
    write(result or sample_result(), out, ReportOptions(root=root))
    return json.loads(out.getvalue())


def test_log_and_run_structure():
    log = render()
    assert log["version"] == "2.1.0"
    assert log["$schema"].startswith("https://") and "sarif-2.1.0" in log["$schema"]
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "smartlint" and driver["version"] == __version__


def test_no_guessed_urls():
    # informationUri is optional; smartlint has no public page, and a placeholder or
    # someone else's project page would be shown by code scanning as ours.
    log = render()
    assert "informationUri" not in log["runs"][0]["tool"]["driver"]
    urls = re.findall(r"https?://[^\s\"]+", json.dumps(log))
    assert urls == [log["$schema"]]


def test_rule_descriptors():
    result = sample_result()
    rules = render(result)["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in result.rules]
    for descriptor, rule in zip(rules, result.rules):
        assert descriptor["name"] and descriptor["shortDescription"]["text"] == rule.message
        assert descriptor["fullDescription"]["text"] == rule.why
        assert descriptor["help"]["text"] == (rule.suggestion or rule.message)
        level = {"error": "error", "warning": "warning", "info": "note"}[rule.severity]
        assert descriptor["defaultConfiguration"]["level"] == level
    assert any(r["defaultConfiguration"]["level"] == "note" for r in rules)


def test_results_point_at_their_rule_and_region():
    result = sample_result()
    run = render(result)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == 3
    for item, finding in zip(run["results"], result.findings):
        assert rules[item["ruleIndex"]]["id"] == item["ruleId"] == finding.rule
        assert item["message"]["text"].startswith(finding.message)
        location = item["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == finding.path
        region = location["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
            finding.line, finding.column, finding.end_line, finding.end_column)
    assert [r["level"] for r in run["results"]] == ["warning", "error", "note"]
    assert "Suggestie: Noem een dag en tijd." in run["results"][0]["message"]["text"]


def test_a_finding_of_an_unlisted_rule_gets_a_descriptor():
    result = sample_result()
    result.rules = []
    run = render(result)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rules[r["ruleIndex"]]["id"] for r in run["results"]] == [f.rule for f in result.findings]


def test_input_errors_are_tool_notifications():
    invocation = render()["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == (
        "drafts/logo.txt: binary file, not a text message")


def test_uris_are_relative_with_forward_slashes(tmp_path):
    inside = tmp_path / "sub dir" / "a.txt"
    assert artifact_uri(str(inside), str(tmp_path)) == "sub%20dir/a.txt"
    assert artifact_uri("./drafts\\b.txt", ".") == "drafts/b.txt"
    outside = Path("/elsewhere/x.txt")
    assert artifact_uri(str(outside), str(tmp_path)) == "file:///elsewhere/x.txt"


def test_notifications_have_a_stable_id_and_a_location_when_known():
    from cli_fakes import sample_result as fresh

    from smartlint.errors import InputError

    result = fresh()
    result.errors = [
        InputError("invalid YAML at line 4, column 2: mapping values are not allowed here", "lib/a.yaml",
                   line=4, column=2),
        InputError("binary file, not a text message", "drafts/logo.txt"),
    ]
    positioned, unpositioned = render(result)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert positioned["descriptor"] == {"id": "input-error"} == unpositioned["descriptor"]
    physical = positioned["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "lib/a.yaml"
    assert physical["region"] == {"startLine": 4, "startColumn": 2}
    assert "region" not in unpositioned["locations"][0]["physicalLocation"]


def test_a_safe_fix_becomes_a_sarif_fix_and_others_have_none():
    import dataclasses

    from smartlint.findings import Fix

    result = sample_result()
    first = result.findings[0]
    result.findings[0] = dataclasses.replace(first, fix=Fix("vóór donderdag", first.start, first.end, first.line,
                                                            first.column, first.end_line, first.end_column))
    results = render(result)["runs"][0]["results"]
    (fix,) = results[0]["fixes"]
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    (replacement,) = change["replacements"]
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert replacement["deletedRegion"] == {k: region[k] for k in ("startLine", "startColumn", "endLine", "endColumn")}
    assert replacement["insertedContent"] == {"text": "vóór donderdag"}
    assert fix["description"]["text"]
    assert all("fixes" not in r for r in results[1:])
