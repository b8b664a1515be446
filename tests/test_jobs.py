"""--jobs N and the trimmed pipeline: faster, never different."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import smartlint.parallel as parallel
from smartlint.cache import Unit
from smartlint.cli import app
from smartlint.engine import Engine, unneeded_components
from smartlint.inputs import read_path
from smartlint.nlp import load_pipeline
from smartlint.packs import load_pack_file, load_packs
from smartlint.settings import Settings

REPO = Path(__file__).resolve().parents[1]
CORPUS = sorted((REPO / "tests" / "eval" / "corpus").glob("*.yaml"))
TODAY = date(2026, 11, 22)
RULES = load_packs()


def settings(**kwargs) -> Settings:
    kwargs.setdefault("today", TODAY)
    return Settings(**kwargs)


def corpus_documents(count: int = 3) -> list:
    s = settings()
    return [read_path(path, s, display_path=path.name) for path in CORPUS[:count]]


def dicts(findings) -> list[dict]:
    return [f.to_dict() for f in findings]


# --- slicing ----------------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 2, 3, 8, 50])
def test_slices_are_contiguous_ordered_and_complete(count):
    units = [Unit("x" * n) for n in (5, 300, 1, 1, 80, 2000, 7, 7, 7, 40, 1, 600)]
    parts = parallel.slices(units, count)
    assert [u for part in parts for u in part] == units
    assert all(parts) and len(parts) <= count


def test_slices_balance_by_length():
    units = [Unit("x" * 1000)] * 4 + [Unit("y" * 10)] * 400
    first, second = parallel.slices(units, 2)
    assert abs(sum(len(u.text) for u in first) - sum(len(u.text) for u in second)) <= 1000


def test_small_work_stays_in_one_process():
    assert not parallel.worth_parallel([Unit("Een kort bericht.")], 2)
    assert not parallel.worth_parallel([Unit("x" * 10**6)], 2)  # one segment cannot be split
    assert parallel.worth_parallel([Unit("x" * 10**5)] * 4, 2)
    assert not parallel.worth_parallel([Unit("x" * 10**5)] * 4, 1)


# --- results are identical ---------------------------------------------------------------


@pytest.fixture(scope="module")
def serial_findings():
    return dicts(Engine(settings(), rules=RULES).lint(corpus_documents()))


def test_jobs_2_gives_the_same_findings_in_the_same_order(serial_findings, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_CHARS_PER_WORKER", 0)  # the corpus is small: split it anyway
    calls = []
    real = parallel.analyse_in_workers
    monkeypatch.setattr(parallel, "analyse_in_workers", lambda *a: calls.append(a) or real(*a))
    engine = Engine(settings(jobs=2), rules=RULES)
    assert dicts(engine.lint(corpus_documents())) == serial_findings
    assert calls, "the work did not go to worker processes"
    assert serial_findings, "nothing to compare"


def test_a_single_library_is_split_over_workers(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_CHARS_PER_WORKER", 0)
    seen: list[int] = []
    real = parallel.slices
    monkeypatch.setattr(parallel, "slices", lambda units, count: [seen.append(len(p)) or p for p in real(units, count)])
    (document,) = corpus_documents(1)
    expected = dicts(Engine(settings(), rules=RULES).lint([document]))
    assert dicts(Engine(settings(jobs=2), rules=RULES).lint([document])) == expected
    assert len(seen) > 2, "one file went to one worker"
    assert sum(seen) == len({s.text for s in document.segments if s.text.strip()})


def test_cli_jobs_2_output_equals_jobs_1(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_CHARS_PER_WORKER", 0)
    monkeypatch.chdir(tmp_path)
    for path in CORPUS[:2]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    runner = CliRunner()
    outputs = []
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["check", "--no-cache", "--today", TODAY.isoformat(), "--format", "json",
                                     "--jobs", jobs, "."])
        assert result.exit_code in (0, 1), result.output
        outputs.append(json.loads(result.stdout)["findings"])
    assert outputs[0] == outputs[1] and outputs[0]


# --- the trimmed pipeline -------------------------------------------------------------------


def test_components_no_rule_needs_are_left_out():
    assert "trainable_lemmatizer" in unneeded_components(RULES)
    assert "ner" in unneeded_components(RULES)


def test_a_lemma_or_entity_rule_keeps_its_component(tmp_path):
    pack = tmp_path / "extra.yaml"
    pack.write_text(
        "pack: {name: extra}\nrules:\n"
        "  - {id: by-lemma, category: vague-word, severity: info, message: m, why: w,\n"
        "     match: {phrases: [bellen], on: lemma}}\n"
        "  - {id: by-entity, category: other-client, severity: info, message: m, why: w,\n"
        "     match: {patterns: [[{ent_type: ORG}]]}}\n",
        encoding="utf-8",
    )
    extra = load_pack_file(pack)
    assert "trainable_lemmatizer" not in unneeded_components(RULES + extra[:1])
    assert "lemmatizer" not in unneeded_components(extra[:1])
    assert "ner" not in unneeded_components(extra[1:])
    assert "trainable_lemmatizer" in unneeded_components(extra[1:])


def test_trimmed_pipeline_gives_the_same_findings(serial_findings):
    trimmed = Engine(settings(), rules=RULES)
    assert set(trimmed.nlp.pipe_names) < set(load_pipeline().pipe_names) or not unneeded_components(RULES)
    full = Engine(settings(), rules=RULES)
    full._nlp = load_pipeline()  # every component
    assert dicts(full.lint(corpus_documents())) == serial_findings == dicts(trimmed.lint(corpus_documents()))


def test_checks_read_no_lemmas_or_entities():
    """The trimmed pipeline relies on this: a check that starts reading lemmas or
    entities must be listed in engine._OPTIONAL_COMPONENTS's reasoning first."""
    pattern = re.compile(r"\.lemma_?\b|\.ents\b|\.ent_type|\.ent_iob|\bLEMMA\b|\bENT_TYPE\b")
    offenders = [
        f"{path.name}:{number}"
        for path in sorted((REPO / "smartlint" / "checks").glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line.split("#")[0])
    ]
    assert offenders == []
