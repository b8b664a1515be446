"""Expanding the PATH arguments of ``smartlint check`` into the files to read.

A file argument is taken as named (only ``exclude`` applies to it, so a pre-commit
run can skip ``.pre-commit-config.yaml``); a directory is walked recursively and
keeps the files that match ``include`` (default: every supported suffix) and no
``exclude`` pattern; ``-`` stands for standard input.

Glob patterns: a pattern without ``/`` matches any single part of the path (a file
or folder name, ``*.md``, ``archive``); a pattern with ``/`` matches the whole path
relative to the project root (the config file's folder), where ``**`` spans folders.
"""

from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from smartlint.errors import InputError

STDIN = "-"
# Hidden files and folders (.git, .github, .smartlint.yaml, .pre-commit-config.yaml)
# and tool folders are never customer messages.
DEFAULT_EXCLUDE = (
    ".*", "node_modules", "__pycache__", "venv", "site-packages",
    # Project and tool files that share a library's suffix but hold no messages (a
    # pre-commit run sends every staged .json/.yml; .pre-commit-hooks.yaml lists them too).
    "package.json", "package-lock.json", "composer.json", "composer.lock", "tsconfig*.json", "jsconfig.json",
    "mkdocs.yml", "mkdocs.yaml", "docker-compose*.yml", "docker-compose*.yaml", "renovate.json", "*.schema.json",
)
_FOLDER_SEEN = "links to a folder that is already checked (a loop or a second path to it)"
_UNREADABLE_FOLDER = "cannot read this folder"


@dataclass(frozen=True)
class Target:
    """One input: a file (``path``) or standard input (``path is None``)."""

    path: Path | None
    display: str  # how findings and errors name it

    @property
    def is_stdin(self) -> bool:
        return self.path is None


@dataclass
class Expansion:
    targets: list[Target] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (display path, why)


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2 :]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1 : end]
            body = "^" + body[1:] if body.startswith("!") else body
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def matches_any(relative: str, patterns: Iterable[str], named_parts: int = 0) -> bool:
    """Whether the ``/``-separated relative path matches one of the glob patterns.

    The first ``named_parts`` parts (the folder the user named) are exempt from
    name patterns, so ``smartlint check .drafts`` still walks ``.drafts``.
    """
    parts = [p for p in relative.split("/") if p not in ("", ".", "..")]
    for pattern in patterns:
        pattern = pattern.strip().rstrip("/")
        if not pattern:
            continue
        if "/" in pattern:
            if _glob_regex(pattern.lstrip("/")).match("/".join(parts)):
                return True
        elif any(_glob_regex(pattern).match(part) for part in parts[named_parts:]):
            return True
    return False


