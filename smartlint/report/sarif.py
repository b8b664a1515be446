"""SARIF 2.1.0 output, as GitHub code scanning accepts it (``upload-sarif``).

Columns count Unicode code points (``columnKind: unicodeCodePoints``), as smartlint's
do; ``endColumn`` is exclusive in both.  Paths are relative to the working folder,
with forward slashes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from urllib.parse import quote

from smartlint import __version__
from smartlint.report import ReportOptions, generic_message, relative_path
from smartlint.report.unicode_safe import printable_tree, uri_bytes
from smartlint.text_dates import fill_dates

if TYPE_CHECKING:
    from smartlint.findings import Finding
    from smartlint.packs import Rule
    from smartlint.run import RunResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# No driver.informationUri: it is optional, and smartlint has no public home page
# yet; a guessed URL would send code-scanning users to someone else's project.
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str, root: str) -> str:
    """A relative, forward-slash, percent-encoded URI for a finding's path.

    A name that is not valid UTF-8 is encoded from its real bytes (``caf%E9.txt``).
    """
    relative = relative_path(path, root)
    if Path(relative).is_absolute():  # outside the working folder
        return Path(relative).as_uri()  # percent-encodes the file system bytes
    return quote(uri_bytes(relative), safe="/")


def rule_descriptor(rule: "Rule") -> dict:
    # Rule metadata has no reference date: a date placeholder reads "maandag ‹datum›".
    help_text = fill_dates(rule.suggestion, None) or generic_message(rule.message)
    markdown = [help_text]
    if rule.example:
        markdown.append(f"Instead of: *{rule.example}*")
    if rule.use_instead:
        markdown.append(f"Write: *{fill_dates(rule.use_instead, None)}*")
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": generic_message(rule.message)},
        "fullDescription": {"text": " ".join((rule.why or generic_message(rule.message)).split())},
        "help": {"text": help_text, "markdown": "\n\n".join(markdown)},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": {"tags": [rule.category], "category": rule.category, "pack": rule.pack},
    }


def _ad_hoc_descriptor(finding: "Finding") -> dict:
    # A finding whose rule is not in the loaded packs (should not happen, but the
    # SARIF must stay valid: every ruleIndex points at a descriptor).
    return {
        "id": finding.rule,
        "name": finding.rule,
        "shortDescription": {"text": finding.message},
        "defaultConfiguration": {"level": LEVELS.get(finding.severity, "warning")},
        "properties": {"tags": [finding.category], "category": finding.category},
    }


def result_object(finding: "Finding", rule_index: int, root: str) -> dict:
    text = finding.message + (f"\nSuggestie: {finding.suggestion}" if finding.suggestion else "")
    result = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(finding.path, root)},
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                        "endLine": finding.end_line,
                        "endColumn": finding.end_column,
                        "snippet": {"text": finding.text},
                    },
                }
            }
        ],
        "properties": {"category": finding.category},
    }
    if finding.key:
        result["locations"][0]["logicalLocations"] = [{"fullyQualifiedName": finding.key, "kind": "member"}]
    fix = getattr(finding, "fix", None)
    if fix is not None:
        result["fixes"] = [fix_object(finding, fix, root)]
    return result


def notification(error, root: str = ".") -> dict:
    """A toolExecutionNotification: the error's stable id (``input-error``), its
    one line, and where it is (file, and line/column when the error knows them)."""
    out: dict = {
        "level": "error",
        "message": {"text": str(error)},
        "descriptor": {"id": getattr(error, "code", "error")},
    }
    path = getattr(error, "path", None)
    if path:
        physical: dict = {"artifactLocation": {"uri": artifact_uri(path, root)}}
        line = getattr(error, "line", None)
        if line:
            region = {"startLine": line}
            if getattr(error, "column", None):
                region["startColumn"] = error.column
            physical["region"] = region
        out["locations"] = [{"physicalLocation": physical}]
    return out


def fix_object(finding: "Finding", fix, root: str) -> dict:
    """A SARIF ``fix``: replace the region by the inserted text (smartlint's safe fix)."""
    return {
        "description": {"text": f"Vervang '{finding.text}' door '{fix.replacement}'."},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": artifact_uri(finding.path, root)},
                "replacements": [
                    {
                        "deletedRegion": {
                            "startLine": fix.line,
                            "startColumn": fix.column,
                            "endLine": fix.end_line,
                            "endColumn": fix.end_column,
                        },
                        "insertedContent": {"text": fix.replacement},
                    }
                ],
            }
        ],
    }


def document(result: "RunResult", root: str = ".") -> dict:
    descriptors = [rule_descriptor(rule) for rule in result.rules]
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    results = []
    # With a baseline, every result says whether it is new; the known ones are kept
    # (as "unchanged") so code scanning does not close their alerts.
    unchanged = getattr(result, "baseline_unchanged", None)
    states = [(f, "new") for f in result.findings] + [(f, "unchanged") for f in unchanged or ()]
    for finding, state in states:
        if finding.rule not in index:
            index[finding.rule] = len(descriptors)
            descriptors.append(_ad_hoc_descriptor(finding))
        results.append(result_object(finding, index[finding.rule], root))
        if unchanged is not None:
            results[-1]["baselineState"] = state
    notifications = [notification(err, root) for err in result.errors]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "smartlint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {"executionSuccessful": not result.errors, "toolExecutionNotifications": notifications}
                ],
                "results": results,
            }
        ],
    }


def write(result: "RunResult", out: TextIO, options: ReportOptions) -> None:
    # printable_tree: a file name that is not valid UTF-8 must not abort the upload.
    json.dump(printable_tree(document(result, options.root)), out, ensure_ascii=False, indent=2)
    out.write("\n")
