"""Helpers for the engine and rule-pack tests.

The rule tests run the engine with the four packs under test (vague, adjectives,
incident, clients) so that they test those rules, not the whole rule set.  Engines
are cached per settings: compiling the matchers once keeps the tests fast.
"""

from __future__ import annotations

from datetime import date

from smartlint.engine import Engine
from smartlint.findings import Finding
from smartlint.packs import builtin_pack_paths, load_pack_file
from smartlint.segments import Segment, SourceDocument, identity_map
from smartlint.settings import Client, Settings

TODAY = date(2026, 11, 22)  # a Sunday
PACKS_UNDER_TEST = ("vague", "adjectives", "incident", "clients")
CLIENTS = [
    Client("Bakkerij Jansen", ("Jansen",)),
    Client("Garage De Vries", ("De Vries Auto", "GDV")),
    Client("Vitens"),
]
RULES = [
    rule
    for path in builtin_pack_paths()
    if path.stem in PACKS_UNDER_TEST
    for rule in load_pack_file(path, f"rules/{path.name}")
]
_ENGINES: dict[str, Engine] = {}


def settings(**kwargs) -> Settings:
    kwargs.setdefault("today", TODAY)
    return Settings(**kwargs)


def engine(**kwargs) -> Engine:
    s = settings(**kwargs)
    key = repr(s)
    if key not in _ENGINES:
        _ENGINES[key] = Engine(s, rules=RULES)
    return _ENGINES[key]


def document(text: str, path: str = "a.txt", **segment_kwargs) -> SourceDocument:
    segment = Segment(text=text, offsets=identity_map(text), **segment_kwargs)
    return SourceDocument(path=path, source_text=text, segments=[segment])


def lint(text: str, **kwargs) -> list[Finding]:
    return engine(**kwargs).lint([document(text)])


def spans(text: str, **kwargs) -> list[tuple[str, str]]:
    """(rule id, flagged text) of each finding, in order."""
    return [(f.rule, f.text) for f in lint(text, **kwargs)]


def library_rules(linter, text: str, library: bool = True) -> set[str]:
    """Rule ids a :class:`smartlint.api.Linter` reports on ``text`` as one string of a JSON
    library (``library``) or as a draft."""
    import json

    path = "lib.json" if library else "draft.txt"
    if library:
        text = json.dumps({"k": text}, ensure_ascii=False)
    return {f.rule for f in linter.lint_text(text, path=path)}


def draft_rules(linter, text: str) -> list[str]:
    """Rule ids, in order, that a :class:`smartlint.api.Linter` reports on ``text`` read
    as a plain-text draft."""
    return [f.rule for f in linter.lint_text(text, path="mail.txt")]


def draft_spans(linter, text: str) -> list[tuple[str, str]]:
    """(rule id, flagged text) of each finding a :class:`smartlint.api.Linter` reports
    on ``text`` read as a plain-text draft."""
    return [(f.rule, f.text) for f in linter.lint_text(text, path="mail.txt")]
