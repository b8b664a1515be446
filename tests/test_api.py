"""The Python API (smartlint.Linter): the same findings as the CLI, typed and stable."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "eval"))

from corpus_loader import load_corpus  # noqa: E402

import smartlint  # noqa: E402
from smartlint.cli import app  # noqa: E402
from smartlint.errors import ConfigError, InputError  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-22"


@pytest.fixture(scope="module")
def linter():
    return smartlint.Linter(config=False, today=TODAY)


def _group_key(item):
    return (item.today, item.context, item.client, item.clients)


def _write_group(folder: Path, items) -> Path:
    """The group's texts as files, and a config naming its clients."""
    folder.mkdir(parents=True)
    first = items[0]
    config = {"clients": [{"name": c.name, "aliases": list(c.aliases)} for c in first.clients]} if first.clients else {}
    (folder / ".smartlint.yaml").write_text(yaml.safe_dump(config or {"context": "auto"}), encoding="utf-8")
    for item in items:
        (folder / f"{item.id}.txt").write_text(item.text, encoding="utf-8")
    return folder / ".smartlint.yaml"


def test_the_api_returns_the_cli_findings_on_the_eval_corpus(tmp_path, monkeypatch):
    groups: dict = {}
    for item in load_corpus():
        groups.setdefault(_group_key(item), []).append(item)
    compared = 0
    for n, ((today, context, client, clients), items) in enumerate(groups.items()):
        folder = tmp_path / f"g{n}"
        config = _write_group(folder, items)
        monkeypatch.chdir(folder)
        args = ["check", "--format", "json", "--no-cache", "--today", today.isoformat(), "--context", context, "."]
        if client:
            args += ["--client", client]
        run = CliRunner().invoke(app, args)
        assert run.exit_code in (0, 1), run.output
        cli = {}
        for finding in json.loads(run.stdout)["findings"]:
            cli.setdefault(finding["path"], []).append(finding)
        linter = smartlint.Linter(config=config, today=today, context=context, client=client)
        for item in items:
            name = f"{item.id}.txt"
            api = [f.to_dict() for f in linter.lint_text(item.text, path=name)]
            assert api == cli.get(name, []), item.id
            compared += 1
    assert compared == sum(len(items) for items in groups.values()) >= 150


def test_findings_are_frozen_typed_and_point_at_the_text(linter):
    text = "Beste Jan,\n\nWe bellen u zo snel mogelijk terug. Martin is bij een klant.\n\nGroet,\nSanne"
    findings = linter.lint_text(text)
    assert findings, "expected findings"
    for finding in findings:
        assert isinstance(finding, smartlint.LintFinding)
        assert text[finding.start:finding.end] == finding.text
        assert finding.path == "<text>"
        with pytest.raises(dataclasses.FrozenInstanceError):
            finding.rule = "x"  # type: ignore[misc]
    visit = next(f for f in findings if f.rule == "other-client-visit")
    assert visit.fix == smartlint.FixEdit("buiten de deur", visit.start, visit.end, visit.line, visit.column,
                                          visit.end_line, visit.end_column)
    assert next(f for f in findings if f.rule == "vague-zsm").fix is None


def test_kinds_choose_the_reader(linter):
    markdown = "# Uw vraag\n\n```\nzo snel mogelijk\n```\n\nWe bellen u zo snel mogelijk terug.\n"
    found = linter.lint_text(markdown, kind="md")
    zsm = [f for f in found if f.rule == "vague-zsm"]
    assert len(zsm) == 1 and zsm[0].line == 7  # not the code block
    library = "refund:\n  body: We bellen u zo snel mogelijk terug.\n"
    (zsm,) = [f for f in linter.lint_text(library, kind="yaml") if f.rule == "vague-zsm"]
    assert zsm.key == "refund.body" and library[zsm.start:zsm.end] == "zo snel mogelijk"
    html = "<p>We bellen u &quot;zo snel mogelijk&quot; terug.</p>"
    (zsm,) = [f for f in linter.lint_text(html, path="mail.html") if f.rule == "vague-zsm"]
    assert html[zsm.start:zsm.end] == "zo snel mogelijk"


def test_inline_suppression_applies_to_texts(linter):
    text = "<!-- smartlint-disable-next-line vague-zsm -->\nWe bellen u zo snel mogelijk terug.\n"
    assert not [f for f in linter.lint_text(text, kind="md") if f.rule == "vague-zsm"]


def test_unknown_kind_and_bad_input_are_smartlint_errors(linter, tmp_path):
    with pytest.raises(ConfigError, match="unknown kind 'docx'"):
        linter.lint_text("Hallo", kind="docx")
    with pytest.raises(InputError, match="no such file"):
        linter.lint_path(tmp_path / "missing.txt")
    broken = tmp_path / "broken.yaml"
    broken.write_text("a: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError):
        linter.lint_path(broken)
    assert linter.lint_text("   \n") == []


def test_lint_path_and_the_one_shot_function(linter, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Sanne belt u dinsdag 2 december 2026 terug.\n", encoding="utf-8")
    (weekday,) = [f for f in linter.lint_path(draft) if f.rule == "date-weekday"]
    assert weekday.fix.replacement == "woensdag 2 december 2026"
    again = smartlint.lint_text(draft.read_text(encoding="utf-8"), config=False, today=TODAY)
    assert [f.rule for f in again] == [f.rule for f in linter.lint_path(draft)]


def test_a_bad_config_is_one_line_config_error(tmp_path):
    config = tmp_path / ".smartlint.yaml"
    config.write_text("rules:\n  vague-zsm: hoog\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="rules.vague-zsm: expected off, error, warning or info"):
        smartlint.Linter(config=config)


def test_import_smartlint_and_building_a_linter_do_not_import_spacy():
    code = ("import sys, smartlint\nlinter = smartlint.Linter(config=False)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_a_memory_cache_reanalyses_only_the_changed_message():
    library = "".join(f"m{i}:\n  body: Sanne belt u {i} december vóór 12.00 uur. We doen het zo snel mogelijk.\n"
                      for i in range(1, 21))
    plain = smartlint.Linter(config=False, today=TODAY)
    cached = smartlint.Linter(config=False, today=TODAY, cache="memory")
    assert cached.lint_text(library, kind="yaml") == plain.lint_text(library, kind="yaml")
    assert cached.engine.cache_stats["misses"] == 20
    edited = library.replace("m7:\n  body: Sanne", "m7:\n  body: Martin is bij een klant. Sanne")
    assert cached.lint_text(edited, kind="yaml") == plain.lint_text(edited, kind="yaml")
    assert (cached.engine.cache_stats["hits"], cached.engine.cache_stats["misses"]) == (19, 1)
    with pytest.raises(ConfigError):
        smartlint.Linter(config=False, cache="disk")
