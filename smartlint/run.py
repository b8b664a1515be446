"""Orchestration of ``smartlint check``: paths -> documents -> engine -> suppression.

A bad input file does not stop the run: its error is collected (and ends the run
with exit code 2 in the CLI) while the other files are still linted.  Problems with
the run as a whole (config, pack, model) are raised.
"""

from __future__ import annotations

import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from smartlint.errors import InputError, SmartlintError
from smartlint.files import Target, expand_paths
from smartlint.findings import CATEGORIES, Finding
from smartlint.suppression import apply_suppressions, unknown_directive_rules

if TYPE_CHECKING:
    from smartlint.engine import Engine
    from smartlint.packs import Rule
    from smartlint.segments import SourceDocument
    from smartlint.settings import Settings


@dataclass
class RunResult:
    findings: list[Finding] = field(default_factory=list)
    documents: dict[str, "SourceDocument"] = field(default_factory=dict)  # by display path
    files_checked: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (path, note)
    errors: list[SmartlintError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # about the run, not a file (one line each)
    rules: list["Rule"] = field(default_factory=list)
    # {"enabled", "hits", "misses"}: segments taken from the cache and analysed
    cache: dict | None = None
    # With --baseline: the findings the baseline knows (left out of ``findings``).
    baseline_unchanged: list[Finding] | None = None

    def at_or_above(self, severity: str) -> list[Finding]:
        from smartlint.findings import severity_rank

        return [f for f in self.findings if severity_rank(f.severity) >= severity_rank(severity)]


def read_stdin_bytes() -> str | bytes:
    """Standard input as bytes, decoded later like a file's, so neither the locale
    can garble UTF-8 nor a cp1252 draft fail; text where there is no byte stream."""
    from smartlint.inputs import STDIN_PATH
    from smartlint.inputs.decoding import read_limited

    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return sys.stdin.read()
    return read_limited(buffer, STDIN_PATH)


def _read_target(target: Target, settings: "Settings", stdin: Callable[[], str | bytes]) -> "SourceDocument | None":
    """The document, or ``None`` for an empty input.  Raises InputError naming the input."""
    try:
        document = _read(target, settings, stdin)
    except InputError as err:
        if err.path is None:  # make sure the one line names the file
            raise InputError(err.message, path=target.display, line=err.line, column=err.column) from err
        raise
    except IsADirectoryError as err:
        raise InputError("is a folder, expected a file", path=target.display) from err
    except PermissionError as err:
        raise InputError("permission denied: cannot read this file", path=target.display) from err
    except UnicodeDecodeError as err:
        raise InputError(f"cannot decode text ({err.reason})", path=target.display) from err
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}", path=target.display) from err
    except (SmartlintError, KeyboardInterrupt):
        raise
    except Exception as err:  # a reader's bug: name the file, lint the others (--debug shows the cause)
        detail = " ".join(str(err).split())[:160]
        raise InputError(f"internal error while reading: {type(err).__name__}: {detail}",
                         path=target.display) from err
    if document is None or not document.source_text.strip():
        return None
    return document


def _read(target: Target, settings: "Settings", stdin: Callable[[], str | bytes]) -> "SourceDocument | None":
    from smartlint.inputs import read_path, read_stdin

    if target.is_stdin:
        return read_stdin(stdin(), target.display, settings)
    status = target.path.stat()
    if not (stat.S_ISREG(status.st_mode) or stat.S_ISDIR(status.st_mode)):
        # A named pipe would block until a writer comes (or read as empty): refuse it.
        raise InputError(
            "not a regular file (a named pipe or device); pipe its contents to standard input: "
            f"smartlint check - < {target.display}",
            path=target.display,
        )
    if status.st_size == 0 and not stat.S_ISDIR(status.st_mode):
        return None
    return read_path(target.path, settings, display_path=target.display)


def _lint(engine, documents: list["SourceDocument"], result: RunResult) -> list[Finding]:
    """Lint all documents in one batch; a document the engine refuses (InputError
    naming it) is reported and the others are linted again without it."""
    while documents:
        try:
            return engine.lint(documents)
        except InputError as err:
            bad = [d for d in documents if d.path == err.path]
            if not bad:
                raise
            result.errors.append(err)
            for document in bad:
                documents.remove(document)
                result.files_checked.remove(document.path)
                result.documents.pop(document.path, None)
    return []


