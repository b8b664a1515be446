"""The result cache: findings per message, so an unchanged message is not parsed again.

What a message's findings depend on is hashed into two levels of key:

* the run's **fingerprint**: smartlint's version and the hash of its own code, the
  pipeline (its path, ``meta.json`` and ``config.cfg`` contents and the names and
  sizes of its files), the contents of every rule pack (built-in and user packs),
  and the settings that change results (today, context, client, clients, select,
  ignore, severity overrides, disabled rules);
* per segment: its text, its own reference date (``Segment.today``) and the rules
  disabled for it (``Segment.disabled``).

Findings are stored in segment-relative offsets (see :class:`SegmentFinding`); the
engine maps them to the file afterwards, so a message that moved inside its file
(or a file read under another display path) is still a hit.

Layout: ``<dir>/v1/<fingerprint>/<source>.json`` holds, for one input file, the
findings of each of its segments by segment hash.  A file is replaced atomically
(temporary file + ``os.replace``), so concurrent runs never see half a file; a
file that does not parse or does not look right is ignored and rebuilt.  A
fingerprint folder unused for :data:`PRUNE_AFTER_DAYS` days is deleted.

Where: ``SMARTLINT_CACHE_DIR``, else the config's ``cache_dir``, else
``$XDG_CACHE_HOME/smartlint`` (``~/.cache/smartlint``).  ``smartlint clean``
empties it.  Nothing here imports spaCy: a run whose messages are all cached never
loads the pipeline.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from smartlint import __version__

if TYPE_CHECKING:
    from smartlint.settings import Settings

ENV_VAR = "SMARTLINT_CACHE_DIR"
FORMAT = "v3"  # bump when the file layout or SegmentFinding changes (v3: no sentence, a replacement)
# One input file's entry is kilobytes; a file far larger is damage (or not ours), and
# reading it would cost memory for nothing.
_MAX_ENTRY_BYTES = 64 * 1024 * 1024
PRUNE_AFTER_DAYS = 7
_TAG = "CACHEDIR.TAG"
_TAG_TEXT = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This folder is the result cache of smartlint; `smartlint clean` removes it.\n"
)


class SegmentFinding(NamedTuple):
    """A finding in segment-relative offsets, before it is mapped to the file."""

    rule: str
    start: int
    end: int
    message: str
    suggestion: str | None
    replacement: str | None = None  # a safe fix of [start, end) (Hit.replacement)


class Unit(NamedTuple):
    """Everything of one segment that its findings depend on (besides the run)."""

    text: str
    today: date | None = None
    disabled: frozenset[str] = frozenset()
    kind: str | None = None
    library: bool = False  # a string of a message library, not a whole draft

    def digest(self) -> str:
        parts = [self.text, self.today.isoformat() if self.today else "", self.kind or "",
                 "library" if self.library else "", *sorted(self.disabled)]
        return _hash("\x00".join(parts).encode("utf-8"))


@dataclass
class CacheStats:
    enabled: bool = False
    hits: int = 0  # segments whose findings came from the cache
    misses: int = 0  # segments analysed in this run

    def to_dict(self) -> dict:
        return {"enabled": self.enabled, "hits": self.hits, "misses": self.misses}


def _hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def default_cache_dir(settings: "Settings | None" = None) -> Path:
    """``SMARTLINT_CACHE_DIR``, the config's ``cache_dir``, or the XDG cache folder."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    if settings is not None and settings.cache_dir:
        return Path(settings.cache_dir).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "smartlint"


# --- the run fingerprint --------------------------------------------------------------


