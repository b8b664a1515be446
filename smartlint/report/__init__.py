"""Reporters: turn a :class:`~smartlint.run.RunResult` into text, JSON, SARIF or
GitHub workflow commands.  Each module has ``write(result, out, options)``."""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TextIO

from smartlint.findings import CATEGORIES, SEVERITIES

if TYPE_CHECKING:
    from smartlint.run import RunResult

FORMATS = ("text", "json", "sarif", "github")


@dataclass
class ReportOptions:
    color: bool | None = None  # None: colour only on a terminal (and not with NO_COLOR)
    quiet: bool = False
    root: str = "."  # SARIF and GitHub paths are made relative to this folder


Writer = Callable[["RunResult", TextIO, ReportOptions], None]


def get_writer(name: str) -> Writer:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}")
    return importlib.import_module(f"{__name__}.{name}").write


def generic_message(message: str | None) -> str:
    """A rule's message (or suggestion) without a finding: ``'{text}' zegt niet ...`` ->
    ``'…' zegt niet ...``; a check's fields read as ‹datum›, ‹weekdag›, ..."""
    if not message:
        return message or ""
    for name, shown in _FIELD_NAMES.items():
        message = message.replace("{" + name + "}", f"‹{shown}›")
    return message.replace("{text}", "…")


# Fields a check fills into its rule's message (see smartlint.checks.dates), as a reader
# of `smartlint explain` and docs/rules.md sees them.
_FIELD_NAMES = {
    "date": "datum", "weekday": "weekdag", "actual_weekday": "werkelijke weekdag", "month": "maand",
    "days": "aantal dagen", "today": "vandaag", "alternatives": "mogelijke datums",
}


def relative_path(path: str, root: str) -> str:
    """``path`` relative to ``root`` with forward slashes; absolute if outside it."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            return candidate.resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            return candidate.as_posix()
    return path.replace("\\", "/").removeprefix("./")


def severity_counts(result: "RunResult") -> dict[str, int]:
    counts = Counter(f.severity for f in result.findings)
    return {severity: counts.get(severity, 0) for severity in reversed(SEVERITIES)}


def summary(result: "RunResult") -> dict:
    """The machine-readable summary shared by the JSON and SARIF reporters."""
    categories = Counter(f.category for f in result.findings)
    return {
        "total": len(result.findings),
        "by_severity": severity_counts(result),
        "by_category": {c: categories.get(c, 0) for c in (*CATEGORIES, *sorted(set(categories) - set(CATEGORIES)))},
        "files_checked": len(result.files_checked),
        "files_with_findings": len({f.path for f in result.findings}),
        "files_skipped": [{"path": path, "note": note} for path, note in result.skipped],
        "notes": [{"path": path, "note": note} for path, note in result.notes],
        "errors": [{"path": e.path, "message": e.message} for e in result.errors],
        # Segments (messages) taken from the result cache and analysed in this run.
        "cache": dict(result.cache) if result.cache else {"enabled": False, "hits": 0, "misses": 0},
    }


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def summary_line(result: "RunResult") -> str:
    """``Found 3 problems in 2 files (1 error, 2 warnings, 0 info). 5 files checked.``"""
    failed = len(result.errors)
    unread = f"{_plural(failed, 'input')} could not be checked" if failed else ""
    if not result.findings:
        return f"No problems found in {_plural(len(result.files_checked), 'file')}" + (f"; {unread}." if unread else ".")
    counts = severity_counts(result)
    files = len({f.path for f in result.findings})
    return (
        f"Found {_plural(len(result.findings), 'problem')} in {_plural(files, 'file')}"
        f" ({_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}, {counts['info']} info)."
        f" {_plural(len(result.files_checked), 'file')} checked" + (f", {unread}." if unread else ".")
    )
