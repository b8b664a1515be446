"""Small CLI promises: help without Python types, init without docs/ paths, named
pipes refused, an unwritable cache folder named in one warning."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smartlint.cli import app

TODAY = "2026-11-22"


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "150")
    return CliRunner()


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["explain", "--help"], ["init", "--help"]])
def test_help_shows_no_python_types(runner, args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert "<bool>" not in result.output and "list[str]" not in result.output
    assert re.search(r"--help\s+-h\s+Show this message", result.output)


def test_check_help_still_shows_value_metavars_and_choices(runner):
    output = runner.invoke(app, ["check", "--help"]).output
    assert "<text|json|sarif|github>" in output and "YYYY-MM-DD" in output and "PATH" in output


def test_init_points_at_commands_not_at_repository_docs(runner, tmp_path):
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0
    written = (tmp_path / ".smartlint.yaml").read_text(encoding="utf-8")
    for text in (result.output, written):
        assert "docs/cli.md" not in text
    assert "smartlint explain" in result.output and "smartlint check --help" in written


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_in_one_line_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    ok = tmp_path / "ok.txt"
    ok.write_text("We bellen u zo snel mogelijk.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "smartlint", "check", "--no-cache", "--today", TODAY, str(fifo), str(ok)],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {fifo}: not a regular file (a named pipe or device); pipe its contents to "
                      f"standard input: smartlint check - < {fifo}"]
    assert "vague-zsm" in proc.stdout  # the other file is still linted
    assert "empty file" not in proc.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_unwritable_cache_folder_gives_one_warning_and_the_run_goes_on(runner, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o500)
    _unwritable_cache_run(runner, tmp_path, monkeypatch, cache)


def test_cache_path_that_is_a_file_gives_one_warning_and_the_run_goes_on(runner, tmp_path, monkeypatch):
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder", encoding="utf-8")  # mkdir fails even for root
    _unwritable_cache_run(runner, tmp_path, monkeypatch, blocker)


def _unwritable_cache_run(runner, tmp_path: Path, monkeypatch, cache: Path) -> None:
    monkeypatch.setenv("SMARTLINT_CACHE_DIR", str(cache))
    (tmp_path / "draft.txt").write_text("We bellen u zo snel mogelijk.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--today", TODAY, "draft.txt"])
    assert result.exit_code == 1, result.output  # findings, no error
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "cannot write the result cache" in warnings[0] and str(cache) in warnings[0]
    assert "vague-zsm" in result.stdout
