"""The command line with stand-in readers and engine: options, exit codes, commands.

End-to-end runs through the real readers, packs and engine are in test_cli_e2e.py.
"""

from __future__ import annotations

import json

import pytest
from cli_fakes import FakeEngine, install_fakes
from typer.testing import CliRunner

import smartlint.inputs
from smartlint import __version__
from smartlint.cli import app

DRAFT = "Beste klant,\n\nWe gaan er zo snel mogelijk mee aan de slag.\nDat wordt een uitgebreid onderzoek.\n"
GOOD = "Beste klant,\n\nSanne belt u maandag 23 november vóór 12.00 uur terug.\n"
INFO_ONLY = "Dat wordt een uitgebreid onderzoek.\n"


@pytest.fixture
def cli(tmp_path, monkeypatch):
    install_fakes(monkeypatch)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(app, list(args), input=input)

    return invoke


def write(name: str, text: str, encoding: str = "utf-8"):
    from pathlib import Path

    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def settings_used():
    return FakeEngine.instances[-1].settings


# --- exit codes and --fail-on -------------------------------------------------------


def test_findings_exit_1_and_clean_exit_0(cli):
    write("draft.txt", DRAFT)
    write("good.txt", GOOD)
    result = cli("check", "draft.txt")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "draft.txt:3:12: warning vague-zsm 'zo snel mogelijk' belooft niets toetsbaars."
    clean = cli("check", "good.txt")
    assert clean.exit_code == 0
    assert clean.stdout.strip() == "No problems found in 1 file."


@pytest.mark.parametrize(("fail_on", "text", "code"), [
    ("error", DRAFT, 0), ("warning", DRAFT, 1), ("warning", INFO_ONLY, 0), ("info", INFO_ONLY, 1),
])
def test_fail_on(cli, fail_on, text, code):
    write("draft.txt", text)
    assert cli("check", "draft.txt", "--fail-on", fail_on).exit_code == code


def test_fail_on_from_config_and_cli_override(cli):
    write("draft.txt", DRAFT)
    write(".smartlint.yaml", "fail_on: error\n")
    assert cli("check", "draft.txt").exit_code == 0
    assert cli("check", "draft.txt", "--fail-on", "warning").exit_code == 1


def test_bad_option_value_is_a_usage_error(cli):
    write("draft.txt", DRAFT)
    assert cli("check", "draft.txt", "--format", "xml").exit_code == 2
    assert cli("check", "draft.txt", "--jobs", "0").exit_code == 2
    assert cli("check").exit_code == 2


# --- options reach the settings ---------------------------------------------------------


def test_options_reach_the_engine_settings(cli):
    write("draft.txt", DRAFT)
    result = cli("check", "draft.txt", "--today", "2026-11-22", "--context", "incident", "--client", "ACME",
                 "--select", "vague-word,vague-zsm", "--select", "missing-who", "--ignore", "date-problem",
                 "--model", "/models/x", "--jobs", "2", "--no-cache", "--debug")
    assert result.exit_code == 1, result.output
    s = settings_used()
    assert (str(s.today), s.context, s.client, s.model, s.jobs, s.cache, s.debug) == (
        "2026-11-22", "incident", "ACME", "/models/x", 2, False, True)
    assert s.select == ["vague-word", "vague-zsm", "missing-who"] and s.ignore == ["date-problem"]


def test_select_and_ignore_change_the_findings(cli):
    write("draft.txt", DRAFT)
    only = cli("check", "draft.txt", "--select", "unquantified-adjective", "--format", "json")
    assert [f["rule"] for f in json.loads(only.stdout)["findings"]] == ["adjective-uitgebreid"]
    ignored = cli("check", "draft.txt", "--ignore", "vague-zsm", "--format", "json")
    assert [f["rule"] for f in json.loads(ignored.stdout)["findings"]] == ["adjective-uitgebreid"]


def test_config_rules_turn_off_and_change_severity(cli):
    write("draft.txt", DRAFT)
    write(".smartlint.yaml", "rules:\n  vague-word: off\n  adjective-uitgebreid: error\n")
    data = json.loads(cli("check", "draft.txt", "--format", "json").stdout)
    assert [(f["rule"], f["severity"]) for f in data["findings"]] == [("adjective-uitgebreid", "error")]


def test_pack_option_and_config_packs_are_passed_on(cli, tmp_path):
    write("house/pack.yaml", "pack: {name: house}\nrules: []\n")
    write("extra.yaml", "pack: {name: extra}\nrules: []\n")
    write(".smartlint.yaml", "packs: [house/pack.yaml]\n")
    write("draft.txt", GOOD)
    assert cli("check", "draft.txt", "--pack", "extra.yaml").exit_code == 0
    assert settings_used().packs == [str(tmp_path / "house" / "pack.yaml"), "extra.yaml"]


