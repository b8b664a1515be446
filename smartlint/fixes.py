"""Safe fixes: a deterministic replacement for a finding, and applying them to text.

A finding carries a :class:`~smartlint.findings.Fix` only where the replacement is
certain, never a guess.  It comes from one of two places:

* a check computes it (``Hit.replacement``; e.g. the weekday that matches a date);
* the rule's pack declares it with ``fix:``, for phrase rules whose matched words
  have one right replacement in one grammatical position::

      fix:
        after: [is, zijn, was, waren]     # only right after one of these words
        replace:                          # matched words (any case/spacing) -> new words
          bij een klant: buiten de deur

The engine keeps a fix only when the file's characters under the finding are a
verbatim copy of the linted text (not an HTML entity, a YAML escape, a quoted-
printable sequence), so applying it changes exactly those characters.

``smartlint check --fix`` writes the fixes into the files (:func:`fix_files`),
``--diff`` prints them as a unified diff (:func:`unified_diff`); the language
server offers them as code actions.  No spaCy here.
"""

from __future__ import annotations

import difflib
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from smartlint.findings import Finding, Fix

_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_FIX_KEYS = ("after", "replace")


# --- declared in a pack --------------------------------------------------------------


def validate_fix_spec(raw: Any, fail: Callable[[str], Exception]) -> dict | None:
    """A rule's ``fix:`` checked and normalised (lower-case, single-spaced keys)."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise fail("'fix' must be a mapping with 'replace' (and optionally 'after')")
    unknown = sorted(set(map(str, raw)) - set(_FIX_KEYS))
    if unknown:
        raise fail(f"fix.{unknown[0]}: unknown key (a fix has {', '.join(_FIX_KEYS)})")
    replace = raw.get("replace")
    if not isinstance(replace, dict) or not replace:
        raise fail("fix.replace must map matched words to their replacement")
    table: dict[str, str] = {}
    for old, new in replace.items():
        if not isinstance(old, str) or not old.strip() or not isinstance(new, str) or not new.strip():
            raise fail(f"fix.replace: {old!r}: expected text -> non-empty text")
        table[_normal(old)] = new.strip()
    after = raw.get("after", [])
    if isinstance(after, str):
        after = [after]
    if not isinstance(after, list) or not all(isinstance(w, str) and w.strip() for w in after):
        raise fail("fix.after must be a list of words")
    return {"replace": table, "after": sorted({w.strip().lower() for w in after})}


def pack_replacement(spec: dict | None, text: str, start: int, end: int) -> str | None:
    """The replacement a rule's ``fix:`` gives for ``text[start:end]``, or None."""
    if not spec:
        return None
    new = spec["replace"].get(_normal(text[start:end]))
    if new is None:
        return None
    if spec["after"]:
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or before.group(1).lower() not in spec["after"]:
            return None
        if text[before.end(1):start].strip():  # punctuation between: another clause
            return None
    return _same_case(text[start:end], new)


def hit_replacement(spec: dict | None, hit, text: str, parsed_text: str) -> str | None:
    """A check's hit's safe fix: the check's own (``Hit.replacement``), else the
    pack's ``fix:``; none where the parsed text differs (a masked placeholder)."""
    if text[hit.start : hit.end] != parsed_text[hit.start : hit.end]:
        return None
    if hit.replacement is not None:
        return hit.replacement
    return pack_replacement(spec, text, hit.start, hit.end)


def source_fix(document, segment, start: int, end: int, replacement: str | None) -> Fix | None:
    """The fix of segment characters ``[start, end)`` in file offsets, only when the
    file holds them verbatim (never inside an entity, escape or encoded sequence)."""
    if replacement is None:
        return None
    src_start, src_end = segment.offsets.to_source(start, end)
    if document.source_text[src_start:src_end] != segment.text[start:end]:
        return None
    line, column = document.line_col(src_start)
    end_line, end_column = document.line_col(src_end)
    return Fix(replacement, src_start, src_end, line, column, end_line, end_column)


