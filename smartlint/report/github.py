"""GitHub Actions workflow commands: each finding becomes an annotation on the diff.

``::warning file=a.txt,line=5,col=12,endLine=5,endColumn=28,title=vague-zsm::message``
(``error``/``warning``/``notice`` by severity), escaped as GitHub requires.  GitHub
shows only a handful of annotations of each level per step, so errors come first,
then warnings, then notices; with ``$GITHUB_STEP_SUMMARY`` set, a Markdown summary
of the whole run is appended to the job summary (:mod:`.job_summary`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from smartlint.report import ReportOptions, relative_path, summary_line

if TYPE_CHECKING:
    from smartlint.findings import Finding
    from smartlint.run import RunResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: object) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def annotation(finding: "Finding", root: str = ".") -> str:
    message = finding.message
    if finding.suggestion:
        message += f"\nSuggestie: {finding.suggestion}"
    if finding.key:
        message += f"\n({finding.key})"
    return command(
        COMMANDS.get(finding.severity, "warning"),
        message,
        file=relative_path(finding.path, root),
        line=finding.line,
        col=finding.column,
        endLine=finding.end_line,
        endColumn=finding.end_column,
        title=f"smartlint {finding.rule}",
    )


def error_command(error, root: str = ".") -> str:
    """``::error file=...,line=...,col=...::message`` for an input, config or pack
    error; the position only where the error knows it, the file only where it has one."""
    return command(
        "error",
        str(error),
        file=relative_path(error.path, root) if error.path else None,
        line=getattr(error, "line", None),
        col=getattr(error, "column", None),
    )


def write(result: "RunResult", out: TextIO, options: ReportOptions) -> None:
    from smartlint.findings import severity_rank
    from smartlint.report.job_summary import write_job_summary

    for error in result.errors:  # an input that could not be read is an error too: first
        out.write(error_command(error, options.root) + "\n")
    for finding in sorted(result.findings, key=lambda f: -severity_rank(f.severity)):  # stable: file order kept
        out.write(annotation(finding, options.root) + "\n")
    if not options.quiet:
        out.write(summary_line(result) + "\n")
    write_job_summary(result, options.root)