# --- inputs -------------------------------------------------------------------------


def test_folder_with_include_exclude_from_config(cli):
    write("msgs/a.txt", DRAFT)
    write("msgs/b.md", DRAFT)
    write("msgs/old/c.txt", DRAFT)
    write(".smartlint.yaml", "include: ['*.txt']\nexclude: [old]\n")
    data = json.loads(cli("check", "msgs", "--format", "json").stdout)
    assert {f["path"] for f in data["findings"]} == {"msgs/a.txt"}
    assert data["summary"]["files_checked"] == 1


def test_stdin(cli):
    result = cli("check", "-", input=DRAFT)
    assert result.exit_code == 1
    assert result.stdout.startswith("<stdin>:3:12: warning vague-zsm")


def test_empty_stdin_filename_is_an_error(cli):
    result = cli("check", "-", "--stdin-filename", "", input=DRAFT)
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --stdin-filename: expected a file name, got an empty value"


def test_stdin_filename_without_stdin_is_an_error(cli):
    write("a.txt", DRAFT)
    result = cli("check", "a.txt", "--stdin-filename", "a.md")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --stdin-filename names standard input: give '-' as a PATH too"


def test_stdin_given_twice_is_an_error(cli):
    result = cli("check", "-", "-", input=DRAFT)
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: '-' (standard input) can be given only once"


def test_suppression_directives_are_applied(cli):
    write("draft.md", "<!-- smartlint-disable-next-line vague-word -->\n" + DRAFT.replace("\n\n", " "))
    data = json.loads(cli("check", "draft.md", "--format", "json").stdout)
    assert [f["rule"] for f in data["findings"]] == ["adjective-uitgebreid"]


def test_unknown_rule_in_a_directive_is_a_note(cli):
    write("draft.md", "<!-- smartlint-disable vague-zms -->\n" + DRAFT)
    result = cli("check", "draft.md")
    assert "note: draft.md: line 1: unknown rule 'vague-zms' in a smartlint directive" in result.stderr
    assert result.exit_code == 1


# --- output options ---------------------------------------------------------------


def test_quiet_and_no_color(cli):
    write("draft.txt", DRAFT)
    write("empty.txt", "")
    result = cli("check", "draft.txt", "empty.txt", "--quiet", "--no-color")
    assert result.stdout.splitlines() == [
        "draft.txt:3:12: warning vague-zsm 'zo snel mogelijk' belooft niets toetsbaars.",
        "draft.txt:4:15: info adjective-uitgebreid 'uitgebreid' zegt niet hoeveel.",
    ]
    assert result.stderr == ""  # no notes with --quiet
    assert "\x1b[" not in result.output


@pytest.mark.parametrize("fmt", ["json", "sarif", "github"])
def test_machine_formats_go_to_stdout_only(cli, fmt):
    write("draft.txt", DRAFT)
    result = cli("check", "draft.txt", "--format", fmt)
    assert result.exit_code == 1 and result.stderr == ""
    if fmt != "github":
        json.loads(result.stdout)
    else:
        assert result.stdout.startswith("::warning file=draft.txt,line=3,col=12,")


# --- other commands --------------------------------------------------------------------


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"smartlint {__version__}"


def test_rules_table_lists_every_rule(cli):
    result = cli("rules")
    assert result.exit_code == 0
    for rule_id in ("vague-zsm", "vague-binnenkort", "adjective-uitgebreid", "incident-cause"):
        assert rule_id in result.stdout
    assert "unquantified-adjective" in result.stdout and "category" in result.stdout


def test_explain_prints_all_parts(cli):
    result = cli("explain", "vague-zsm")
    assert result.exit_code == 0
    out = result.stdout
    for part in ("'zo snel mogelijk' belooft niets toetsbaars.", "Why", "Omdat.", "What to do",
                 "Noem een dag en tijd", "Example (flagged)", "We doen het zo snel mogelijk."):
        assert part in out, part


def test_explain_unknown_rule_hints_and_exits_2(cli):
    result = cli("explain", "vague-zms")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: unknown rule 'vague-zms'; did you mean 'vague-zsm'?"
    category = cli("explain", "vague-word")
    assert category.exit_code == 2
    assert category.stderr.strip() == "error: 'vague-word' is a category, not a rule; its rules: vague-binnenkort, vague-zsm"