def _open_cache(settings: "Settings"):
    """The result cache of this run, or None with ``--no-cache``."""
    if not settings.cache:
        return None
    from smartlint.cache import ResultCache

    return ResultCache.for_settings(settings)


def once_per_variant(findings: list[Finding], document: "SourceDocument") -> list[Finding]:
    """A problem found in several forms of one string (plural forms, ``msgstr[n]``)
    is reported once, at its first form.  The forms say the same thing, so the k-th
    finding of a rule in one form is the k-th in another ("1 dag" / "%n dagen" match
    other text for the same problem)."""
    variant_of = {s.key: s.variant_of for s in document.segments if s.variant_of is not None}
    if not variant_of:
        return findings
    seen: set[tuple] = set()
    per_form: dict[tuple, int] = {}
    kept = []
    for finding in sorted(findings, key=Finding.sort_key):
        base = variant_of.get(finding.key)
        if base is not None:
            k = per_form[(finding.key, finding.rule)] = per_form.get((finding.key, finding.rule), 0) + 1
            if (base, finding.rule, k) in seen:
                continue
            seen.add((base, finding.rule, k))
        kept.append(finding)
    return kept


def run_check(
    arguments: list[str],
    settings: "Settings",
    *,
    root: Path,
    rules: list["Rule"] | None = None,
    stdin: Callable[[], str | bytes] = read_stdin_bytes,
    stdin_name: str | None = None,
    message_dates: bool = True,
    make_engine: "Callable[[], Engine] | None" = None,
) -> RunResult:
    """Lint the files named by ``arguments`` (files, folders, ``-``).

    ``stdin_name``: how findings name standard input (``--stdin-filename``).
    ``message_dates``: a message's own date (an e-mail's ``Date:``) is its reference
    date; False when ``--today`` was given, which then holds for every message.
    ``make_engine``: the engine to lint with (a :class:`smartlint.api.Linter`'s, made
    once); called only when there is something to lint.
    """
    from smartlint.inputs import SUPPORTED_SUFFIXES, walkable

    result = RunResult(rules=list(rules or []))
    expansion = expand_paths(
        arguments, root=root, include=settings.include, exclude=settings.exclude, suffixes=SUPPORTED_SUFFIXES,
        walkable=walkable, stdin_display=stdin_name,
    )
    result.errors.extend(expansion.errors)
    result.skipped.extend(expansion.skipped)

    documents: list[SourceDocument] = []
    for target in expansion.targets:
        try:
            document = _read_target(target, settings, stdin)
        except InputError as err:
            result.errors.append(err)
            continue
        if document is None:
            result.skipped.append((target.display, "empty file"))
            continue
        if not message_dates:
            for segment in document.segments:
                segment.today = None
        documents.append(document)
        result.documents[document.path] = document
        result.files_checked.append(document.path)
        result.notes.extend((document.path, note) for note in document.notes)

    if not documents:
        return result
    if make_engine is None:
        from smartlint.engine import Engine

        engine = Engine(settings, rules=rules, cache=_open_cache(settings))
    else:
        engine = make_engine()
    return lint_documents(engine, documents, result)


def lint_documents(engine: "Engine", documents: list["SourceDocument"], result: RunResult) -> RunResult:
    """Lint documents already read into ``result`` (their paths in ``files_checked``):
    the engine's findings minus those an inline directive suppresses, sorted."""
    findings = _lint(engine, documents, result)
    result.cache = dict(engine.cache_stats)
    write_error = getattr(getattr(engine, "cache", None), "write_error", None)
    if write_error:
        result.warnings.append(f"{write_error}; the run goes on without storing results")
    known = {rule.id for rule in result.rules} | set(CATEGORIES)
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    for document in documents:
        kept = apply_suppressions(by_path.pop(document.path, []), document.source_text)
        result.findings.extend(once_per_variant(kept, document))
        if result.rules:
            for line, name in unknown_directive_rules(document.source_text, known):
                result.notes.append((document.path, f"line {line}: unknown rule {name!r} in a smartlint directive"))
    for leftover in by_path.values():  # a finding for a path we did not read: keep it
        result.findings.extend(leftover)
    result.findings.sort(key=Finding.sort_key)
    return result
