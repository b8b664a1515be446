"""One :class:`~smartlint.api.Linter` per configuration, rebuilt when it changes.

A document is linted with the configuration ``smartlint check`` would use for it:
the nearest ``.smartlint.yaml``/``pyproject.toml`` from the document's folder
upward (an unsaved document: its workspace folder's).  Each lint first compares
the config file's (and its packs') size and modification time with those the
linter was built from, so an edit is picked up even by a client that sends no
file events; ``workspace/didChangeWatchedFiles`` and saving the config just make
it immediate (:meth:`LinterPool.forget`).

A broken config or pack is a :class:`ConfigProblem` (its one-line error), which
the server shows as a diagnostic; it is remembered per file signature, so it is
not parsed again on every keystroke.  Linters share the loaded spaCy pipeline
(``smartlint.nlp.load_pipeline`` is cached), so several folders cost one load.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from smartlint.api import Linter
from smartlint.config import find_config
from smartlint.errors import SmartlintError

_MAX_LINTERS = 8
_PROBLEM_RETRY_SECONDS = 3


@dataclass(frozen=True)
class ConfigProblem:
    """A configuration that cannot be used: the one line ``smartlint check`` prints."""

    message: str
    config: Path | None


def _stat(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (-1, -1)
    return (st.st_mtime_ns, st.st_size)


def _signature(config: Path | None, packs: list[str], problem: bool = False) -> tuple:
    """What a linter depends on: the files' stats and the date (a server that runs
    past midnight checks dates against the new day).  A problem is looked at again
    every few seconds, as the pack that caused it may have been mended."""
    files = tuple(_stat(p) for p in ([config] if config else []) + [Path(p) for p in packs])
    return (files, date.today(), int(time.monotonic() // _PROBLEM_RETRY_SECONDS) if problem else 0)


class LinterPool:
    def __init__(self) -> None:
        # config path (None: no config) -> (signature, packs, Linter or ConfigProblem)
        self._entries: dict[Path | None, tuple[tuple, list[str], Linter | ConfigProblem]] = {}
        self._lock = threading.Lock()

    def get(self, folder: Path) -> Linter | ConfigProblem:
        """The linter for documents in ``folder`` (built, or rebuilt if its config changed)."""
        try:
            config = find_config(folder)
        except OSError:
            config = None
        with self._lock:
            entry = self._entries.get(config)
            if entry is not None and entry[0] == _signature(config, entry[1], isinstance(entry[2], ConfigProblem)):
                return entry[2]
            linter = self._build(config, folder)
            problem = isinstance(linter, ConfigProblem)
            packs = [] if problem else list(linter.settings.packs)
            if len(self._entries) >= _MAX_LINTERS:
                self._entries.clear()
            self._entries[config] = (_signature(config, packs, problem), packs, linter)
            return linter

    def depends_on(self, path: Path) -> bool:
        """Whether a linter was built from this file (a config or a pack)."""
        path = path.resolve()
        with self._lock:
            return any(
                path == config or path in {Path(p).resolve() for p in packs}
                for config, (_, packs, _linter) in self._entries.items()
            )

    def forget(self, path: Path | None = None) -> None:
        """Drop the linter of this config file (all linters when None)."""
        with self._lock:
            if path is None:
                self._entries.clear()
            else:
                self._entries.pop(path.resolve(), None)

    @staticmethod
    def _build(config: Path | None, folder: Path) -> Linter | ConfigProblem:
        try:
            # In memory: an edit to one message of a library re-analyses only that one.
            return Linter(config=config if config else False, root=folder, cache="memory")
        except SmartlintError as err:
            return ConfigProblem(str(err), config)
        except Exception as err:  # noqa: BLE001 - a bug must not take the server down
            return ConfigProblem(f"internal error reading the configuration: {type(err).__name__}: {err}", config)