def test_init_writes_a_valid_config_and_refuses_to_overwrite(cli, tmp_path):
    result = cli("init")
    assert result.exit_code == 0
    config = tmp_path / ".smartlint.yaml"
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# smartlint configuration")
    write("draft.txt", DRAFT)
    assert cli("check", "draft.txt").exit_code == 1  # the written config loads

    config.write_text("client: Mine\n", encoding="utf-8")
    again = cli("init")
    assert again.exit_code == 2
    assert again.stderr.strip() == "error: .smartlint.yaml already exists; use --force to overwrite it"
    assert config.read_text(encoding="utf-8") == "client: Mine\n"
    assert cli("init", "--force").exit_code == 0
    assert config.read_text(encoding="utf-8") == text


def test_help_lists_the_commands(cli):
    result = cli("--help")
    assert result.exit_code == 0
    for name in ("check", "rules", "explain", "init", "--version"):
        assert name in result.stdout


def test_internal_errors_are_one_line_unless_debug(cli, monkeypatch):
    write("draft.txt", DRAFT)

    def broken(self, documents):
        raise RuntimeError("kapot")

    monkeypatch.setattr(FakeEngine, "lint", broken)
    result = cli("check", "draft.txt")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: internal error: RuntimeError: kapot (run with --debug for the traceback)"
    debug = cli("check", "draft.txt", "--debug")
    assert debug.exit_code == 2 and "Traceback (most recent call last)" in debug.stderr


def test_missing_reader_module_attribute_is_not_swallowed(cli, monkeypatch):
    # Guard: the fakes really replace the readers (so the tests above test the CLI).
    assert smartlint.inputs.read_path.__module__ == "cli_fakes"


# --- input errors (with the stand-in reader; the real readers are in test_cli_e2e.py) ------


def test_os_errors_of_a_reader_become_one_line_and_the_rest_is_linted(cli, monkeypatch):
    import cli_fakes

    write("a.txt", DRAFT)
    write("locked.txt", DRAFT)

    def refusing(path, settings, display_path=None):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return cli_fakes.fake_read_path(path, settings, display_path)

    monkeypatch.setattr(smartlint.inputs, "read_path", refusing)
    result = cli("check", "a.txt", "locked.txt")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: locked.txt: permission denied: cannot read this file"
    assert result.stdout.startswith("a.txt:3:12: warning vague-zsm")
    debug = cli("check", "a.txt", "locked.txt", "--debug")
    assert "Traceback" in debug.stderr and "PermissionError" in debug.stderr


def test_reader_errors_without_a_path_get_the_file_name(cli, monkeypatch):
    from smartlint.errors import InputError

    def failing(path, settings, display_path=None):
        raise InputError("not a valid e-mail message (no header block)")

    write("mail.eml", "hallo\n")
    monkeypatch.setattr(smartlint.inputs, "read_path", failing)
    result = cli("check", "mail.eml")
    assert (result.exit_code, result.stderr.strip()) == (2, "error: mail.eml: not a valid e-mail message (no header block)")


def test_missing_file_empty_file_and_cp1252(cli):
    write("leeg.txt", "")
    write("oud.txt", "Wij doen het zo snel mogelijk, café.\n", encoding="cp1252")
    result = cli("check", "nope.txt", "leeg.txt", "oud.txt")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: nope.txt: no such file or folder",
        "note: oud.txt: decoded as cp1252",
        "note: leeg.txt: empty file",
    ]
    assert result.stdout.startswith("oud.txt:1:14: warning vague-zsm")
    only_empty = cli("check", "leeg.txt")
    assert only_empty.exit_code == 0 and only_empty.stdout.strip() == "No problems found in 0 files."


def test_an_engine_refusing_one_document_keeps_the_others(cli, monkeypatch):
    from smartlint.errors import InputError

    real_lint = FakeEngine.lint

    def picky(self, documents):
        for document in documents:
            if document.path == "long.txt":
                raise InputError("text too long to analyse", document.path)
        return real_lint(self, documents)

    monkeypatch.setattr(FakeEngine, "lint", picky)
    write("a.txt", DRAFT)
    write("long.txt", DRAFT)
    data = json.loads(cli("check", "a.txt", "long.txt", "--format", "json").stdout)
    assert {f["path"] for f in data["findings"]} == {"a.txt"}
    assert data["summary"]["files_checked"] == 1
    assert data["summary"]["errors"] == [{"path": "long.txt", "message": "text too long to analyse"}]


def test_input_files_are_never_modified(cli):
    import os

    path = write("draft.txt", DRAFT)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for fmt in ("text", "json", "sarif", "github"):
        cli("check", "draft.txt", "--format", fmt)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
