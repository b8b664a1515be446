"""Inline suppression directives in the source text of a file.

::

    <!-- smartlint-disable vague-zsm, missing-when -->   from here on (no rule = all)
    <!-- smartlint-enable vague-zsm -->                  back on (no rule = all)
    <!-- smartlint-disable-next-line vague-word -->      only the line after the comment
    <!-- smartlint-disable-file -->                      the whole file (also in a # comment)

In plain text a directive may also stand alone on its line, without the comment
marks (``smartlint-disable-next-line vague-zsm``).

A RULE is a rule id or a category.  Directives work on the file's own text, so they
apply the same to plain text, Markdown, HTML and e-mail bodies; findings are dropped
by their position (ranges by character offset, ``next-line`` by line number).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable

from smartlint.findings import Finding
from smartlint.inputs.directives import directive_comments, is_bare_directive_line
from smartlint.segments import line_col, line_starts

# Where a directive is (the comment and bare-line forms) is decided once, in the
# readers' module, so the text the readers keep out of the lint is exactly the text
# that is obeyed here.
_HASH_COMMENT = re.compile(r"(?m)(?:^|\s)#([^\n]*)")
_DIRECTIVE = re.compile(r"smartlint-(disable-next-line|disable-file|disable|enable)(?![-\w])(.*)", re.S)
_NAME = re.compile(r"[A-Za-z0-9][\w.-]*")


@dataclass(frozen=True)
class Directive:
    kind: str  # disable | enable | disable-next-line | disable-file
    rules: frozenset[str]  # empty = every rule
    start: int  # offset of the comment in the source text
    end: int  # offset just after the comment
    line: int  # 1-based line of the comment's end

    def covers(self, finding: Finding) -> bool:
        return not self.rules or bool(self.rules & {finding.rule, finding.category})


def parse_directives(text: str) -> list[Directive]:
    """All directives in ``text``, in order of appearance."""
    if "smartlint-" not in text:  # the common case, and cheap
        return []
    found: list[Directive] = []
    spans: list[tuple[int, int]] = []  # in order, not overlapping
    starts = line_starts(text)  # lines as findings count them (a lone CR ends one too)
    for start, end, body in directive_comments(text):
        spans.append((start, end))
        found.extend(_directives_in(body, start, end, starts))
    for k, line_start in enumerate(starts):
        line_end = starts[k + 1] if k + 1 < len(starts) else len(text)
        line = text[line_start:line_end].rstrip("\r\n")
        if "smartlint-" in line and is_bare_directive_line(line) and not _inside(line_start, spans):
            found.extend(_directives_in(line, line_start, line_start + len(line), starts))
    for comment in _HASH_COMMENT.finditer(text):
        # In # comments (YAML) only the file-wide form counts: YAML libraries have
        # their own per-message `# smartlint: disable=RULE`.
        if "smartlint-" in comment.group(1) and not _inside(comment.start(1), spans):
            found.extend(
                d
                for d in _directives_in(comment.group(1), comment.start(), comment.end(), starts)
                if d.kind == "disable-file"
            )
    return sorted(found, key=lambda d: d.start)


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    k = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def _directives_in(body: str, start: int, end: int, starts: list[int]) -> Iterable[Directive]:
    for match in _DIRECTIVE.finditer(body):
        # "RULE, RULE -- reason": the reason after " --" is for humans.
        listed = match.group(2).split(" --")[0]
        names = frozenset(_NAME.findall(listed.replace(",", " ")))
        yield Directive(match.group(1), names, start, end, line_col(starts, end)[0])


class _RangeState:
    """Which rules the ``disable``/``enable`` directives seen so far leave off."""

    def __init__(self) -> None:
        self.all_off = False
        self.off: set[str] = set()
        self.back_on: set[str] = set()  # rules enabled again inside an "all off" region

    def apply(self, d: Directive) -> None:
        if d.kind == "disable":
            if not d.rules:
                self.all_off, self.off, self.back_on = True, set(), set()
            elif self.all_off:
                self.back_on -= d.rules
            else:
                self.off |= d.rules
        elif not d.rules:
            self.all_off, self.off, self.back_on = False, set(), set()
        elif self.all_off:
            self.back_on |= d.rules
        else:
            self.off -= d.rules

    def suppresses(self, finding: Finding) -> bool:
        names = {finding.rule, finding.category}
        return bool(names & self.off) or (self.all_off and not names & self.back_on)


def apply_suppressions(findings: list[Finding], source_text: str) -> list[Finding]:
    """The findings of one file that no directive in its text suppresses.

    One sweep over the findings in text order, applying the range directives as it
    passes them (testing every finding against every directive was quadratic).
    """
    directives = parse_directives(source_text)
    if not directives:
        return findings
    file_wide = [d for d in directives if d.kind == "disable-file"]
    next_line: dict[int, list[Directive]] = {}
    for d in directives:
        if d.kind == "disable-next-line":
            next_line.setdefault(d.line + 1, []).append(d)
    ranges = [d for d in directives if d.kind in ("disable", "enable")]  # in text order
    state, passed = _RangeState(), 0
    suppressed = [False] * len(findings)
    for i in sorted(range(len(findings)), key=lambda i: findings[i].start):
        finding = findings[i]
        while passed < len(ranges) and ranges[passed].start <= finding.start:
            state.apply(ranges[passed])
            passed += 1
        suppressed[i] = (
            any(d.covers(finding) for d in file_wide)
            or any(d.covers(finding) for d in next_line.get(finding.line, ()))
            or state.suppresses(finding)
        )
    return [f for f, off in zip(findings, suppressed) if not off]


def unknown_directive_rules(source_text: str, known: Iterable[str]) -> list[tuple[int, str]]:
    """(line, name) for each rule named in a directive that is no rule or category."""
    known = set(known)
    return [
        (d.line, name)
        for d in parse_directives(source_text)
        for name in sorted(d.rules)
        if name not in known
    ]
