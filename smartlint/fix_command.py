"""``smartlint check --fix`` and ``--diff``: the run's safe fixes, written or shown.

``--diff`` prints a unified diff of every file a fix would change and writes
nothing; the diff is the whole output (exit 1 when there is something to fix, 0
when not, 2 on an input error), as ``ruff check --diff`` does.

``--fix`` writes the fixes into the files (see :func:`smartlint.fixes.fix_files`:
only findings that carry a fix, only files that are still as linted), then lints
the changed files again, so the report that follows shows what is left at the
positions of the new text.  A file without a fixable finding is never written.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Callable

from smartlint.fixes import fix_files

if TYPE_CHECKING:
    from smartlint.api import Linter
    from smartlint.run import RunResult


def run_fixes(linter: "Linter", result: "RunResult", *, write: bool, say: Callable[[str], None], quiet: bool) -> int | None:
    """Apply (``write``) or show the fixes.  Returns the exit code when the output
    is complete (``--diff``), None when the report of ``result`` should follow."""
    outcome = fix_files(result, write=write)
    for path, why in outcome.refused:
        say(f"note: {path}: {why}")
    if not write:
        for error in result.errors:
            say(f"error: {error}")
        sys.stdout.write("".join(outcome.diffs))
        sys.stdout.flush()
        if not quiet:
            say(f"note: {_count(outcome.count, len(outcome.fixed))} would be fixed")
        return 2 if result.errors else (1 if outcome.fixed else 0)
    if outcome.fixed:
        _relint(linter, result, list(outcome.fixed))
    if not quiet:
        say(f"note: fixed {_count(outcome.count, len(outcome.fixed))}")
    return None


def _relint(linter: "Linter", result: "RunResult", paths: list[str]) -> None:
    """Replace the findings and documents of the fixed files by a fresh lint."""
    again = linter.run(paths)
    fixed = set(paths)
    result.findings = sorted(
        [f for f in result.findings if f.path not in fixed] + again.findings, key=lambda f: f.sort_key()
    )
    result.documents.update(again.documents)
    result.errors.extend(again.errors)


def _count(problems: int, files: int) -> str:
    return f"{problems} problem{'s' if problems != 1 else ''} in {files} file{'s' if files != 1 else ''}"
