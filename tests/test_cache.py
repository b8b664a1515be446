"""The result cache: keys, storage, robustness, and that a hit changes nothing."""

from __future__ import annotations

import json
import os
import threading
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smartlint.cache import (
    ENV_VAR, ResultCache, SegmentFinding, Unit, clean, default_cache_dir, fingerprint, source_id,
)
from smartlint.cli import app
from smartlint.engine import Engine
from smartlint.inputs import read_path
from smartlint.packs import load_packs
from smartlint.settings import Client, Settings

TODAY = date(2026, 11, 22)
REPO = Path(__file__).resolve().parents[1]
LIBRARY = """\
responses:
  delay:
    body: |
      Beste klant,

      We gaan er zo snel mogelijk mee aan de slag en u hoort binnenkort van ons.

      Met vriendelijke groet,
      Klantenservice
  callback:
    body: |
      Beste meneer De Vries,

      Sanne belt u maandag 23 november vóór 12.00 uur terug met het gecorrigeerde bedrag.
  outage:
    body: Er is een storing. De storing wordt veroorzaakt door een defecte kabel en is binnen een uur verholpen.
  visit:
    body: Onze monteur is vandaag bij een klant, daarom plannen we een uitgebreid onderzoek op dinsdag 2 december.
"""
RULES = load_packs()
FINDING = SegmentFinding("vague-zsm", 3, 19, "'zo snel mogelijk' belooft niets.", None)


def settings(**kwargs) -> Settings:
    kwargs.setdefault("today", TODAY)
    return Settings(**kwargs)


def rule_ids() -> set[str]:
    return {rule.id for rule in RULES}


# --- keys -----------------------------------------------------------------------------


def test_unit_digest_covers_text_date_and_disabled_rules():
    base = Unit("We bellen u.", None, frozenset())
    assert base.digest() == Unit("We bellen u.", None, frozenset()).digest()
    others = [
        Unit("We bellen u!", None, frozenset()),
        Unit("We bellen u.", date(2026, 11, 23), frozenset()),
        Unit("We bellen u.", None, frozenset({"vague-zsm"})),
    ]
    assert len({base.digest(), *(u.digest() for u in others)}) == 4
    # The order of disabled rules does not matter.
    assert Unit("x", None, frozenset({"a", "b"})).digest() == Unit("x", None, frozenset({"b", "a"})).digest()


@pytest.mark.parametrize(
    "change",
    [
        {"today": date(2026, 11, 23)},
        {"context": "incident"},
        {"client": "Vitens"},
        {"clients": [Client("Vitens")]},
        {"select": ["vague-word"]},
        {"ignore": ["vague-zsm"]},
        {"severity_overrides": {"vague-zsm": "error"}},
        {"disabled_rules": ["vague-zsm"]},
        {"model": "/no/such/pipeline"},
    ],
    ids=lambda change: next(iter(change)),
)
def test_fingerprint_changes_with_every_setting_that_changes_results(change):
    assert fingerprint(settings(**change)) != fingerprint(settings())


def test_fingerprint_ignores_settings_that_do_not_change_findings():
    base = fingerprint(settings())
    assert fingerprint(settings(fail_on="error", jobs=2, cache=False, debug=True)) == base


def test_fingerprint_follows_the_contents_of_a_user_pack(tmp_path):
    pack = tmp_path / "extra.yaml"
    pack.write_text("pack: {name: a}\nrules: []\n", encoding="utf-8")
    before = fingerprint(settings(packs=[str(pack)]))
    assert fingerprint(settings(packs=[str(pack)])) == before
    pack.write_text("pack: {name: b}\nrules: []\n", encoding="utf-8")
    assert fingerprint(settings(packs=[str(pack)])) != before


def test_cache_dir_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert default_cache_dir(settings(cache_dir=str(tmp_path / "config"))) == tmp_path / "env"
    monkeypatch.delenv(ENV_VAR)
    assert default_cache_dir(settings(cache_dir=str(tmp_path / "config"))) == tmp_path / "config"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir(settings()) == tmp_path / "xdg" / "smartlint"


# --- the store --------------------------------------------------------------------------


