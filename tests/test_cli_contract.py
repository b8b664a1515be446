"""CLI contract items with the stand-in engine: standard input decoded like a file,
a closed output pipe, ``--today`` against an e-mail's ``Date:``, which of a rule id
and its category wins in ``rules:``, and docs/cli.md against the real command."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
import typer
import yaml
from cli_fakes import FakeEngine, install_fakes
from typer.testing import CliRunner

import smartlint.inputs
import smartlint.report
from smartlint.cli import app

REPO = Path(__file__).resolve().parents[1]
DRAFT = "Beste klant,\n\nWe gaan er zo snel mogelijk mee aan de slag; u hoort binnenkort meer.\n"
MAIL = (
    "From: Sanne <sanne@winkel.nl>\nDate: Tue, 25 Nov 2025 09:00:00 +0100\n"
    "Content-Type: text/plain; charset=utf-8\n\nWe gaan er zo snel mogelijk mee aan de slag.\n"
)


@pytest.fixture
def cli(tmp_path, monkeypatch):
    real_read_path, real_read_stdin = smartlint.inputs.read_path, smartlint.inputs.read_stdin
    install_fakes(monkeypatch)
    # The real readers (decoding, e-mail headers); only the engine is a stand-in.
    monkeypatch.setattr(smartlint.inputs, "read_path", real_read_path)
    monkeypatch.setattr(smartlint.inputs, "read_stdin", real_read_stdin)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    runner = CliRunner()
    return lambda *args, input=None: runner.invoke(app, list(args), input=input)


def findings(result) -> list[tuple[str, str]]:
    return [(f["rule"], f["severity"]) for f in json.loads(result.stdout)["findings"]]


# --- standard input --------------------------------------------------------------------


def test_stdin_in_cp1252_is_decoded_with_a_note(cli):
    result = cli("check", "-", input="Wij doen het zo snel mogelijk, café.\n".encode("cp1252"))
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith("<stdin>:1:14: warning vague-zsm")
    assert result.stderr.splitlines() == ["note: <stdin>: not valid UTF-8; decoded as cp1252 (Windows-1252)"]


def test_binary_stdin_is_one_error_line(cli):
    result = cli("check", "-", input=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert (result.exit_code, result.stderr) == (2, "error: <stdin>: binary file, not a text message\n")


def test_stdin_over_the_size_limit_is_refused(cli, monkeypatch):
    monkeypatch.setattr("smartlint.inputs.decoding.MAX_FILE_BYTES", 100)
    result = cli("check", "-", input=DRAFT * 10)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: <stdin>: input is larger than the ") and line.endswith(" limit for one message file")


# --- a reader that stops early -------------------------------------------------------------


def test_closed_output_pipe_is_not_an_error(cli, monkeypatch):
    def closed_pipe(result, out, options):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(smartlint.report, "get_writer", lambda name: closed_pipe)
    Path("draft.txt").write_text(DRAFT, encoding="utf-8")
    result = cli("check", "draft.txt")
    assert result.exit_code == 1  # the run's own result: findings
    assert "error" not in result.stderr


def test_closed_error_pipe_still_writes_the_report(cli, monkeypatch):
    def closed_pipe(*args, **kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("smartlint.cli._print_problems", closed_pipe)
    Path("draft.txt").write_text(DRAFT, encoding="utf-8")
    result = cli("check", "draft.txt", "--format", "json")
    assert result.exit_code == 1
    assert findings(result) == [("vague-zsm", "warning"), ("vague-binnenkort", "warning")]


# --- the reference date of an e-mail ------------------------------------------------------


def reference_dates(monkeypatch) -> list:
    """The ``today`` of every segment the engine is given."""
    seen: list = []
    real_lint = FakeEngine.lint

    def lint(self, documents):
        seen.extend(segment.today for document in documents for segment in document.segments)
        return real_lint(self, documents)

    monkeypatch.setattr(FakeEngine, "lint", lint)
    return seen


def test_mail_date_is_the_default_today_and_an_explicit_today_wins(cli, monkeypatch):
    Path("reply.eml").write_text(MAIL, encoding="utf-8")
    seen = reference_dates(monkeypatch)
    assert cli("check", "reply.eml").exit_code == 1
    assert seen == [date(2025, 11, 25)]
    seen.clear()
    assert cli("check", "reply.eml", "--today", "2026-01-05").exit_code == 1
    assert seen == [None]  # so the engine uses --today
    assert str(FakeEngine.instances[-1].settings.today) == "2026-01-05"


# --- rule id against category in `rules:` ---------------------------------------------------


def test_a_rule_id_level_wins_over_its_category_off(cli):
    Path("draft.txt").write_text(DRAFT, encoding="utf-8")
    Path(".smartlint.yaml").write_text("rules:\n  vague-word: off\n  vague-zsm: error\n", encoding="utf-8")
    assert findings(cli("check", "draft.txt", "--format", "json")) == [("vague-zsm", "error")]
    selected = cli("check", "draft.txt", "--format", "json", "--select", "vague-binnenkort")
    assert findings(selected) == [("vague-binnenkort", "warning")]  # the command line wins over the file


# --- docs/cli.md against the command ------------------------------------------------------------

CLI_DOC = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")


def test_every_check_option_is_documented():
    command = typer.main.get_command(app).commands["check"]
    options = [name for param in command.params for name in param.opts if name.startswith("--")]
    assert "--fail-on" in options and "--no-cache" in options
    missing = [name for name in options if f"`{name}" not in CLI_DOC]
    assert missing == []


def test_doc_urls_are_real_or_marked_placeholders():
    urls = re.findall(r"https?://[^\s`'\")]+", CLI_DOC)
    assert urls
    for url in urls:
        assert not re.search(r"example\.(org|com|net)|\.\.\.", url), url
    lines = CLI_DOC.splitlines()
    for number, line in enumerate(lines):
        if "<your-org>/smartlint" in line:
            nearby = " ".join(lines[max(0, number - 2):number + 1])
            assert "placeholder" in nearby.lower(), line


def test_precommit_example_uses_the_hook_this_repository_defines():
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    block = CLI_DOC.split("### pre-commit", 1)[1].split("```yaml", 1)[1].split("```", 1)[0]
    (repo,) = yaml.safe_load(block)["repos"]
    assert [h["id"] for h in repo["hooks"]] == [hook["id"]]
    assert repo["repo"] == "https://github.com/<your-org>/smartlint" and repo["rev"]



@pytest.mark.parametrize("args,names", [
    (["check", "--format", "xml", "draft.txt"], "--format"),
    (["check", "--jobs", "0", "draft.txt"], "--jobs"),
    (["chek"], "chek"),
])
def test_usage_errors_are_one_line_with_exit_2(args, names):
    # The real entry point (a subprocess), not CliRunner: main() turns click's boxed
    # usage panel into one line.  None of these gets as far as loading spaCy.
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "smartlint", *args], capture_output=True, text=True)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and names in lines[0] and "error:" in lines[0]
    assert proc.stdout == ""
