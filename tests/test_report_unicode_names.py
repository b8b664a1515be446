"""File names that are not valid UTF-8 (issue 10): JSON and SARIF stay valid UTF-8."""

from __future__ import annotations

import json
import os

import pytest
from cli_fakes import install_fakes
from typer.testing import CliRunner

from smartlint.cli import app
from smartlint.report.sarif import artifact_uri
from smartlint.report.unicode_safe import printable, printable_tree

NAME = "caf\udce9.txt"  # the bytes b"caf\xe9.txt" as Python hands them over


def test_printable_escapes_undecodable_bytes_only():
    assert printable(NAME) == "caf\\xe9.txt"
    assert printable("café.txt") == "café.txt"
    assert printable("a\ud800b") == "a\\ud800b"
    assert printable_tree({NAME: [NAME, 1, None]}) == {"caf\\xe9.txt": ["caf\\xe9.txt", 1, None]}


def test_sarif_uri_percent_encodes_the_real_bytes():
    assert artifact_uri(NAME, ".") == "caf%E9.txt"
    assert artifact_uri("map/café.txt", ".") == "map/caf%C3%A9.txt"


@pytest.fixture
def odd_name(tmp_path, monkeypatch):
    install_fakes(monkeypatch)
    monkeypatch.chdir(tmp_path)
    try:
        with open(os.fsencode(tmp_path) + b"/caf\xe9.txt", "wb") as f:
            f.write("We gaan er zo snel mogelijk mee aan de slag.\n".encode())
    except OSError:
        pytest.skip("the file system refuses names that are not UTF-8")


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_output_is_valid_utf8_and_names_the_file(odd_name, fmt):
    result = CliRunner().invoke(app, ["check", "--no-cache", "--format", fmt, "."])
    assert result.exit_code == 1, result.output
    text = result.stdout_bytes.decode("utf-8")  # strict: no invalid UTF-8 written
    data = json.loads(text)
    if fmt == "json":
        assert {f["path"] for f in data["findings"]} == {"caf\\xe9.txt"}
    else:
        (run,) = data["runs"]
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
        assert uris == {"caf%E9.txt"}


def test_one_line_shows_control_characters_as_escapes():
    from smartlint.report.unicode_safe import one_line

    assert one_line("a\nb\x1b[2Jc\udce9.txt\t") == "a\\nb\\x1b[2Jc\\xe9.txt\\t"
    assert one_line("map/café.txt") == "map/café.txt"


def test_a_name_with_a_line_break_or_escape_keeps_the_text_report_one_line_per_finding(tmp_path, monkeypatch):
    install_fakes(monkeypatch)
    monkeypatch.chdir(tmp_path)
    try:
        (tmp_path / "a\nb\x1b[31m.txt").write_text("We bellen u zo snel mogelijk.\n", encoding="utf-8")
    except OSError:
        pytest.skip("the file system refuses such names")
    result = CliRunner().invoke(app, ["check", "--no-cache", "-q", "."])
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("a\\nb\\x1b[31m.txt:1:") for line in lines), result.stdout
    assert "\x1b" not in result.stdout
