"""Findings as LSP objects: positions, diagnostics, hover text and code actions.

Positions: smartlint counts code points; an LSP client counts UTF-16 code units
unless it negotiated another ``positionEncoding``.  Lines end at ``\\n``, ``\\r\\n``
or ``\\r`` (the LSP's rule, not Python's ``splitlines``, which also splits at form
feeds and U+2028).  :class:`Positions` converts both ways for one text.
"""

from __future__ import annotations

import bisect
import re
from pathlib import PurePath
from typing import TYPE_CHECKING

from lsprotocol import types as lsp

from smartlint.text_dates import fill_dates

if TYPE_CHECKING:
    from smartlint.api import Linter, LintFinding

SOURCE = "smartlint"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
SEVERITY = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "info": lsp.DiagnosticSeverity.Information,
}
EXPLAIN_COMMAND = "smartlint.explain"


class Positions:
    """Offsets (code points) <-> LSP positions for one text and encoding."""

    def __init__(self, text: str, encoding: str | None = None):
        self.text = text
        self.encoding = str(getattr(encoding, "value", encoding) or lsp.PositionEncodingKind.Utf16.value)
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def _units(self, chunk: str) -> int:
        if self.encoding == lsp.PositionEncodingKind.Utf32.value:
            return len(chunk)
        if self.encoding == lsp.PositionEncodingKind.Utf8.value:
            return len(chunk.encode("utf-8", "surrogatepass"))
        return len(chunk.encode("utf-16-le", "surrogatepass")) // 2

    def position(self, offset: int) -> lsp.Position:
        line = bisect.bisect_right(self.starts, offset) - 1
        return lsp.Position(line=line, character=self._units(self.text[self.starts[line]:offset]))

    def range(self, start: int, end: int) -> lsp.Range:
        return lsp.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: lsp.Position) -> int:
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        end = self.starts[position.line + 1] if position.line + 1 < len(self.starts) else len(self.text)
        units = 0
        for i in range(start, end):  # a line is short: count until the unit is reached
            if units >= position.character:
                return i
            units += self._units(self.text[i])
        return end

    def line_start(self, offset: int) -> int:
        return self.starts[bisect.bisect_right(self.starts, offset) - 1]


def diagnostic(finding: "LintFinding", positions: Positions) -> lsp.Diagnostic:
    """A finding as a diagnostic: severity, the rule id as code, the suggestion in the
    message.  No ``codeDescription``: that is a link, and smartlint has no public page
    to link to; hover and the "Explain" action show the rule's explanation instead."""
    message = finding.message + (f"\nSuggestie: {finding.suggestion}" if finding.suggestion else "")
    return lsp.Diagnostic(
        range=positions.range(finding.start, finding.end),
        message=message,
        severity=SEVERITY.get(finding.severity, lsp.DiagnosticSeverity.Warning),
        code=finding.rule,
        source=SOURCE,
        data={"rule": finding.rule, "category": finding.category, "start": finding.start, "end": finding.end},
    )


def problem_diagnostic(message: str, severity: lsp.DiagnosticSeverity = lsp.DiagnosticSeverity.Error) -> lsp.Diagnostic:
    """A diagnostic on the first line for a problem of the whole document (a broken
    config, a text too long to lint as you type)."""
    start = lsp.Position(line=0, character=0)
    return lsp.Diagnostic(range=lsp.Range(start=start, end=start), message=message, severity=severity,
                          source=SOURCE, code="smartlint")


def explanation(linter: "Linter", rule_id: str, *, markdown: bool) -> str | None:
    """Why a rule exists and what to write instead (as ``smartlint explain`` says it)."""
    rule = linter.rules_by_id.get(rule_id)
    if rule is None:
        return None
    today = linter.settings.today
    sections = [
        ("Why", rule.why),
        ("What to do", fill_dates(rule.suggestion, today)),
        ("Example (flagged)", rule.example),
        ("Write instead", fill_dates(rule.use_instead, today)),
    ]
    head = f"{rule.id} ({rule.category}, {rule.severity})"
    parts = [f"**{head}**" if markdown else head]
    for title, body in sections:
        if body:
            body = " ".join(body.split())
            parts.append(f"**{title}:** {body}" if markdown else f"{title}: {body}")
    return ("\n\n" if markdown else "\n").join(parts)


def hover(linter: "Linter", findings: list["LintFinding"], positions: Positions, offset: int) -> lsp.Hover | None:
    """The findings under the cursor, each with its rule's why and "write instead"."""
    under = [f for f in findings if f.start <= offset < f.end or offset == f.end == f.start]
    if not under:
        return None
    blocks = []
    for finding in under:
        block = [f"{finding.message}"]
        if finding.suggestion:
            block.append(f"*Suggestie:* {finding.suggestion}")
        if finding.fix is not None:
            block.append(f"*Fix:* '{finding.fix.replacement}'")
        explained = explanation(linter, finding.rule, markdown=True)
        if explained:
            block.append(explained)
        blocks.append("\n\n".join(block))
    first, last = min(f.start for f in under), max(f.end for f in under)
    return lsp.Hover(
        contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value="\n\n---\n\n".join(blocks)),
        range=positions.range(first, last),
    )


