"""Expanding PATH arguments: files, folders with include/exclude globs, and stdin."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartlint.files import STDIN, expand_paths, matches_any

SUFFIXES = (".txt", ".md", ".yaml", ".json")


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Beste klant,\n", encoding="utf-8")


def expand(tmp_path, *args, include=None, exclude=None, root=None):
    return expand_paths(args, root=root or tmp_path, include=include, exclude=exclude, suffixes=SUFFIXES)


def shown(expansion, base: Path) -> list[str]:
    return [t.path.relative_to(base).as_posix() if t.path else t.display for t in expansion.targets]


@pytest.mark.parametrize(
    ("path", "patterns", "expected"),
    [
        ("a/b/c.md", ["*.md"], True),
        ("a/b/c.md", ["b"], True),
        ("a/b/c.md", ["a/*.md"], False),
        ("a/b/c.md", ["a/**/*.md"], True),
        ("c.md", ["**/*.md"], True),
        ("a/b/c.md", ["a/**"], True),
        ("a/b/c.md", ["/a/b/"], False),  # a folder pattern with "/" matches the whole path only
        ("a/b/c.md", ["c.[mM]d"], True),
        ("a/b/c.md", ["c.[!m]d"], False),
        ("a/b/c.md", ["?.md"], True),
        ("./x/../c.md", ["c.md"], True),
        ("a/b/c.md", [""], False),
    ],
)
def test_glob_matching(path, patterns, expected):
    assert matches_any(path, patterns) is expected


def test_folder_is_walked_recursively_for_supported_files(tmp_path):
    touch(tmp_path, "a.txt", "sub/b.md", "sub/deep/c.yaml", "sub/d.pdf", "e.TXT")
    result = expand(tmp_path, str(tmp_path))
    assert shown(result, tmp_path) == ["a.txt", "e.TXT", "sub/b.md", "sub/deep/c.yaml"]
    assert not result.errors


def test_hidden_and_tool_folders_are_skipped(tmp_path):
    touch(tmp_path, "a.txt", ".git/x.txt", ".github/workflows/ci.yaml", "node_modules/p/r.md",
          ".smartlint.yaml", ".pre-commit-config.yaml", "venv/n.txt")
    assert shown(expand(tmp_path, str(tmp_path)), tmp_path) == ["a.txt"]


def test_a_named_hidden_folder_is_still_walked(tmp_path):
    touch(tmp_path, ".drafts/a.txt", ".drafts/.hidden.txt")
    assert shown(expand(tmp_path, str(tmp_path / ".drafts")), tmp_path) == [".drafts/a.txt"]


def test_include_and_exclude_patterns(tmp_path):
    touch(tmp_path, "a.txt", "b.md", "templates/x.yaml", "templates/old/y.yaml", "archive/z.md")
    result = expand(tmp_path, str(tmp_path), include=["*.md", "templates/**/*.yaml"], exclude=["archive", "templates/old/**"])
    assert shown(result, tmp_path) == ["b.md", "templates/x.yaml"]


def test_patterns_are_relative_to_the_root_even_when_walking_a_subfolder(tmp_path):
    touch(tmp_path, "templates/x.yaml", "templates/old/y.yaml")
    result = expand(tmp_path, str(tmp_path / "templates"), exclude=["templates/old/**"])
    assert shown(result, tmp_path) == ["templates/x.yaml"]


def test_named_files_bypass_include_but_not_exclude(tmp_path):
    touch(tmp_path, "notes.rst", "old.txt", ".pre-commit-config.yaml")
    result = expand(tmp_path, str(tmp_path / "notes.rst"), str(tmp_path / "old.txt"),
                    str(tmp_path / ".pre-commit-config.yaml"), exclude=["old.txt"])
    assert shown(result, tmp_path) == ["notes.rst"]
    assert [why for _, why in result.skipped] == ["excluded by the exclude patterns"] * 2


def test_missing_paths_and_empty_folders_are_errors_but_the_rest_goes_on(tmp_path):
    touch(tmp_path, "ok.txt", "pics/a.png")
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    result = expand(tmp_path, "nope.txt", str(tmp_path / "pics"), str(tmp_path / "ok.txt"), str(tmp_path / "link.txt"))
    assert shown(result, tmp_path) == ["ok.txt"]
    messages = [str(e) for e in result.errors]
    assert messages[0] == "nope.txt: no such file or folder"
    assert messages[1].startswith(f"{tmp_path / 'pics'}: no files to check in this folder (supported suffixes: .json, .md")
    assert messages[2] == f"{tmp_path / 'link.txt'}: broken symbolic link"


def test_empty_folder_error_names_the_include_patterns(tmp_path):
    touch(tmp_path, "a.txt")
    (error,) = expand(tmp_path, str(tmp_path), include=["*.eml"]).errors
    assert "include: *.eml" in str(error)


def test_stdin_and_duplicates(tmp_path):
    touch(tmp_path, "a.txt")
    result = expand(tmp_path, STDIN, str(tmp_path / "a.txt"), str(tmp_path), STDIN)
    assert [t.display for t in result.targets] == ["<stdin>", str(tmp_path / "a.txt")]
    assert result.targets[0].is_stdin


def test_display_paths_are_as_given(tmp_path, monkeypatch):
    touch(tmp_path, "drafts/a.txt")
    monkeypatch.chdir(tmp_path)
    assert [t.display for t in expand(tmp_path, "drafts").targets] == ["drafts/a.txt"]
    assert [t.display for t in expand(tmp_path, "./drafts/a.txt").targets] == ["drafts/a.txt"]


# -- symbolic links (issue 10: one loop ended the whole run) --------------------------------
def test_a_symlink_loop_in_a_folder_is_a_note_and_the_other_files_go_on(tmp_path):
    touch(tmp_path, "ok.txt")
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    (tmp_path / "weg.txt").symlink_to("nergens.txt")
    result = expand(tmp_path, str(tmp_path))
    assert shown(result, tmp_path) == ["ok.txt"]
    assert not result.errors
    assert [(Path(p).name, why) for p, why in result.skipped] == [
        ("a.txt", "symbolic link loop; not checked"),
        ("b.txt", "symbolic link loop; not checked"),
        ("weg.txt", "broken symbolic link; not checked"),
    ]


def test_a_named_symlink_loop_is_one_error(tmp_path):
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    result = expand(tmp_path, str(tmp_path / "a.txt"))
    assert [str(e) for e in result.errors] == [f"{tmp_path / 'a.txt'}: symbolic link loop"]


def test_symlinked_folders_are_followed_once_and_loops_are_cut(tmp_path):
    touch(tmp_path, "real/a.txt", "real/deep/b.md", "other/c.txt")
    (tmp_path / "real" / "deep" / "up").symlink_to(tmp_path / "real")  # a loop
    (tmp_path / "alias").symlink_to(tmp_path / "real")  # a second path to real/
    (tmp_path / "other" / "linked").symlink_to(tmp_path / "real" / "deep")
    result = expand(tmp_path, str(tmp_path / "other"), str(tmp_path))
    resolved = sorted(t.path.resolve().relative_to(tmp_path.resolve()).as_posix() for t in result.targets)
    assert resolved == ["other/c.txt", "real/a.txt", "real/deep/b.md"]  # each real file once
    notes = {Path(p).name: why for p, why in result.skipped}
    assert notes["up"].startswith("links to a folder that is already checked")
    assert not result.errors


def test_cli_reports_the_loop_and_lints_the_rest(tmp_path, monkeypatch):
    from cli_fakes import install_fakes
    from typer.testing import CliRunner

    from smartlint.cli import app

    install_fakes(monkeypatch)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.txt").write_text("We bellen u zo snel mogelijk.\n", encoding="utf-8")
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    result = CliRunner().invoke(app, ["check", "--no-cache", "."])
    assert result.exit_code == 1, result.output  # a finding in ok.txt, no internal error
    assert "ok.txt:1:" in result.stdout
    assert "note: a.txt: symbolic link loop; not checked" in result.stderr
    assert "internal error" not in result.output


def test_a_readers_unexpected_error_names_the_file_and_the_rest_is_linted(tmp_path, monkeypatch):
    """A bug in one reader is one line naming that file (exit 2), not a run that stops."""
    from cli_fakes import install_fakes
    from typer.testing import CliRunner

    import smartlint.run as run
    from smartlint.cli import app

    install_fakes(monkeypatch)
    monkeypatch.chdir(tmp_path)
    real_read = run._read

    def broken(target, settings, stdin):
        if target.display.endswith(".json"):
            raise ValueError("a reader's bug")
        return real_read(target, settings, stdin)

    monkeypatch.setattr(run, "_read", broken)
    (tmp_path / "ok.txt").write_text("We bellen u zo snel mogelijk.\n", encoding="utf-8")
    (tmp_path / "nl.json").write_text('{"a": "We bellen u zo snel mogelijk."}', encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--no-cache", "ok.txt", "nl.json"])
    assert result.exit_code == 2, result.output
    assert "ok.txt:1:" in result.stdout
    errors = [line for line in result.stderr.splitlines() if "nl.json" in line]
    assert len(errors) == 1 and "internal error while reading: ValueError: a reader's bug" in errors[0]