def test_store_and_lookup_round_trip(tmp_path):
    store = ResultCache(tmp_path, "f" * 32)
    units = [Unit("We gaan er zo snel mogelijk mee aan de slag."), Unit("Sanne belt u.")]
    assert store.lookup("a.txt", units, rule_ids()) == [None, None]
    store.store("a.txt", units, [[FINDING], []])
    again = ResultCache(tmp_path, "f" * 32)
    assert again.lookup("a.txt", units, rule_ids()) == [[FINDING], []]
    assert (again.stats.hits, again.stats.misses) == (2, 0)
    # Another run configuration, or another file, does not see these entries.
    assert ResultCache(tmp_path, "e" * 32).lookup("a.txt", units, rule_ids()) == [None, None]
    assert again.lookup("b.txt", units, rule_ids()) == [None, None]
    assert not list(tmp_path.rglob(".tmp-*")), "a temporary file was left behind"
    assert (tmp_path / "CACHEDIR.TAG").is_file() and (tmp_path / ".gitignore").read_text().strip().endswith("*")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff garbage",
        b'{"format": "v3", "segments": ',  # cut off halfway
        b"[]",
        b'{"format": "v0", "segments": {}}',
        b'{"format": "v3", "segments": []}',
        b"[" * 200000 + b"]" * 200000,  # RecursionError in json (issue 10)
        b'{"format": "v3", "segments": {"x": ' + b"[" * 200000 + b"]" * 200000 + b"}}",
        b'{"format": "v3", "segments": ' + b'{"a": ' * 100000 + b"1" + b"}" * 100001,
        "\"héé\"".encode("cp1252"),
    ],
    ids=["empty", "binary", "truncated", "list", "old-format", "wrong-type", "nested-list", "nested-entry",
         "nested-object", "not-utf8"],
)
def test_a_corrupt_cache_file_is_ignored_and_rebuilt(tmp_path, content):
    store = ResultCache(tmp_path, "f" * 32)
    units = [Unit("We gaan er zo snel mogelijk mee aan de slag.")]
    store.store("a.txt", units, [[FINDING]])
    (file,) = tmp_path.rglob("*.json")
    file.write_bytes(content)
    reader = ResultCache(tmp_path, "f" * 32)
    assert reader.lookup("a.txt", units, rule_ids()) == [None]
    reader.store("a.txt", units, [[FINDING]])
    assert ResultCache(tmp_path, "f" * 32).lookup("a.txt", units, rule_ids()) == [[FINDING]]


@pytest.mark.parametrize(
    "entry",
    [
        ["no-such-rule", 3, 19, "m", None, None],
        ["vague-zsm", 3, 999, "m", None, None],  # beyond the text
        ["vague-zsm", 19, 3, "m", None, None],
        ["vague-zsm", "3", 19, "m", None, None],
        ["vague-zsm", 3, 19, None, None, None],
        ["vague-zsm", 3, 19, "m", None, 7],  # a replacement that is not a text
        ["vague-zsm", 3, 19, "m", None],
        ["vague-zsm", 3, 19, "m", None, "s", None],  # the old layout, with a sentence
        "vague-zsm",
        [["vague-zsm"], 3, 19, "m", None, None],  # unhashable rule id: TypeError before
        [{"a": 1}, 3, 19, "m", None, None],
    ],
)
def test_a_malformed_entry_is_a_miss(tmp_path, entry):
    unit = Unit("We gaan er zo snel mogelijk mee aan de slag.")
    store = ResultCache(tmp_path, "f" * 32)
    store.store("a.txt", [unit], [[FINDING]])
    (file,) = tmp_path.rglob("*.json")
    data = json.loads(file.read_text(encoding="utf-8"))
    data["segments"][unit.digest()] = [entry]
    file.write_text(json.dumps(data), encoding="utf-8")
    assert ResultCache(tmp_path, "f" * 32).lookup("a.txt", [unit], rule_ids()) == [None]


