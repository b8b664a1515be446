"""Config discovery, validation (one field-pointing line per problem) and merging."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from smartlint.config import (
    Options,
    find_config,
    load_settings,
    parse_today,
    read_config,
    resolve_rule_levels,
    split_names,
    validate_config,
    validate_rule_names,
)
from smartlint.errors import ConfigError
from smartlint.settings import Client

TEMPLATE = Path(__file__).resolve().parents[1] / "smartlint" / "templates" / "smartlint.yaml"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path, text: str, **options):
    write(tmp_path / ".smartlint.yaml", text)
    return load_settings(Options(**options), cwd=tmp_path)


def error_of(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, text)
    return str(info.value)


# --- discovery ----------------------------------------------------------------------


def test_discovered_upward_from_a_subfolder(tmp_path):
    config = write(tmp_path / ".smartlint.yaml", "fail_on: error\n")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    assert find_config(nested) == config.resolve()
    settings, found = load_settings(Options(), cwd=nested)
    assert settings.fail_on == "error"
    assert found.path == config.resolve()


def test_nearest_config_wins(tmp_path):
    write(tmp_path / ".smartlint.yaml", "fail_on: error\n")
    inner = write(tmp_path / "sub" / ".smartlint.yaml", "fail_on: info\n")
    assert find_config(tmp_path / "sub") == inner.resolve()


def test_pyproject_section_is_read(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.smartlint]\nfail-on = "error"\nclient = "ACME"\n')
    settings, found = load_settings(Options(), cwd=tmp_path)
    assert (settings.fail_on, settings.client) == ("error", "ACME")
    assert found.label.endswith("pyproject.toml: tool.smartlint")


def test_pyproject_without_section_is_passed_over(tmp_path):
    write(tmp_path / ".smartlint.yaml", "client: Outer\n")
    write(tmp_path / "pkg" / "pyproject.toml", '[project]\nname = "x"\n')
    settings, _ = load_settings(Options(), cwd=tmp_path / "pkg")
    assert settings.client == "Outer"


def test_yaml_beats_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.smartlint]\nclient = "Toml"\n')
    write(tmp_path / ".smartlint.yaml", "client: Yaml\n")
    settings, _ = load_settings(Options(), cwd=tmp_path)
    assert settings.client == "Yaml"


def test_config_option_wins_over_discovery(tmp_path):
    write(tmp_path / ".smartlint.yaml", "client: Found\n")
    other = write(tmp_path / "elsewhere" / "team.yaml", "client: Named\n")
    settings, found = load_settings(Options(config=str(other)), cwd=tmp_path)
    assert settings.client == "Named"
    assert found.path == other


def test_no_config_gives_defaults(tmp_path):
    settings, found = load_settings(Options(), cwd=tmp_path)
    assert found is None
    assert (settings.fail_on, settings.context, settings.clients, settings.packs) == ("warning", "auto", [], [])
    assert settings.today == date.today()


def test_missing_config_option_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="nope.yaml: config file not found"):
        load_settings(Options(config=str(tmp_path / "nope.yaml")), cwd=tmp_path)


# --- validation -----------------------------------------------------------------------


def test_bad_rule_level_points_at_the_field(tmp_path):
    assert error_of(tmp_path, "rules:\n  vague-zsm: hoog\n") == (
        ".smartlint.yaml: rules.vague-zsm: expected off, error, warning or info, got 'hoog'"
    )


def test_bare_off_is_accepted_although_yaml_reads_it_as_false(tmp_path):
    settings, _ = load(tmp_path, "rules:\n  vague-word: off\n  vague-zsm: Error\n")
    assert settings.disabled_rules == ["vague-word"]
    assert settings.severity_overrides == {"vague-zsm": "error"}


def test_bare_on_is_rejected(tmp_path):
    assert "rules.vague-zsm: expected off, error, warning or info, got true" in error_of(
        tmp_path, "rules:\n  vague-zsm: on\n"
    )


def test_unknown_key_has_a_close_match_hint(tmp_path):
    assert error_of(tmp_path, "fail-onn: error\n") == ".smartlint.yaml: fail-onn: unknown key; did you mean 'fail_on'?"


def test_unknown_key_without_close_match_lists_the_keys(tmp_path):
    message = error_of(tmp_path, "today: 2024-01-01\n")
    assert message.startswith(".smartlint.yaml: today: unknown key (known keys: clients, client,")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- a\n- b\n", ".smartlint.yaml: expected a mapping of settings, got a list"),
        ("fail_on: fatal\n", ".smartlint.yaml: fail_on: expected error, warning or info, got 'fatal'"),
        ("context: storm\n", ".smartlint.yaml: context: expected auto, normal or incident, got 'storm'"),
        ("clients: ACME\n", ".smartlint.yaml: clients: expected a list of client names, got 'ACME'"),
        ("clients:\n  - name: ACME\n    alias: [A]\n", ".smartlint.yaml: clients[0].alias: unknown key (a client has 'name' and 'aliases'); did you mean 'aliases'?"),
        ("clients:\n  - aliases: [A]\n", ".smartlint.yaml: clients[0]: missing 'name'"),
        ("clients:\n  - ''\n", ".smartlint.yaml: clients[0]: expected a non-empty text, got ''"),
        ("include: {a: 1}\n", ".smartlint.yaml: include: expected a list of texts, got a dict"),
        ("rules: [vague-zsm]\n", ".smartlint.yaml: rules: expected a mapping of rule id or category to off, error, warning or info, got a list"),
        ("packs: [missing.yaml]\n", ".smartlint.yaml: packs[0]: pack file not found: missing.yaml (paths are relative to the config file)"),
        ("fail_on: [error\n", ".smartlint.yaml: invalid YAML: line 2: "),
    ],
)
def test_invalid_values_give_one_field_pointing_line(tmp_path, text, expected):
    message = error_of(tmp_path, text)
    assert message.startswith(expected)
    assert "\n" not in message


def test_clients_accept_names_and_mappings(tmp_path):
    settings, _ = load(tmp_path, "clients:\n  - Gemeente Utrecht\n  - name: De Linie\n    aliases: [WDL, Linie]\n")
    assert settings.clients == [Client("Gemeente Utrecht"), Client("De Linie", ("WDL", "Linie"))]


def test_packs_are_relative_to_the_config_file(tmp_path):
    pack = write(tmp_path / "rules" / "house.yaml", "pack: {name: house}\nrules: []\n")
    sub = tmp_path / "drafts"
    sub.mkdir()
    settings, _ = load(tmp_path, "packs: [rules/house.yaml]\n")
    assert [Path(p).resolve() for p in settings.packs] == [pack.resolve()]
    # discovered from a subfolder, the path still resolves against the config's folder
    settings, _ = load_settings(Options(packs=["extra.yaml"]), cwd=sub)
    assert Path(settings.packs[0]).resolve() == pack.resolve()
    assert settings.packs[1] == "extra.yaml"


def test_empty_config_file_is_fine(tmp_path):
    settings, found = load(tmp_path, "# nothing yet\n")
    assert found is not None and settings.fail_on == "warning"


def test_csv_column_reaches_the_settings(tmp_path):
    settings, _ = load(tmp_path, "csv_column: body\n")
    assert settings.csv_column == "body"


# --- command line over config ---------------------------------------------------------------


def test_options_override_the_file(tmp_path):
    settings, _ = load(
        tmp_path,
        "client: FromFile\ncontext: incident\nfail_on: error\nmodel: nl_core_news_md\n",
        client="FromCli", context="normal", fail_on="info", model="/models/x", today="2026-11-22",
        select=["vague-word,vague-zsm", "missing-who"], ignore=["date-problem"], jobs=3, cache=False,
    )
    assert settings.client == "FromCli"
    assert (settings.context, settings.fail_on, settings.model) == ("normal", "info", "/models/x")
    assert settings.today == date(2026, 11, 22)
    assert settings.select == ["vague-word", "vague-zsm", "missing-who"]
    assert settings.ignore == ["date-problem"]
    assert (settings.jobs, settings.cache) == (3, False)


def test_file_values_apply_when_no_option_is_given(tmp_path):
    settings, _ = load(tmp_path, "client: FromFile\ncontext: incident\ninclude: ['*.md']\nexclude: [old]\n")
    assert (settings.client, settings.context) == ("FromFile", "incident")
    assert (settings.include, settings.exclude) == (["*.md"], ["old"])


@pytest.mark.parametrize("value", ["2026-13-01", "22-11-2026", "morgen", "2026-02-30"])
def test_today_must_be_a_real_iso_date(value):
    with pytest.raises(ConfigError, match="--today"):
        parse_today(value)


def test_split_names():
    assert split_names(["a, b", "c", ",", " d "]) == ["a", "b", "c", "d"]


def test_unknown_rule_names_get_hints(tmp_path):
    settings, config = load(tmp_path, "rules:\n  vague-zms: off\n")
    with pytest.raises(ConfigError) as info:
        validate_rule_names(settings, ["vague-zsm", "missing-who"], config)
    assert str(info.value) == ".smartlint.yaml: rules.vague-zms: unknown rule or category; did you mean 'vague-zsm'?"
    settings, config = load(tmp_path, "{}\n", select=["vague-wrd"])
    with pytest.raises(ConfigError, match=r"--select: unknown rule or category 'vague-wrd'; did you mean 'vague-word'\?"):
        validate_rule_names(settings, ["vague-zsm"], config)
    settings, config = load(tmp_path, "{}\n", ignore=["missing-who,zzz"])
    with pytest.raises(ConfigError, match="--ignore: unknown rule or category 'zzz'$"):
        validate_rule_names(settings, ["vague-zsm"], config)


def test_categories_are_always_known_names(tmp_path):
    settings, config = load(tmp_path, "rules:\n  date-problem: error\n", select=["vague-word"])
    validate_rule_names(settings, [], config)  # no exception


def test_init_template_is_a_valid_config_with_every_documented_key(tmp_path):
    text = TEMPLATE.read_text(encoding="utf-8")
    values = validate_config(read_config(write(tmp_path / ".smartlint.yaml", text), tmp_path))
    assert values["fail_on"] == "warning" and values["context"] == "auto"
    for key in ("clients", "client", "packs", "rules", "include", "exclude", "context", "model", "fail_on", "csv_column"):
        assert f"{key}:" in text, key
    # The commented examples are documentation: uncommented, they must validate too.
    write(tmp_path / "rules" / "our-house-style.yaml", "pack: {name: house}\nrules: []\n")
    examples = validate_config(read_config(write(tmp_path / ".smartlint.yaml", uncomment_examples(text)), tmp_path))
    assert examples["client"] == "Gemeente Utrecht"
    assert examples["clients"][1] == Client("Woonstichting De Linie", ("De Linie", "WDL"))
    assert examples["rules"]["vague-word"] == "off"
    assert examples["csv_column"] == "body"
    assert "templates/**/*.yaml" in examples["include"]
    assert examples["library"].messages == [["subject", "title", "body", "action"]]
    assert examples["library"].kinds == [("*.cta", "label"), ("mailers.**.body", "message")]


def uncomment_examples(text: str) -> str:
    """``#  - x`` and ``# key: value`` lines uncommented; ``key: []`` opened for them."""
    out = []
    for line in text.splitlines():
        if line.startswith("#  "):
            if out and out[-1].endswith((": []", ": {}")):
                out[-1] = out[-1][:-3]
            out.append(line[1:])
        elif re.match(r"# [a-z_]+: ", line):
            out.append(line[2:])
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def test_model_folder_is_relative_to_the_config_but_a_package_name_is_kept(tmp_path):
    settings, _ = load(tmp_path, "model: models/nl\n")
    assert Path(settings.model) == tmp_path / "models" / "nl"
    settings, _ = load(tmp_path, "model: nl_core_news_md\n")
    assert settings.model == "nl_core_news_md"


