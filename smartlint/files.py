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

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from smartlint.errors import InputError

STDIN = "-"
# Hidden files and folders (.git, .github, .smartlint.yaml, .pre-commit-config.yaml)
# and tool folders are never customer messages.
DEFAULT_EXCLUDE = (".*", "node_modules", "__pycache__", "venv", "site-packages")


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


def _relative_to_root(path: Path, root: Path, fallback: Path) -> str:
    for base in (root, fallback):
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path.name


def _display(path: Path) -> str:
    text = path.as_posix()
    return text[2:] if text.startswith("./") else text


class _Selector:
    def __init__(self, root: Path, include: list[str], exclude: list[str], suffixes: Iterable[str]):
        self.root = root
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
            return path.suffix.lower() in self.suffixes
        relative = _relative_to_root(path, self.root, walked)
        # A pattern without "/" is about the file name, not about its folders.
        return any(
            _glob_regex(p.lstrip("/")).match(relative if "/" in p else path.name) for p in self.include
        )

    def walk(self, folder: Path) -> list[Path]:
        found = []
        for current, dirs, files in os.walk(folder):
            here = Path(current)
            # Prune excluded folders in place so os.walk never enters them.
            dirs[:] = sorted(d for d in dirs if not self.excluded(here / d, folder))
            for name in sorted(files):
                path = here / name
                if self.included(path, folder) and not self.excluded(path, folder):
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
    stdin_display: str | None = None,
) -> Expansion:
    """Resolve PATH arguments; each bad argument becomes an error, the rest go on."""
    selector = _Selector(root, list(include or []), list(exclude or []), suffixes)
    result = Expansion()
    seen: set[str] = set()

    def add(target: Target) -> None:
        key = "<stdin>" if target.path is None else str(target.path.resolve())
        if key not in seen:
            seen.add(key)
            result.targets.append(target)

    for argument in arguments:
        if argument == STDIN:
            add(Target(None, stdin_display or "<stdin>"))
            continue
        path = Path(argument).expanduser()
        if path.is_dir():
            files = selector.walk(path)
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
            result.errors.append(InputError("broken symbolic link", path=argument))
        else:
            result.errors.append(InputError("no such file or folder", path=argument))
    return result
