"""The Markdown job summary of ``--format github`` (``$GITHUB_STEP_SUMMARY``).

GitHub shows only a handful of annotations of each level per step, so the summary
is where a reviewer sees the whole run: counts per severity, category and rule, the
files with the most findings, and the command that reproduces the run locally.
"""

from __future__ import annotations

import os
import shlex
import sys
from collections import Counter
from typing import TYPE_CHECKING

from smartlint.report import relative_path, severity_counts, summary_line

if TYPE_CHECKING:
    from smartlint.run import RunResult

SUMMARY_VARIABLE = "GITHUB_STEP_SUMMARY"
_TOP_FILES = 10
_TOP_RULES = 15


def markdown_summary(result: "RunResult", root: str = ".", command: list[str] | None = None) -> str:
    lines = ["## smartlint", "", summary_line(result), ""]
    unchanged = getattr(result, "baseline_unchanged", None)
    if unchanged:
        lines += [f"{len(unchanged)} findings recorded in the baseline are not counted here.", ""]
    if result.findings:
        counts = severity_counts(result)
        lines += ["| severity | findings |", "| --- | ---: |"]
        lines += [f"| {severity} | {n} |" for severity, n in counts.items()]
        lines += ["", "| category | rule | findings |", "| --- | --- | ---: |"]
        by_rule = Counter((f.category, f.rule) for f in result.findings)
        for (category, rule), n in sorted(by_rule.items(), key=lambda item: (-item[1], item[0]))[:_TOP_RULES]:
            lines.append(f"| {category} | `{rule}` | {n} |")
        if len(by_rule) > _TOP_RULES:
            lines.append(f"| … | {len(by_rule) - _TOP_RULES} more rules | |")
        lines += ["", "| file | findings |", "| --- | ---: |"]
        by_file = Counter(relative_path(f.path, root) for f in result.findings)
        for path, n in sorted(by_file.items(), key=lambda item: (-item[1], item[0]))[:_TOP_FILES]:
            lines.append(f"| `{path}` | {n} |")
        lines.append("")
    if result.errors:
        lines += ["Inputs that could not be checked:", ""]
        lines += [f"- `{error}`" for error in result.errors]
        lines.append("")
    argv = command if command is not None else ["smartlint", *sys.argv[1:]]
    shown = [arg for arg in argv if arg not in ("--format=github",)]
    for k, arg in enumerate(shown):
        if arg == "--format" and k + 1 < len(shown) and shown[k + 1] == "github":
            shown = shown[:k] + shown[k + 2 :]
            break
    lines += ["Reproduce locally (`smartlint explain RULE` says why a rule flags):", "", "```bash",
              shlex.join(shown), "```", ""]
    return "\n".join(lines)


def write_job_summary(result: "RunResult", root: str = ".") -> None:
    """Append the summary to the file GitHub names in ``$GITHUB_STEP_SUMMARY`` (if set)."""
    target = os.environ.get(SUMMARY_VARIABLE)
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as out:
            out.write(markdown_summary(result, root) + "\n")
    except OSError as err:
        print(f"note: cannot write the job summary to {target}: {err.strerror or err}", file=sys.stderr)