def _normal(words: str) -> str:
    return " ".join(words.lower().split())


def _same_case(old: str, new: str) -> str:
    """``Bij een klant`` -> ``Buiten de deur``: keep a capital at the start."""
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


# --- applying ------------------------------------------------------------------------


def fixable(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.fix is not None]


def apply_fixes(source_text: str, findings: Iterable[Finding]) -> tuple[str, list[Finding]]:
    """The text with the fixes applied, and the findings whose fix was applied.

    A fix is skipped when its characters are not what the finding saw (the text
    changed) or when it overlaps a fix already taken (the first, by position, wins).
    """
    chosen: list[Finding] = []
    last_end = -1
    for finding in sorted(fixable(findings), key=lambda f: (f.fix.start, f.fix.end, f.rule)):
        fix = finding.fix
        if fix.start < last_end or source_text[fix.start : fix.end] != finding.text[
            fix.start - finding.start : fix.end - finding.start
        ]:
            continue
        if fix.replacement == source_text[fix.start : fix.end]:
            continue  # nothing would change
        chosen.append(finding)
        last_end = fix.end
    parts, position = [], 0
    for finding in chosen:
        parts += [source_text[position : finding.fix.start], finding.fix.replacement]
        position = finding.fix.end
    parts.append(source_text[position:])
    return "".join(parts), chosen


def unified_diff(path: str, old: str, new: str) -> str:
    """A ``diff -u`` of one file (``a/PATH`` -> ``b/PATH``); empty when equal."""
    if old == new:
        return ""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


@dataclass
class FixOutcome:
    """What ``--fix``/``--diff`` did (or would do) per file."""

    fixed: dict[str, list[Finding]] = field(default_factory=dict)  # path -> findings fixed
    diffs: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (path, why)

    @property
    def count(self) -> int:
        return sum(len(found) for found in self.fixed.values())


def fix_files(result, *, write: bool) -> FixOutcome:
    """Apply (``write=True``) or preview the fixes of a run's findings, per file.

    Only a file that is still exactly what was linted and whose bytes come back
    unchanged when its text is encoded again (so only the fixed characters change)
    is written, atomically, keeping its encoding, line endings and permissions.
    Standard input is never written.
    """
    outcome = FixOutcome()
    by_path: dict[str, list[Finding]] = {}
    for finding in fixable(result.findings):
        by_path.setdefault(finding.path, []).append(finding)
    for path, findings in sorted(by_path.items()):
        document = result.documents.get(path)
        if document is None:
            continue
        new_text, applied = apply_fixes(document.source_text, findings)
        if not applied:
            continue
        if write:
            problem = _write_in_place(Path(path), document.source_text, new_text)
            if problem:
                outcome.refused.append((path, problem))
                continue
        outcome.fixed[path] = applied
        outcome.diffs.append(unified_diff(path, document.source_text, new_text))
    return outcome


def _write_in_place(path: Path, old_text: str, new_text: str) -> str | None:
    """Write ``new_text`` over ``path`` in the file's own encoding; why not, or None."""
    from smartlint.errors import InputError
    from smartlint.inputs.decoding import decode_bytes, read_bytes

    if not path.is_file():
        return "not fixed: not a file (standard input is never written; use --diff)"
    try:
        decoded = decode_bytes(read_bytes(path, str(path)), str(path))
    except InputError as err:
        return f"not fixed: {err.message}"
    if decoded.text != old_text:
        return "not fixed: the file changed while it was checked"
    try:
        if decoded.text.encode(decoded.encoding) != decoded.raw:
            return f"not fixed: its {decoded.encoding} bytes would not survive a rewrite"
        data = new_text.encode(decoded.encoding)
    except UnicodeError:
        return f"not fixed: the fix cannot be written in {decoded.encoding}"
    path = path.resolve()  # a symlink: write its target, keep the link
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".smartlint-fix")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.chmod(temp, path.stat().st_mode & 0o7777)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as err:
        return f"not fixed: cannot write the file ({err.strerror or err})"
    return None
