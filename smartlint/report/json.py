"""JSON output: one object ``{"version", "findings", "summary"}`` (a stable contract).

Positions are 1-based; ``end_column`` is exclusive.  ``key`` names the message
inside a library (``responses.refund.body``, ``row 12``) and is null elsewhere.
A file name that is not valid UTF-8 shows each undecodable byte as ``\\xNN``
(:mod:`smartlint.report.unicode_safe`), so the output is always valid UTF-8.
"""

from __future__ import annotations

import json
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
)


def finding_dict(finding: "Finding") -> dict:
    return {name: getattr(finding, name) for name in FINDING_FIELDS}


def document(result: "RunResult") -> dict:
    return {
        "version": __version__,
        "findings": [finding_dict(f) for f in result.findings],
        "summary": summary(result),
    }


def write(result: "RunResult", out: TextIO, options: ReportOptions) -> None:
    json.dump(printable_tree(document(result)), out, ensure_ascii=False, indent=2)
    out.write("\n")