def _directive_line(kind: str, rule: str, indent: str) -> str | None:
    """The inline directive that disables ``rule`` on the next line, per format."""
    if kind in ("md", "markdown", "html", "htm", "eml"):
        return f"{indent}<!-- smartlint-disable-next-line {rule} -->"
    if kind == "txt":
        return f"{indent}smartlint-disable-next-line {rule}"
    return None  # YAML: see _yaml_directive; JSON and CSV have no comments


def _eml_body_start(text: str) -> int:
    m = re.search(r"\r?\n\r?\n", text)
    return m.end() if m else len(text)


def _yaml_directive(text: str, positions: Positions, finding: "LintFinding") -> tuple[int, str] | None:
    """(offset, line) to disable the rule for the finding's message: a
    ``# smartlint: disable=RULE`` line just before the line of the message's key."""
    if not finding.key:
        return None
    name = finding.key.rsplit(".", 1)[-1]
    key_line = re.compile(rf"^([ \t]*)(?:- )?[\"']?{re.escape(name)}[\"']?[ \t]*:", re.M)
    start = positions.line_start(finding.start)
    for _ in range(200):  # a message is not longer than this; stop looking
        m = key_line.match(text, start)
        if m:
            return start, f"{m.group(1)}# smartlint: disable={finding.rule}"
        if start == 0:
            return None
        start = positions.line_start(start - 1)
    return None


def code_actions(
    uri: str, kind: str, text: str, linter: "Linter", findings: list["LintFinding"], positions: Positions,
    start: int, end: int, diagnostics: list[lsp.Diagnostic],
) -> list[lsp.CodeAction]:
    """For each finding in [start, end]: its safe fix, a directive that disables
    the rule on that line (where the format has one), and the explanation."""
    actions: list[lsp.CodeAction] = []
    newline = m.group(0) if (m := _LINE_BREAK.search(text)) else "\n"
    for finding in findings:
        if finding.end < start or finding.start > end:
            continue
        matching = [d for d in diagnostics if d.code == finding.rule] or None
        if finding.fix is not None:
            edit = lsp.TextEdit(range=positions.range(finding.fix.start, finding.fix.end), new_text=finding.fix.replacement)
            actions.append(lsp.CodeAction(
                title=f"Replace '{finding.text}' with '{finding.fix.replacement}'", kind=lsp.CodeActionKind.QuickFix,
                diagnostics=matching, is_preferred=True, edit=lsp.WorkspaceEdit(changes={uri: [edit]}),
            ))
        line_start = positions.line_start(finding.start)
        indent = re.match(r"[ \t]*", text[line_start:]).group(0)
        directive = _directive_line(kind, finding.rule, indent)
        if kind == "eml" and finding.start < _eml_body_start(text):
            directive = None  # a line in the header block would end the headers
        insert_at = line_start
        if directive is None and kind in ("yaml", "yml"):
            found = _yaml_directive(text, positions, finding)
            if found:
                insert_at, directive = found
        if directive is not None:
            at = positions.position(insert_at)
            edit = lsp.TextEdit(range=lsp.Range(start=at, end=at), new_text=directive + newline)
            actions.append(lsp.CodeAction(
                title=f"Disable {finding.rule} for this {'message' if kind in ('yaml', 'yml') else 'line'}",
                kind=lsp.CodeActionKind.QuickFix, diagnostics=matching,
                edit=lsp.WorkspaceEdit(changes={uri: [edit]}),
            ))
        actions.append(lsp.CodeAction(
            title=f"Explain {finding.rule}", kind=lsp.CodeActionKind.QuickFix, diagnostics=matching,
            command=lsp.Command(title=f"Explain {finding.rule}", command=EXPLAIN_COMMAND, arguments=[uri, finding.rule]),
        ))
    return actions


# languageId (what an editor calls the document) -> the reader smartlint uses
LANGUAGE_KINDS = {
    "plaintext": "txt", "text": "txt", "markdown": "md", "html": "html", "yaml": "yaml",
    "json": "json", "csv": "csv", "email": "eml", "mail": "eml", "po": "po", "xliff": "xlf",
}


def document_kind(path: str | None, language_id: str | None, supported: frozenset[str]) -> str | None:
    """The reader for a document: its file suffix when smartlint reads it, else its
    language id (an unsaved buffer); None for a document smartlint does not read."""
    if path:
        suffix = PurePath(path).suffix.lower()
        if suffix in supported:
            return suffix.lstrip(".")
    kind = LANGUAGE_KINDS.get((language_id or "").lower())
    return kind if kind and "." + kind in supported else None
