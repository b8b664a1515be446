"""JSON output: one object ``{"version", "findings", "summary"}`` (a stable contract,
published as ``docs/findings.schema.json``; the Python API's findings have the same fields).

Positions are 1-based; ``end_column`` is exclusive; ``start``/``end`` are 0-based
character offsets into the file's text.  ``key`` names the message inside a library
(``responses.refund.body``, ``row 12``) and is null elsewhere.  ``fix`` is a safe
replacement (``replacement`` plus its range, as ``smartlint check --fix`` applies
it) or null.  A file name that is not valid UTF-8 shows each undecodable byte as
``\\xNN`` (:mod:`smartlint.report.unicode_safe`), so the output is always valid UTF-8.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, TextIO

from smartlint import __version__
from smartlint.report import ReportOptions, summary
from smartlint.report.unicode_safe import printable_tree

if TYPE_CHECKING:
    from smartlint.findings import Finding
    from smartlint.run import RunResult

FINDING_FIELDS = (
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "rule",
    "category",
    "severity",
    "message",
    "text",
    "suggestion",
    "key",
    "start",
    "end",
    "fix",
)


def finding_dict(finding: "Finding") -> dict:
    item = {name: getattr(finding, name, None) for name in FINDING_FIELDS}
    if item["fix"] is not None:
        item["fix"] = asdict(item["fix"])
    return item


def document(result: "RunResult") -> dict:
    return {
        "version": __version__,
        "findings": [finding_dict(f) for f in result.findings],
        "summary": summary(result),
    }


def write(result: "RunResult", out: TextIO, options: ReportOptions) -> None:
    json.dump(printable_tree(document(result)), out, ensure_ascii=False, indent=2)
    out.write("\n")