def test_a_named_pipe_in_place_of_an_entry_is_a_miss_not_a_hang(tmp_path):
    import os

    from bounded import time_bound

    unit = Unit("We gaan er zo snel mogelijk mee aan de slag.")
    store = ResultCache(tmp_path, "f" * 32)
    store.store("a.txt", [unit], [[FINDING]])
    (file,) = tmp_path.rglob("*.json")
    file.unlink()
    os.mkfifo(file)
    with time_bound(10):
        assert ResultCache(tmp_path, "f" * 32).lookup("a.txt", [unit], rule_ids()) == [None]


def test_an_unwritable_cache_is_no_error(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    store = ResultCache(blocked, "f" * 32)
    store.store("a.txt", [Unit("x y")], [[]])  # cannot create folders under a file: ignored
    assert store.lookup("a.txt", [Unit("x y")], rule_ids()) == [None]


def test_concurrent_writers_never_leave_a_broken_file(tmp_path):
    units = [Unit(f"Bericht nummer {i} zo snel mogelijk.") for i in range(40)]
    results = [[SegmentFinding("vague-zsm", 15, 31, "m", None)] for _ in units]
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for _ in range(25):
                ResultCache(tmp_path, "f" * 32).store("lib.yaml", units[n:], results[n:])
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    def read() -> None:
        try:
            for _ in range(100):
                found = ResultCache(tmp_path, "f" * 32).lookup("lib.yaml", units, rule_ids())
                # Whatever writer won, each entry is either absent or complete.
                assert all(f is None or f == r for f, r in zip(found, results))
        except BaseException as err:  # noqa: BLE001
            errors.append(err)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)] + [threading.Thread(target=read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert not list(tmp_path.rglob(".tmp-*"))
    assert ResultCache(tmp_path, "f" * 32).lookup("lib.yaml", units[3:], rule_ids()) == results[3:]


def test_old_fingerprints_are_pruned(tmp_path):
    old = tmp_path / "v3" / ("a" * 32)
    old.mkdir(parents=True)
    (old / "x.json").write_text("{}", encoding="utf-8")
    stale = 1_000_000  # 1970: long unused
    os.utime(old, (stale, stale))
    ResultCache(tmp_path, "f" * 32).store("a.txt", [Unit("x y")], [[]])
    assert not old.exists()
    assert (tmp_path / "v3" / ("f" * 32)).is_dir()


def test_clean_removes_only_a_smartlint_cache(tmp_path):
    ResultCache(tmp_path / "c", "f" * 32).store("a.txt", [Unit("x y")], [[]])
    assert clean(tmp_path / "c") is True
    assert not (tmp_path / "c").exists()
    other = tmp_path / "home"
    other.mkdir()
    (other / "notes.txt").write_text("keep me", encoding="utf-8")
    assert clean(other) is False
    assert (other / "notes.txt").read_text() == "keep me"


def test_source_id_is_absolute():
    assert os.path.isabs(source_id("drafts/a.txt"))
    assert source_id("<stdin>").startswith("<stdin>@")


# --- with the engine ----------------------------------------------------------------------


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "library.yaml"
    path.write_text(LIBRARY, encoding="utf-8")
    return path


def lint(path: Path, cache: ResultCache | None, **kwargs) -> tuple[list[dict], Engine]:
    s = settings(**kwargs)
    engine = Engine(s, rules=RULES, cache=cache)
    document = read_path(path, s, display_path=path.name)
    return [f.to_dict() for f in engine.lint([document])], engine


def test_a_cache_hit_gives_identical_findings_without_loading_the_pipeline(tmp_path, library):
    expected, _ = lint(library, None)
    assert expected, "the library has findings to compare"
    fp = fingerprint(settings())
    first, engine = lint(library, ResultCache(tmp_path / "cache", fp))
    assert first == expected
    assert engine.cache_stats == {"enabled": True, "hits": 0, "misses": 4}
    second, engine = lint(library, ResultCache(tmp_path / "cache", fp))
    assert second == expected
    assert engine.cache_stats == {"enabled": True, "hits": 4, "misses": 0}
    assert engine._nlp is None and engine._compiled is None, "a full hit must not load spaCy"


def test_one_changed_message_misses_only_itself(tmp_path, library):
    fp = fingerprint(settings())
    lint(library, ResultCache(tmp_path / "cache", fp))
    library.write_text(LIBRARY.replace("bij een klant", "bij klant Jansen"), encoding="utf-8")
    expected, _ = lint(library, None)
    found, engine = lint(library, ResultCache(tmp_path / "cache", fp))
    assert found == expected
    assert engine.cache_stats == {"enabled": True, "hits": 3, "misses": 1}


def test_a_message_that_moved_in_its_file_is_a_hit_with_new_positions(tmp_path, library):
    fp = fingerprint(settings())
    lint(library, ResultCache(tmp_path / "cache", fp))
    library.write_text("# a new first line\n" + LIBRARY, encoding="utf-8")
    expected, _ = lint(library, None)
    found, engine = lint(library, ResultCache(tmp_path / "cache", fp))
    assert found == expected
    assert engine.cache_stats["hits"] == 4


def test_a_corrupt_cache_file_gives_the_same_findings(tmp_path, library):
    fp = fingerprint(settings())
    expected, _ = lint(library, ResultCache(tmp_path / "cache", fp))
    for file in (tmp_path / "cache").rglob("*.json"):
        file.write_bytes(file.read_bytes()[:50])
    found, engine = lint(library, ResultCache(tmp_path / "cache", fp))
    assert found == expected
    assert engine.cache_stats["misses"] == 4


def test_settings_that_change_results_miss(tmp_path, library):
    lint(library, ResultCache(tmp_path / "cache", fingerprint(settings())))
    other = settings(severity_overrides={"vague-word": "error"})
    found, engine = lint(library, ResultCache(tmp_path / "cache", fingerprint(other)),
                         severity_overrides={"vague-word": "error"})
    assert engine.cache_stats["hits"] == 0
    assert any(f["category"] == "vague-word" and f["severity"] == "error" for f in found)


# --- the command line -------------------------------------------------------------------


def test_cli_reports_cache_counts_and_no_cache_bypasses_it(tmp_path, library, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cli-cache"))
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    args = ["check", "--today", TODAY.isoformat(), "--format", "json", library.name]
    bypass = runner.invoke(app, [*args[:1], "--no-cache", *args[1:]])
    assert json.loads(bypass.stdout)["summary"]["cache"] == {"enabled": False, "hits": 0, "misses": 4}
    assert not (tmp_path / "cli-cache").exists(), "--no-cache wrote a cache"
    first = runner.invoke(app, args)
    second = runner.invoke(app, args)
    assert first.exit_code == second.exit_code == bypass.exit_code == 1
    one, two = json.loads(first.stdout), json.loads(second.stdout)
    assert one["summary"]["cache"] == {"enabled": True, "hits": 0, "misses": 4}
    assert two["summary"]["cache"] == {"enabled": True, "hits": 4, "misses": 0}
    assert one["findings"] == two["findings"] == json.loads(bypass.stdout)["findings"]


def test_clean_command(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "c"))
    ResultCache(tmp_path / "c", "f" * 32).store("a.txt", [Unit("x y")], [[]])
    result = CliRunner().invoke(app, ["clean"])
    assert result.exit_code == 0, result.output
    assert "Removed" in result.output
    assert not (tmp_path / "c").exists()
    result = CliRunner().invoke(app, ["clean"])
    assert result.exit_code == 0 and "No cache" in result.output


def test_cache_dir_from_the_config_file(tmp_path, library, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".smartlint.yaml").write_text("cache_dir: build/lint-cache\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--today", TODAY.isoformat(), library.name])
    assert result.exit_code == 1, result.output
    assert list((tmp_path / "build" / "lint-cache").rglob("*.json"))


def test_settings_fields_are_all_considered():
    """A new Settings field must be classified: in the fingerprint, or known not to
    change findings.  This fails until the cache key is updated for it."""
    keyed = {"today", "context", "client", "clients", "select", "ignore", "severity_overrides",
             "disabled_rules", "model", "packs"}
    # csv_header and library choose which segments a file yields (their text and kind are
    # the unit's key), not what a segment's analysis finds.
    not_about_findings = {"fail_on", "include", "exclude", "jobs", "cache", "cache_dir", "debug", "csv_column",
                          "csv_header", "library"}
    assert set(Settings.__dataclass_fields__) == keyed | not_about_findings
