"""docs/findings.schema.json describes the real JSON output and the API's findings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import smartlint

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "findings.schema.json").read_text(encoding="utf-8"))
TODAY = "2026-11-22"


def finding_schema() -> dict:
    return {"$schema": SCHEMA["$schema"], "$defs": SCHEMA["$defs"], "$ref": "#/$defs/finding"}


def test_the_schema_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.fixture(scope="module")
def cli_output(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("schema")
    (folder / "fix.txt").write_text("Martin is bij een klant. Sanne belt u dinsdag 2 december 2026 terug.\n",
                                    encoding="utf-8")
    (folder / "lib.yaml").write_text("refund:\n  body: We bellen u zo snel mogelijk terug.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "smartlint", "check", "--format", "json", "--no-cache", "--today", TODAY,
         str(ROOT / "examples" / "draft.txt"), str(folder)],
        capture_output=True, text=True, timeout=300, cwd=folder,
    )
    assert proc.returncode == 1, proc.stderr
    return json.loads(proc.stdout)


def test_real_cli_output_follows_the_schema(cli_output):
    jsonschema.validate(cli_output, SCHEMA)
    findings = cli_output["findings"]
    assert any(f["fix"] for f in findings) and any(f["fix"] is None for f in findings)
    assert any(f["key"] == "refund.body" for f in findings)


def test_api_findings_follow_the_schema_and_match_the_cli(cli_output):
    linter = smartlint.Linter(config=False, today=TODAY)
    draft = ROOT / "examples" / "draft.txt"
    api = [f.to_dict() for f in linter.lint_path(draft)]
    assert api
    for item in api:
        jsonschema.validate(item, finding_schema())
    assert api == [f for f in cli_output["findings"] if f["path"] == str(draft)]


@pytest.mark.parametrize("change", [
    lambda f: f.pop("fix"),
    lambda f: f.update(severity="hoog"),
    lambda f: f.update(extra=1),
    lambda f: f.update(fix={"replacement": "x"}),
    lambda f: f.update(line=0),
])
def test_the_schema_rejects_a_changed_finding(cli_output, change):
    finding = dict(cli_output["findings"][0])
    change(finding)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(finding, finding_schema())
