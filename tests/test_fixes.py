"""Safe fixes: which findings carry one, and `check --fix` / `--diff`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from smartlint.cli import app
from smartlint.errors import PackError
from smartlint.fixes import apply_fixes, pack_replacement, unified_diff, validate_fix_spec

TODAY = "2026-11-22"
FIXABLE = (
    "Beste Jan,\n\nMartin is bij een klant. Sanne belt u dinsdag 2 december 2026 terug.\n\n"
    "Met vriendelijke groet,\nSanne\n"
)
FIXED = (
    "Beste Jan,\n\nMartin is buiten de deur. Sanne belt u woensdag 2 december 2026 terug.\n\n"
    "Met vriendelijke groet,\nSanne\n"
)
SPEC = validate_fix_spec({"after": ["is"], "replace": {"Bij een  klant": "buiten de deur"}}, PackError)


def check(*args: str):
    return CliRunner().invoke(app, ["check", "--today", TODAY, "--no-cache", *args])


def test_a_pack_fix_needs_its_words_and_its_position():
    text = "Martin is bij een klant. We zagen dit bij een klant. Hij is, bij een klant, weg."
    first = text.index("bij een klant")
    assert pack_replacement(SPEC, text, first, first + 13) == "buiten de deur"
    second = text.index("bij een klant", first + 1)
    assert pack_replacement(SPEC, text, second, second + 13) is None  # after 'dit'
    third = text.index("bij een klant", second + 1)
    assert pack_replacement(SPEC, text, third, third + 13) is None  # a comma between
    assert pack_replacement(SPEC, "Is Bij een klant", 3, 16) == "Buiten de deur"


@pytest.mark.parametrize("raw", [["x"], {"replace": {}}, {"replace": {"a": ""}}, {"replace": {"a": "b"}, "als": 1}])
def test_a_malformed_fix_is_a_pack_error(raw):
    with pytest.raises(PackError):
        validate_fix_spec(raw, PackError)


def test_fix_writes_only_fixable_findings_and_is_idempotent(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "draft.txt"
    draft.write_bytes(FIXABLE.replace("\n", "\r\n").encode("utf-8"))
    clean = tmp_path / "clean.txt"
    clean.write_text("Zo snel mogelijk bellen we u.\n", encoding="utf-8")  # findings, none fixable
    clean_before = (clean.read_bytes(), clean.stat().st_mtime_ns)

    run = check("--fix", "--format", "json", "draft.txt", "clean.txt")
    assert run.exit_code in (0, 1), run.output
    assert draft.read_bytes() == FIXED.replace("\n", "\r\n").encode("utf-8")  # line endings kept
    assert (clean.read_bytes(), clean.stat().st_mtime_ns) == clean_before
    report = json.loads(run.stdout)
    # The report is of the fixed text: no fixable finding is left, positions are exact.
    assert not [f for f in report["findings"] if f["fix"]]
    text = draft.read_bytes().decode("utf-8")
    for finding in report["findings"]:
        if finding["path"] == "draft.txt":
            assert text[finding["start"]:finding["end"]] == finding["text"]
    assert "fixed 2 problems in 1 file" in run.stderr

    after_first = (draft.read_bytes(), draft.stat().st_mtime_ns)
    again = check("--fix", "draft.txt", "clean.txt")
    assert again.exit_code in (0, 1), again.output
    assert (draft.read_bytes(), draft.stat().st_mtime_ns) == after_first
    assert "fixed 0 problems in 0 files" in again.stderr


def test_diff_shows_the_fixes_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "draft.txt"
    draft.write_text(FIXABLE, encoding="utf-8")
    run = check("--diff", "draft.txt")
    assert run.exit_code == 1, run.output
    assert run.stdout == unified_diff("draft.txt", FIXABLE, FIXED)
    assert "-Martin is bij een klant." in run.stdout and "+Martin is buiten de deur." in run.stdout
    assert draft.read_text(encoding="utf-8") == FIXABLE
    draft.write_text(FIXED, encoding="utf-8")
    run = check("--diff", "draft.txt")
    assert (run.exit_code, run.stdout) == (0, "")


def test_no_fix_inside_an_entity_or_under_a_directive(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "page.html"
    page.write_text("<p>Martin is bij een&#32;klant.</p>\n<p>Sanne is bij een klant.</p>\n", encoding="utf-8")
    mail = tmp_path / "note.md"
    mail.write_text("<!-- smartlint-disable-next-line other-client -->\nMartin is bij een klant.\n", encoding="utf-8")
    run = check("--format", "json", "page.html", "note.md")
    visits = [f for f in json.loads(run.stdout)["findings"] if f["rule"] == "other-client-visit"]
    assert [(f["path"], f["line"], f["fix"] is not None) for f in visits] == [("page.html", 1, False), ("page.html", 2, True)]
    check("--fix", "page.html", "note.md")
    assert page.read_text(encoding="utf-8").endswith("<p>Sanne is buiten de deur.</p>\n")
    assert "bij een&#32;klant" in page.read_text(encoding="utf-8")
    assert "Martin is bij een klant." in mail.read_text(encoding="utf-8")


def test_a_cp1252_file_keeps_its_encoding(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "oud.txt"
    draft.write_bytes("Beste Jos\xe9,\n\nMartin is bij een klant.\n".encode("cp1252"))
    check("--fix", "oud.txt")
    assert draft.read_bytes() == "Beste Jos\xe9,\n\nMartin is buiten de deur.\n".encode("cp1252")


def test_fix_and_standard_input(tmp_path):
    run = CliRunner().invoke(app, ["check", "--fix", "-"], input="Martin is bij een klant.\n")
    assert run.exit_code == 2 and "cannot fix standard input" in run.stderr
    run = CliRunner().invoke(app, ["check", "--diff", "--today", TODAY, "-"], input="Martin is bij een klant.\n")
    assert run.exit_code == 1 and "+Martin is buiten de deur." in run.stdout


def test_overlapping_fixes_take_the_first():
    from smartlint.findings import Finding, Fix

    def finding(start, end, replacement):
        return Finding("r", "other-client", "warning", "m", "p", start, end, "abcdef"[start:end],
                       fix=Fix(replacement, start, end, 1, start + 1, 1, end + 1))

    text, applied = apply_fixes("abcdef", [finding(2, 5, "X"), finding(1, 3, "Y"), finding(5, 6, "Z")])
    assert text == "aYdeZ" and len(applied) == 2


def test_fix_writes_through_a_symlink(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "echt.txt"
    target.write_text("Martin is bij een klant.\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(target)
    check("--fix", "link.txt")
    assert (tmp_path / "link.txt").is_symlink()
    assert target.read_text(encoding="utf-8") == "Martin is buiten de deur.\n"
