"""The pre-commit hook, run for real with ``pre-commit try-repo``.

``try-repo`` builds a fresh virtualenv and pip-installs smartlint into it, so this
test is slow (minutes) and is marked ``slow``.  It installs from a snapshot of this
working tree (tracked and untracked files that git does not ignore, committed in a
temporary repository): ``try-repo`` on the working tree itself only sees committed,
staged and modified tracked files, not new ones, and several engineers edit the
tree at once.  In a clean clone (CI) the snapshot equals HEAD.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
HOOKS = REPO / ".pre-commit-hooks.yaml"
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
VAGUE = (
    "Beste meneer De Vries,\n\n"
    "We gaan er zo snel mogelijk mee aan de slag en u hoort binnenkort van ons.\n\n"
    "Met vriendelijke groet,\n\nFloortje Bakker\n"
)


def good_draft(today: date | None = None) -> str:
    """A concrete reply whose promised date is next week's Monday (never in the past)."""
    today = today or date.today()
    monday = today + timedelta(days=7 - today.weekday())
    when = f"{WEEKDAYS[monday.weekday()]} {monday.day} {MONTHS[monday.month - 1]} {monday.year}"
    return (
        "Beste meneer De Vries,\n\n"
        "Dank voor uw bericht over uw factuur.\n"
        f"Sanne belt u {when} vóór 12.00 uur terug met het gecorrigeerde bedrag.\n\n"
        "Met vriendelijke groet,\n\nFloortje Bakker\n"
    )


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def snapshot_of_this_tree(target: Path) -> Path:
    files = git("ls-files", "--cached", "--others", "--exclude-standard", "-z", cwd=REPO).split("\0")
    for name in filter(None, files):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    git("init", "-q", cwd=target)
    git("add", "-A", cwd=target)
    git("commit", "-q", "-m", "snapshot", cwd=target)
    return target


def test_hook_definition():
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == "smartlint" and hook["entry"] == "smartlint check"
    assert hook["language"] == "python" and hook["types_or"] == ["text"]
    assert hook["require_serial"] is True  # one pipeline load per commit, not one per batch
    import re

    pattern = re.compile(hook["files"])
    excluded = re.compile(hook["exclude"])
    for name in ("a.txt", "b.md", "c.markdown", "d.html", "e.htm", "f.eml", "g.yaml", "h.yml", "i.json", "j.csv",
                 "locale/nl.po", "k.pot", "l.xlf", "m.xliff", "locales/nl/package.yml", "resources/lang/nl/auth.php",
                 "language/dutch/translations_lang.php", "protected/modules/user/messages/nl/auth.php",
                 "app/src/main/res/values-nl/strings.xml", "src/locales/nl.js", "src/i18n/nl-NL.ts",
                 "translations/app_nl.ts", "language/nl-NL/nl-NL.com_shop.ini", "messages_nl.xtb"):
        assert pattern.search(name) and not excluded.search(name), name
    for name in ("a.py", "b.txt.bak", "c.pdf", "app/Http/Controllers/MailController.php", "langs.php",
                 "src/components/Checkout.ts", "src/main.js", "tox.ini", "pytest.ini",
                 "pom.xml", "app/src/main/res/layout/main.xml"):
        assert not pattern.search(name), name
    # Tool files with a library's suffix are not sent to smartlint.
    for name in ("package.json", "web/package-lock.json", "mkdocs.yml", "tsconfig.app.json", "composer.json",
                 ".pre-commit-config.yaml", ".github/workflows/ci.yml", "docker-compose.prod.yml"):
        assert excluded.search(name), name


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None, reason="pre-commit is not installed (pip install pre-commit)")
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_try_repo_fails_on_a_vague_draft_and_passes_on_a_good_one(tmp_path):
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    source = snapshot_of_this_tree(tmp_path / "smartlint-src")
    project = tmp_path / "project"
    project.mkdir()
    git("init", "-q", cwd=project)
    draft = project / "reply.txt"
    draft.write_text(VAGUE, encoding="utf-8")
    git("add", "reply.txt", cwd=project)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}
    env.pop("VIRTUAL_ENV", None)

    def try_repo() -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(source), "smartlint", "--all-files", "--color", "never"],
            cwd=project, env=env, capture_output=True, text=True, timeout=1800,
        )

    failed = try_repo()
    report = failed.stdout + failed.stderr
    assert failed.returncode == 1, report
    assert "Failed" in report and "reply.txt:3:" in report and "vague" in report, report
    assert draft.read_text(encoding="utf-8") == VAGUE  # the hook never edits files

    draft.write_text(good_draft(), encoding="utf-8")
    git("add", "reply.txt", cwd=project)
    passed = try_repo()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


def test_every_package_folder_is_in_the_wheel_list():
    """pyproject lists packages by hand (packages.find cannot see smartlint.rules);
    a new subpackage missing from the list would be left out of the installed hook."""
    tomllib = pytest.importorskip("tomllib")

    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "smartlint").rglob("__init__.py")
        if "nl_smartlint_sm" not in init.parts
    }
    assert found | {"smartlint.rules"} == listed