def _resolved(path: Path) -> Path:
    """``path.resolve()``, or the absolute path when a symbolic link loops (Python
    3.11 raises RuntimeError there, later versions OSError)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _relative_to_root(path: Path, root: Path, fallback: Path) -> str:
    for base in (root, fallback):
        try:
            return _resolved(path).relative_to(_resolved(base)).as_posix()
        except ValueError:
            continue
    return path.name


def _dangling_link(path: Path) -> str | None:
    """Why a symbolic link found in a folder cannot be read, or None if it can."""
    if not path.is_symlink():
        return None
    try:
        path.stat()
    except OSError as err:
        return "symbolic link loop" if err.errno == errno.ELOOP else "broken symbolic link"
    except RuntimeError:
        return "symbolic link loop"
    return None


def _folder_id(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except (OSError, RuntimeError):
        return None
    return info.st_dev, info.st_ino


def _display(path: Path) -> str:
    text = path.as_posix()
    return text[2:] if text.startswith("./") else text


class _Selector:
    def __init__(self, root: Path, include: list[str], exclude: list[str], suffixes: Iterable[str],
                 walkable: Callable[[Path], bool] | None = None):
        self.root = root
        self.walkable = walkable
        self.include = include
        self.exclude = [*DEFAULT_EXCLUDE, *exclude]
        self.suffixes = {s.lower() for s in suffixes}

    def excluded(self, path: Path, walked: Path | None = None) -> bool:
        """``walked``: the folder argument being walked (None for a named file)."""
        relative = _relative_to_root(path, self.root, walked or Path.cwd())
        named = 0
        if walked is not None:
            folder = _relative_to_root(walked, self.root, walked)
            named = len([p for p in folder.split("/") if p not in ("", ".", "..")])
            named = named if relative.startswith(folder) else 0
        return matches_any(relative, self.exclude, named)

    def included(self, path: Path, walked: Path) -> bool:
        if not self.include:
            return path.suffix.lower() in self.suffixes and (self.walkable is None or self.walkable(path))
        relative = _relative_to_root(path, self.root, walked)
        # A pattern without "/" is about the file name, not about its folders.
        return any(
            _glob_regex(p.lstrip("/")).match(relative if "/" in p else path.name) for p in self.include
        )

    def walk(self, folder: Path, skipped: list[tuple[str, str]]) -> list[Path]:
        """The files to check under ``folder``; unreadable links go to ``skipped`` with why.

        Symbolic links to folders are followed, each real folder once: a link back
        up the tree (a loop) or a second link to a folder already walked is skipped
        with a note, so no file is read twice and no walk runs forever.
        """
        found = []
        walked = {_folder_id(folder)}
        for current, dirs, files in os.walk(folder, followlinks=True):
            here = Path(current)
            # Prune excluded and already-walked folders in place so os.walk never enters them.
            kept = []
            for name in sorted(dirs):
                sub = here / name
                if self.excluded(sub, folder):
                    continue
                identity = _folder_id(sub)
                if identity is None or identity in walked:
                    why = _UNREADABLE_FOLDER if identity is None else _FOLDER_SEEN
                    skipped.append((_display(sub), f"{why}; not followed"))
                    continue
                walked.add(identity)
                kept.append(name)
            dirs[:] = kept
            for name in sorted(files):
                path = here / name
                if self.included(path, folder) and not self.excluded(path, folder):
                    problem = _dangling_link(path)
                    if problem:
                        skipped.append((_display(path), f"{problem}; not checked"))
                    else:
                        found.append(path)
        return found

    def describe(self) -> str:
        if self.include:
            return "include: " + ", ".join(self.include)
        return "supported suffixes: " + ", ".join(sorted(self.suffixes))


def expand_paths(
    arguments: Iterable[str],
    *,
    root: Path,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    suffixes: Iterable[str] = (),
    walkable: Callable[[Path], bool] | None = None,
    stdin_display: str | None = None,
) -> Expansion:
    """Resolve PATH arguments; each bad argument becomes an error, the rest go on.
    ``walkable``: whether a folder walk takes a file with a supported suffix (named
    files are always taken)."""
    selector = _Selector(root, list(include or []), list(exclude or []), suffixes, walkable)
    result = Expansion()
    seen: set[str] = set()

    def add(target: Target) -> None:
        key = "<stdin>" if target.path is None else str(_resolved(target.path))
        if key not in seen:
            seen.add(key)
            result.targets.append(target)

    for argument in arguments:
        if argument == STDIN:
            add(Target(None, stdin_display or "<stdin>"))
            continue
        path = Path(argument).expanduser()
        if path.is_dir():
            files = selector.walk(path, result.skipped)
            if not files:
                result.errors.append(
                    InputError(f"no files to check in this folder ({selector.describe()})", path=argument)
                )
            for file in files:
                add(Target(file, _display(file)))
        elif path.exists():
            if selector.excluded(path):
                result.skipped.append((_display(path), "excluded by the exclude patterns"))
            else:
                add(Target(path, _display(path)))
        elif path.is_symlink():
            result.errors.append(InputError(_dangling_link(path) or "broken symbolic link", path=argument))
        else:
            result.errors.append(InputError("no such file or folder", path=argument))
    return result
