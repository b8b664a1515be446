"""End to end through the real readers, packs, engine and pipeline.

In-process with typer's CliRunner (the pipeline loads once), plus one subprocess run
of ``python -m smartlint``.  Outputs of the model are never hard-coded: the tests
check structure, exactness of positions, exit codes and error lines.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from test_precommit import good_draft
from typer.testing import CliRunner

import smartlint.inputs
from smartlint.cli import app
from smartlint.packs import load_packs

pytestmark = pytest.mark.skipif(
    not hasattr(smartlint.inputs, "read_path"), reason="smartlint.inputs.read_path is not there yet"
)

REPO = Path(__file__).resolve().parents[1]
DRAFT = (REPO / "examples" / "draft.txt").read_text(encoding="utf-8")
TODAY = "2026-11-22"


@pytest.fixture
def cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(app, ["check", "--today", TODAY, *args] if args and args[0] != "+" else list(args[1:]),
                             input=input)

    return invoke


def write(name: str, data: str | bytes) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def one_error_line(result, path: str) -> str:
    """The single stderr line of a failed run: names the file, no traceback."""
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"error: {path}"), errors[0]
    assert "Traceback" not in result.stderr
    return errors[0]


# --- findings --------------------------------------------------------------------------


def test_vague_draft_fails_with_exact_positions(cli):
    path = write("draft.txt", DRAFT)
    result = cli("draft.txt", "--format", "json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["findings"], "the example draft must have findings"
    lines = path.read_text(encoding="utf-8").split("\n")
    for f in data["findings"]:
        assert f["path"] == "draft.txt"
        if f["line"] == f["end_line"]:
            assert lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1] == f["text"]
    assert "vague-word" in {f["category"] for f in data["findings"]}
    assert data["summary"]["files_checked"] == 1
    assert data["summary"]["total"] == len(data["findings"])


def test_text_format_matches_json(cli):
    write("draft.txt", DRAFT)
    text = cli("draft.txt", "--quiet").stdout.splitlines()
    data = json.loads(cli("draft.txt", "--format", "json").stdout)
    assert text == [
        f"{f['path']}:{f['line']}:{f['column']}: {f['severity']} {f['rule']} {' '.join(f['message'].split())}"
        for f in data["findings"]
    ]


def test_good_draft_passes(cli):
    write("good.txt", good_draft(date.fromisoformat(TODAY)))
    result = cli("good.txt")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "No problems found in 1 file."


def test_stdin_gives_the_same_findings_as_the_file(cli):
    write("draft.txt", DRAFT)
    from_file = json.loads(cli("draft.txt", "--format", "json").stdout)["findings"]
    from_stdin = json.loads(cli("-", "--format", "json", input=DRAFT).stdout)["findings"]
    strip = lambda fs: [{k: v for k, v in f.items() if k != "path"} for f in fs]  # noqa: E731
    assert strip(from_stdin) == strip(from_file)


def test_suppression_in_a_real_file(cli):
    write("draft.txt", DRAFT)
    before = json.loads(cli("draft.txt", "--format", "json").stdout)["findings"]
    first = before[0]
    write("draft.txt", DRAFT + f"\n<!-- smartlint-disable-file {first['rule']} -->\n")
    after = json.loads(cli("draft.txt", "--format", "json").stdout)["findings"]
    assert first["rule"] not in {f["rule"] for f in after}
    assert len(after) < len(before)


def test_select_a_category(cli):
    write("draft.txt", DRAFT)
    data = json.loads(cli("draft.txt", "--format", "json", "--select", "vague-word").stdout)
    assert data["findings"] and {f["category"] for f in data["findings"]} == {"vague-word"}


def test_sarif_of_a_real_run(cli):
    write("draft.txt", DRAFT)
    log = json.loads(cli("draft.txt", "--format", "sarif").stdout)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} >= {rule.id for rule in load_packs()}
    assert run["results"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "draft.txt"
    assert all("{text}" not in r["shortDescription"]["text"] for r in rules)


def test_rules_lists_every_real_rule(cli):
    result = cli("+", "rules")
    assert result.exit_code == 0
    for rule in load_packs():
        assert rule.id in result.stdout
    assert "{text}" not in result.stdout


def test_input_files_are_never_modified(cli):
    path = write("draft.txt", DRAFT.replace("\n", "\r\n"))
    os.utime(path, (1_000_000_000, 1_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for fmt in ("text", "json", "sarif", "github"):
        cli("draft.txt", "--format", fmt)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


# --- bad input: one line, exit 2, the others still linted ---------------------------------


def test_missing_file(cli):
    assert one_error_line(cli("nope.txt"), "nope.txt") == "error: nope.txt: no such file or folder"


def test_folder_without_matching_files(cli):
    write("pics/a.png", b"\x89PNG")
    one_error_line(cli("pics"), "pics")


def test_binary_file(cli):
    write("logo.txt", bytes(range(256)) * 10)
    one_error_line(cli("logo.txt"), "logo.txt")


def test_cp1252_file_is_read_with_a_note(cli):
    write("oud.txt", "Wij bellen u vóór 12.00 uur terug, café.\n".encode("cp1252"))
    result = cli("oud.txt")
    assert result.exit_code in (0, 1), result.output
    assert "note: oud.txt:" in result.stderr and "cp1252" in result.stderr
    assert "error:" not in result.stderr


def test_empty_file_is_skipped_with_a_note(cli):
    write("leeg.txt", "")
    result = cli("leeg.txt")
    assert result.exit_code == 0, result.output
    assert "note: leeg.txt: empty file" in result.stderr


def test_huge_file(cli):
    with open("groot.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    one_error_line(cli("groot.txt"), "groot.txt")


@pytest.mark.parametrize(("name", "content"), [
    ("lib.yaml", "responses:\n  refund: [unclosed\n"),
    ("lib.json", '{"refund": {"body": "U hoort binnenkort"'),
    ("lib.csv", 'id,body\n1,"U hoort binnenkort van ons\n'),
    ("mail.eml", "Dit is geen e-mail maar rommel\n"),
    ("mail2.eml", "From: a@b.nl\nContent-Transfer-Encoding: base64\n\n!!!geen base64\n"),
])
def test_malformed_libraries_and_mail(cli, name, content):
    path = write(name, content)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    one_error_line(cli(name), name)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_one_bad_file_among_good_ones(cli):
    write("a.txt", DRAFT)
    write("b.txt", DRAFT)
    write("bad.json", "{nope")
    result = cli("a.txt", "bad.json", "b.txt", "--format", "json")
    one_error_line(result, "bad.json")
    data = json.loads(result.stdout)
    assert {f["path"] for f in data["findings"]} == {"a.txt", "b.txt"}
    assert data["summary"]["errors"][0]["path"] == "bad.json"


def test_unreadable_file(cli, monkeypatch):
    # We run as root, so chmod 000 does not stop reading: simulate the OS refusing.
    write("a.txt", DRAFT)
    write("secret.txt", DRAFT)
    real_open = open

    def refusing_open(file, mode="r", *args, **kwargs):
        if str(file).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    monkeypatch.setattr(Path, "read_bytes", lambda self: refusing_open(self, "rb").read())
    result = cli("a.txt", "secret.txt")
    line = one_error_line(result, "secret.txt")
    assert "ermission" in line
    assert "a.txt:" in result.stdout


def test_folder_where_a_file_is_expected(cli):
    Path("reply.txt").mkdir()
    one_error_line(cli("reply.txt"), "reply.txt")


def test_debug_shows_the_traceback(cli):
    write("bad.json", "{nope")
    result = cli("bad.json", "--debug")
    assert result.exit_code == 2 and "Traceback" in result.stderr


def test_invalid_config(cli):
    write("draft.txt", DRAFT)
    write(".smartlint.yaml", "rules:\n  vague-zsm: hoog\n")
    result = cli("draft.txt")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: .smartlint.yaml: rules.vague-zsm: expected off, error, warning or info, got 'hoog'"


@pytest.mark.parametrize("content", [
    "pack: {name: house}\nrules:\n  - id: Bad Id\n",
    "pack: " + "[" * 100_000 + "]" * 100_000 + "\n",  # nested past Python's recursion limit
])
def test_invalid_pack(cli, content):
    write("draft.txt", DRAFT)
    write("house.yaml", content)
    result = cli("draft.txt", "--pack", "house.yaml")
    one_error_line(result, "house.yaml")


def test_unknown_rule_in_select(cli):
    write("draft.txt", DRAFT)
    result = cli("draft.txt", "--select", "vague-zms")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --select: unknown rule or category 'vague-zms'; did you mean 'vague-zsm'?"


def test_today_not_a_date(cli):
    write("draft.txt", DRAFT)
    result = cli("draft.txt", "--today", "morgen")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --today: expected a date as YYYY-MM-DD, got 'morgen'"


def test_model_not_installed(cli):
    write("draft.txt", DRAFT)
    result = cli("draft.txt", "--model", "nl_core_news_md")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: spaCy pipeline 'nl_core_news_md' is not installed in this Python environment;")
    assert "python -m spacy download nl_core_news_md" in line


# --- a real process ------------------------------------------------------------------------


def test_python_dash_m_smartlint(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-m", "smartlint", "check", "--today", TODAY, "--format", "json", str(draft)],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    data = json.loads(proc.stdout)
    assert data["findings"] and data["summary"]["files_checked"] == 1


MAIL = (
    "From: Sanne <sanne@winkel.nl>\nDate: Wed, 02 Dec 2026 10:00:00 +0100\n"
    "X-Opmerking: zo snel mogelijk\nSubject: Storing wordt zo snel mogelijk opgelost\n\n"
    "Beste klant,\n\nSanne belt u maandag 7 december vóór 12.00 uur terug.\n"
)


def test_stdin_filename_names_the_input_and_chooses_its_reader(cli):
    named = cli("check", "-", "--stdin-filename", "mail.eml", "--format", "json", "--no-cache", input=MAIL)
    data = json.loads(named.stdout)
    found = [(f["path"], f["rule"], f["line"], f["key"]) for f in data["findings"]]
    # the e-mail reader: the Subject is linted, the X-Opmerking header is not
    assert found == [("mail.eml", "vague-zsm", 4, "Subject")]
    plain = json.loads(cli("check", "-", "--format", "json", "--no-cache", input=MAIL).stdout)
    zsm = {(f["path"], f["line"]) for f in plain["findings"] if f["rule"] == "vague-zsm"}
    assert zsm == {("<stdin>", 3), ("<stdin>", 4)}  # as plain text, the header is text too
