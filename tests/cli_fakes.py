"""Small stand-ins for the readers and the engine, so the CLI, the reporters and the
suppression logic can be tested without spaCy.  They build the same objects the real
ones do (SourceDocument, Finding) from the shared contracts."""

from __future__ import annotations

import re
from pathlib import Path

from smartlint.errors import InputError
from smartlint.findings import Finding
from smartlint.segments import Segment, SourceDocument, identity_map

FAKE_SUFFIXES = (".txt", ".md", ".eml", ".yaml", ".json", ".csv", ".html")
# phrase -> (rule, category, severity, message, suggestion)
FAKE_RULES = {
    "zo snel mogelijk": ("vague-zsm", "vague-word", "warning", "'zo snel mogelijk' belooft niets toetsbaars.",
                         "Noem een dag en tijd: 'Sanne belt u dinsdag vóór 12.00 uur.'"),
    "binnenkort": ("vague-binnenkort", "vague-word", "warning", "'binnenkort' zegt niet wanneer.", None),
    "uitgebreid": ("adjective-uitgebreid", "unquantified-adjective", "info", "'uitgebreid' zegt niet hoeveel.", None),
    "defecte kabel": ("incident-cause", "incident-explanation", "error", "Noem tijdens een storing geen oorzaak.",
                      "Schrijf: 'Het is opgelost, een rapport volgt.'"),
}


def document(text: str, path: str = "draft.txt", notes: list[str] | None = None) -> SourceDocument:
    segment = Segment(text=text, offsets=identity_map(text))
    return SourceDocument(path=path, source_text=text, segments=[segment], notes=list(notes or []))


def finding_at(doc: SourceDocument, start: int, end: int, rule="vague-zsm", category="vague-word",
               severity="warning", message="Vaag.", suggestion=None, key=None) -> Finding:
    line, column = doc.line_col(start)
    end_line, end_column = doc.line_col(end)
    return Finding(rule=rule, category=category, severity=severity, message=message, path=doc.path,
                   start=start, end=end, text=doc.source_text[start:end], line=line, column=column,
                   end_line=end_line, end_column=end_column, suggestion=suggestion, key=key)


def fake_decode(data: bytes, path: str) -> SourceDocument:
    if b"\0" in data:
        raise InputError("binary file, not a text message", path)
    try:
        return document(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        return document(data.decode("cp1252"), path, ["decoded as cp1252"])


def fake_read_path(path: Path, settings, display_path: str | None = None) -> SourceDocument:
    return fake_decode(path.read_bytes(), display_path or str(path))


def fake_read_stdin(data: str | bytes, name: str = "<stdin>", settings=None) -> SourceDocument:
    return fake_decode(data, name) if isinstance(data, bytes) else document(data, name)


class FakeEngine:
    """Flags the phrases of FAKE_RULES, honouring select/ignore like the engine must."""

    instances: list["FakeEngine"] = []

    def __init__(self, settings, rules=None, cache=None):
        self.settings = settings
        self.cache_stats = {"enabled": cache is not None, "hits": 0, "misses": 0}
        FakeEngine.instances.append(self)

    def _active(self, rule: str, category: str) -> bool:
        names = {rule, category}
        s = self.settings
        if s.select and not names & set(s.select):
            return False
        return not names & (set(s.ignore) | set(s.disabled_rules))

    def lint(self, documents):
        findings = []
        for doc in documents:
            for phrase, (rule, category, severity, message, suggestion) in FAKE_RULES.items():
                if not self._active(rule, category):
                    continue
                severity = self.settings.severity_overrides.get(rule, self.settings.severity_overrides.get(category, severity))
                for m in re.finditer(re.escape(phrase), doc.source_text):
                    findings.append(finding_at(doc, m.start(), m.end(), rule, category, severity, message, suggestion))
        return sorted(findings, key=Finding.sort_key)


class FakeRule:
    def __init__(self, id, category, severity, message, suggestion=None, why="Omdat.", example=None,
                 use_instead=None, pack="fake", contexts=("normal", "incident")):
        self.id, self.category, self.severity, self.message = id, category, severity, message
        self.suggestion, self.why, self.example, self.use_instead = suggestion, why, example, use_instead
        self.pack, self.source, self.contexts = pack, "fake.yaml", list(contexts)
        self.match, self.unless = {"phrases": []}, None


def fake_rules() -> list[FakeRule]:
    return [FakeRule(rule, category, severity, message, suggestion, example=f"We doen het {phrase}.")
            for phrase, (rule, category, severity, message, suggestion) in FAKE_RULES.items()]


def install_fakes(monkeypatch) -> None:
    """Replace readers, engine and packs with the fakes for one test."""
    import smartlint.engine
    import smartlint.inputs
    import smartlint.packs

    FakeEngine.instances.clear()
    monkeypatch.setattr(smartlint.inputs, "read_path", fake_read_path, raising=False)
    monkeypatch.setattr(smartlint.inputs, "read_stdin", fake_read_stdin, raising=False)
    monkeypatch.setattr(smartlint.inputs, "SUPPORTED_SUFFIXES", FAKE_SUFFIXES, raising=False)
    monkeypatch.setattr(smartlint.engine, "Engine", FakeEngine)
    monkeypatch.setattr(smartlint.packs, "load_packs", lambda extra_paths=(), builtin=True: fake_rules())


def sample_result():
    """A RunResult with two files: a draft with three findings and a library entry."""
    from smartlint.errors import InputError
    from smartlint.run import RunResult

    draft = document("Beste klant,\n\nWe gaan er zo snel mogelijk mee aan de slag.\nDe\tdefecte kabel, 100%: ja\n",
                     "drafts/a.txt", notes=["decoded as cp1252"])
    library = document('{"refund": {"body": "U hoort binnenkort van ons."}}\n', "lib/responses.json")
    zsm = draft.source_text.index("zo snel mogelijk")
    kabel = draft.source_text.index("defecte kabel")
    binnenkort = library.source_text.index("binnenkort")
    findings = [
        finding_at(draft, zsm, zsm + 16, message="'zo snel mogelijk' belooft niets toetsbaars.",
                   suggestion="Noem een dag en tijd."),
        finding_at(draft, kabel, kabel + 13, rule="incident-cause", category="incident-explanation",
                   severity="error", message="Geen oorzaak, regel 1,\nregel 2: 50%"),
        finding_at(library, binnenkort, binnenkort + 10, rule="vague-binnenkort", severity="info",
                   message="'binnenkort' zegt niet wanneer.", key="refund.body"),
    ]
    return RunResult(
        findings=findings,
        documents={draft.path: draft, library.path: library},
        files_checked=[draft.path, library.path, "drafts/clean.txt"],
        skipped=[("drafts/empty.txt", "empty file")],
        notes=[("drafts/a.txt", "decoded as cp1252")],
        errors=[InputError("binary file, not a text message", "drafts/logo.txt")],
        rules=fake_rules(),
    )