class _Rule:
    def __init__(self, id, category):
        self.id, self.category = id, category


RULES = [_Rule("vague-zsm", "vague-word"), _Rule("vague-binnenkort", "vague-word"), _Rule("who", "missing-who")]


@pytest.mark.parametrize(("text", "select", "disabled"), [
    ("rules:\n  vague-word: off\n", [], ["vague-word"]),  # no exception: the category stays one name
    ("rules:\n  vague-word: off\n  vague-zsm: error\n", [], ["vague-binnenkort"]),
    ("rules:\n  vague-zsm: off\n  vague-word: error\n", [], ["vague-zsm"]),
    ("rules:\n  vague-word: off\n  missing-who: off\n", ["vague-zsm"], ["vague-binnenkort", "missing-who"]),
    ("rules:\n  vague-word: off\n", ["vague-word"], []),
])
def test_a_rule_id_or_the_command_line_wins_over_a_category_off(tmp_path, text, select, disabled):
    settings, _ = load(tmp_path, text, select=select)
    resolve_rule_levels(settings, RULES)
    assert settings.disabled_rules == disabled


def test_config_nested_past_the_recursion_limit_is_one_line(tmp_path):
    deep = "rules: " + "[" * 100_000 + "]" * 100_000 + "\n"
    assert error_of(tmp_path, deep) == ".smartlint.yaml: invalid YAML: nested too deeply"