def _code_hash() -> str:
    """smartlint's own Python files: a development checkout changes without a new version."""
    package = Path(__file__).resolve().parent
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(package.rglob("*.py")):
        h.update(str(path.relative_to(package)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _pipeline_identity(model: str | None) -> list:
    """Path, ``meta.json``/``config.cfg`` contents and file sizes of the pipeline.

    Found without importing spaCy (a package is located with ``importlib``).  File
    sizes and the metadata (which holds the trained scores) change with every new
    checkpoint; modification times are left out so a fresh clone can reuse a
    restored cache.
    """
    from importlib.util import find_spec

    from smartlint.nlp import resolve_model

    target = resolve_model(model)
    folder = Path(target)
    if not folder.exists():
        try:
            spec = find_spec(target)
        except (ImportError, ValueError):
            spec = None
        locations = list(spec.submodule_search_locations or []) if spec else []
        if not locations:
            return [target, "not found"]
        folder = Path(locations[0])
    files = []
    for current, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            path = Path(current) / name
            relative = path.relative_to(folder).as_posix()
            if name in ("meta.json", "config.cfg"):
                files.append([relative, _hash(path.read_bytes())])
            else:
                files.append([relative, path.stat().st_size])
    return [target, files]


def _pack_hashes(settings: "Settings") -> list:
    """The packs and the lexicon they and the clause analysis read (rules/lexicon.yaml
    or $SMARTLINT_LEXICON): a word added there changes the results."""
    from smartlint.nl.lexicon import lexicon_paths
    from smartlint.packs import builtin_pack_paths

    out = []
    for path in [*builtin_pack_paths(), *lexicon_paths(), *map(Path, settings.packs)]:
        try:
            out.append([path.name, _hash(path.read_bytes())])
        except OSError:
            out.append([str(path), "unreadable"])  # load_packs reports it
    return out


def fingerprint(settings: "Settings") -> str:
    """The hash of everything a run's results depend on, except the messages."""
    clients = [[c.name, *c.aliases] for c in settings.clients]
    key = {
        "smartlint": [__version__, _code_hash()],
        "pipeline": _pipeline_identity(settings.model),
        "packs": _pack_hashes(settings),
        "settings": {
            "today": settings.today.isoformat(),
            "context": settings.context,
            "client": settings.client,
            "clients": clients,
            "select": sorted(settings.select),
            "ignore": sorted(settings.ignore),
            "severity_overrides": sorted(settings.severity_overrides.items()),
            "disabled_rules": sorted(settings.disabled_rules),
            "library_sender": settings.library.sender,
        },
    }
    return _hash(json.dumps(key, sort_keys=True).encode("utf-8"))


def source_id(path: str) -> str:
    """Which cache file holds a document: its absolute path (or ``<stdin>`` here)."""
    if path.startswith("<"):
        return f"{path}@{os.getcwd()}"
    return os.path.abspath(path)


# --- the store ------------------------------------------------------------------------


class ResultCache:
    """Per-segment findings of one run configuration (one fingerprint)."""

    def __init__(self, directory: Path, run_fingerprint: str):
        self.root = Path(directory)
        self.folder = self.root / FORMAT / run_fingerprint[:32]
        self.stats = CacheStats(enabled=True)
        self._prepared = self._touched = False
        self.write_error: str | None = None  # the first failed store, for one warning

    @classmethod
    def for_settings(cls, settings: "Settings") -> "ResultCache":
        return cls(default_cache_dir(settings), fingerprint(settings))

    def _file(self, source: str) -> Path:
        return self.folder / (_hash(source.encode("utf-8")) + ".json")

    def lookup(self, source: str, units: list[Unit], rule_ids: set[str]) -> list[list[SegmentFinding] | None]:
        """The cached findings of each unit, or None where there are none (a miss)."""
        if not self._touched:  # keeps a fingerprint in use from being pruned
            self._touched = True
            try:
                os.utime(self.folder)
            except OSError:
                pass
        entries = self._read(self._file(source))
        out: list[list[SegmentFinding] | None] = []
        for unit in units:
            try:
                found = _valid(entries.get(unit.digest()), unit.text, rule_ids)
            except (TypeError, ValueError, RecursionError):  # damage _valid did not foresee
                found = None
            out.append(found)
            if found is None:
                self.stats.misses += 1
            else:
                self.stats.hits += 1
        return out

    def store(self, source: str, units: list[Unit], results: list[list[SegmentFinding]]) -> None:
        """Replace the document's file by the findings of its current segments.

        Errors (a read-only or full disk) are ignored: the cache is an optimisation.
        """
        entries = {unit.digest(): [list(f) for f in found] for unit, found in zip(units, results)}
        try:
            self._prepare()
            target = self._file(source)
            fd, temp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump({"format": FORMAT, "segments": entries}, out, ensure_ascii=False)
                os.replace(temp, target)
            except BaseException:
                _unlink(Path(temp))
                raise
        except OSError as err:
            if self.write_error is None:
                self.write_error = f"cannot write the result cache in {self.root} ({err.strerror or err})"

    def _read(self, path: Path) -> dict:
        """The entry's segments, or ``{}`` for a missing or damaged entry (rebuilt later).

        Damage of any kind is a miss, never an error: CI restores cache folders
        verbatim, so one bad file would otherwise break every later run.
        """
        try:
            # O_NONBLOCK: a named pipe in place of the file must not block the run.
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(fd, "rb") as f:
                info = os.fstat(f.fileno())
                if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_ENTRY_BYTES:
                    return {}
                data = json.loads(f.read(_MAX_ENTRY_BYTES + 1).decode("utf-8"))
        except (OSError, ValueError, RecursionError, MemoryError):
            # missing, unreadable, not JSON or not UTF-8 (ValueError), nested too deeply
            return {}
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("segments"), dict):
            return {}
        return data["segments"]

    def _prepare(self) -> None:
        """Create the folders (tagged, ignored by git) and prune old fingerprints, once."""
        if self._prepared:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, text in ((_TAG, _TAG_TEXT), (".gitignore", "# created by smartlint\n*\n")):
            if not (self.root / name).exists():
                (self.root / name).write_text(text, encoding="utf-8")
        _prune(self.folder.parent, keep=self.folder)
        self._prepared = True


def _valid(raw, text: str, rule_ids: set[str]) -> list[SegmentFinding] | None:
    """The entry as findings, or None if it is missing or malformed in any way."""
    if not isinstance(raw, list):
        return None
    out = []
    for item in raw:
        if not (isinstance(item, list) and len(item) == len(SegmentFinding._fields)):
            return None
        rule, start, end, message, suggestion, replacement = item
        if not (
            isinstance(rule, str)
            and rule in rule_ids
            and type(start) is int and type(end) is int and 0 <= start < end <= len(text)
            and isinstance(message, str)
            and all(v is None or isinstance(v, str) for v in (suggestion, replacement))
        ):
            return None
        out.append(SegmentFinding(rule, start, end, message, suggestion, replacement))
    return out


def _prune(parent: Path, keep: Path) -> None:
    cutoff = time.time() - PRUNE_AFTER_DAYS * 86400
    try:
        folders = list(parent.iterdir())
    except OSError:
        return
    for folder in folders:
        try:
            if folder != keep and folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def clean(directory: Path) -> bool:
    """Remove the cache folder's contents; False if there was no cache there.

    Only a folder that smartlint made (it holds our ``CACHEDIR.TAG``) is touched, so
    a mistaken ``SMARTLINT_CACHE_DIR=~`` cannot delete anything else.
    """
    tag = directory / _TAG
    if not tag.is_file() or not tag.read_text(encoding="utf-8", errors="replace").startswith(_TAG_TEXT[:43]):
        return False
    shutil.rmtree(directory / FORMAT, ignore_errors=True)
    for name in (".gitignore", _TAG):
        _unlink(directory / name)
    try:
        directory.rmdir()
    except OSError:
        pass  # something else lives there too: leave it
    return True
