"""The Python API: lint texts and files without a subprocess, the pipeline loaded once.

::

    from smartlint import Linter

    linter = Linter(today="2026-11-22", client="Gemeente Utrecht")
    for finding in linter.lint_text("We bellen u zo snel mogelijk terug."):
        print(finding.line, finding.column, finding.rule, finding.message)

:class:`Linter` is the one code path of ``smartlint check`` (the CLI builds it with
:meth:`Linter.from_options`) and of ``smartlint server``.  A finding is a frozen
:class:`LintFinding` with exactly the fields of a finding in the JSON output
(``docs/findings.schema.json``); ``finding.to_dict()`` is that JSON object.

Importing this module does not import spaCy; the pipeline is loaded on the first
text that needs a parse (or by :meth:`Linter.warm_up`).
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from smartlint.errors import ConfigError, SmartlintError
from smartlint.findings import Fix

if TYPE_CHECKING:
    from smartlint.config import ConfigFile, Options
    from smartlint.engine import Engine
    from smartlint.findings import Finding
    from smartlint.packs import Rule
    from smartlint.run import RunResult
    from smartlint.segments import SourceDocument
    from smartlint.settings import Settings

__all__ = ["Linter", "LintFinding", "FixEdit", "lint_text", "lint_path"]

TEXT_PATH = "<text>"  # how findings name a text given without a path
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# A safe fix: replace the file's characters ``[start, end)`` by ``replacement`` (0-based
# code-point offsets into the text as read; lines and columns 1-based, end column
# exclusive, as a finding's). The engine's own record, under its API name.
FixEdit = Fix


@dataclass(frozen=True)
class LintFinding:
    """One finding, with the fields of the JSON output (``docs/findings.schema.json``).

    ``text`` is exactly the source characters ``[start, end)``; ``suggestion`` says
    what to write instead; ``key`` names the message inside a library (else None);
    ``fix`` is a safe replacement where one exists (else None).
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    rule: str
    category: str
    severity: str
    message: str
    text: str
    suggestion: str | None
    key: str | None
    fix: FixEdit | None

    @classmethod
    def from_finding(cls, finding: "Finding") -> "LintFinding":
        fix = finding.fix
        return cls(
            path=finding.path, line=finding.line, column=finding.column, end_line=finding.end_line,
            end_column=finding.end_column, start=finding.start, end=finding.end, rule=finding.rule,
            category=finding.category, severity=finding.severity, message=finding.message, text=finding.text,
            suggestion=finding.suggestion, key=finding.key,
            fix=fix,
        )

    def to_dict(self) -> dict:
        """The finding as the JSON output writes it."""
        return asdict(self)


class Linter:
    """Rule packs, settings and (on first use) the spaCy pipeline, loaded once.

    ``config``: a ``.smartlint.yaml`` or ``pyproject.toml``; None looks for one from
    ``root`` (default: the working folder) upward, as ``smartlint check`` does; False
    reads none.  The other arguments override the file as the command-line options
    of the same name do: ``today`` (a date or ``YYYY-MM-DD``; default: the real date,
    or an e-mail's own ``Date:``), ``context`` (``auto``/``normal``/``incident``),
    ``client`` (the recipient), ``clients`` (names that must not reach others),
    ``select``/``ignore`` (rule ids or categories), ``packs`` (extra YAML packs),
    ``model`` (a spaCy pipeline instead of the embedded one).  ``cache``: True uses
    the on-disk result cache (as ``smartlint check``), ``"memory"`` keeps each
    message's findings in this process (an editor or agent re-checking a library
    after a small edit), False (default) analyses every text.

    Raises :class:`~smartlint.errors.SmartlintError` (ConfigError, PackError) for a
    bad config or pack, with the same one-line message the CLI prints.
    """

    def __init__(
        self,
        config: str | os.PathLike | None | bool = None,
        *,
        today: date | str | None = None,
        context: str | None = None,
        client: str | None = None,
        clients: Iterable[str] | None = None,
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        packs: Iterable[str | os.PathLike] = (),
        model: str | None = None,
        root: str | os.PathLike | None = None,
        cache: bool | str = False,
    ):
        from smartlint.config import Options

        if config is True:
            raise ConfigError("config: expected a file path, None or False")
        options = Options(
            config=os.fspath(config) if config else None,
            packs=[os.fspath(p) for p in packs],
            select=list(select),
            ignore=list(ignore),
            today=today.isoformat() if isinstance(today, date) else today,
            context=context,
            client=client,
            model=model,
            cache=cache is True,
        )
        if cache not in (True, False, "memory"):
            raise ConfigError(f"cache: expected True, False or 'memory', got {cache!r}")
        self._setup(options, Path(root) if root is not None else Path.cwd(), skip_config=config is False)
        self._memory_cache = cache == "memory"
        if clients is not None:
            from smartlint.settings import Client

            self.settings.clients = [c if isinstance(c, Client) else Client(str(c)) for c in clients]

    @classmethod
    def from_options(cls, options: "Options", cwd: Path) -> "Linter":
        """The linter of ``smartlint check``'s options (``Options`` of :mod:`smartlint.config`)."""
        linter = cls.__new__(cls)
        linter._setup(options, cwd)
        return linter

    def _setup(self, options: "Options", cwd: Path, skip_config: bool = False) -> None:
        from smartlint.config import load_settings, resolve_rule_levels, validate_rule_names
        from smartlint.packs import load_packs  # looked up here: tests replace it

        if skip_config:
            from smartlint.config import Options

            # The file system root holds no config (checked), so nothing is found there.
            settings, config_file = load_settings(Options(**{**vars(options), "config": None}), _NO_CONFIG_ROOT)
            if config_file is not None:
                raise ConfigError("config=False: a config file in the root folder is read anyway", config_file.label)
        else:
            settings, config_file = load_settings(options, cwd)
        rules = load_packs(settings.packs)
        validate_rule_names(settings, [rule.id for rule in rules], config_file)
        resolve_rule_levels(settings, rules)
        self.settings: Settings = settings
        self.config_file: ConfigFile | None = config_file
        self.rules: list[Rule] = rules
        self.rules_by_id: dict[str, Rule] = {rule.id: rule for rule in rules}
        # Paths in include/exclude are relative to the config file's folder.
        self.root: Path = config_file.path.parent if config_file else cwd
        self._message_dates = options.today is None
        self._engine: Engine | None = None
        self._memory_cache = False

    @property
    def config_path(self) -> Path | None:
        return self.config_file.path if self.config_file else None

    @property
    def engine(self) -> "Engine":
        """The lint engine (rules filtered, pipeline loaded on first use)."""
        if self._engine is None:
            from smartlint.engine import Engine  # looked up here: tests replace it
            from smartlint.run import _open_cache

            if self._memory_cache:
                from smartlint.memory_cache import MemoryCache

                cache = MemoryCache()
            else:
                cache = _open_cache(self.settings)
            self._engine = Engine(self.settings, rules=self.rules, cache=cache)
        return self._engine

    def warm_up(self) -> None:
        """Load the pipeline and compile the rules now instead of on the first text."""
        engine = self.engine
        getattr(engine, "compiled", None)

    # --- linting -------------------------------------------------------------------

    def run(
        self,
        arguments: list[str],
        *,
        stdin: Callable[[], str | bytes] | None = None,
        stdin_name: str | None = None,
    ) -> "RunResult":
        """``smartlint check ARGUMENTS``: files, folders (recursive) or ``-``, with
        every per-file error collected in the result instead of raised."""
        from smartlint.run import read_stdin_bytes, run_check

        return run_check(
            arguments, self.settings, root=self.root, rules=self.rules, stdin=stdin or read_stdin_bytes,
            stdin_name=stdin_name, message_dates=self._message_dates, make_engine=lambda: self.engine,
        )

    def check_text(self, text: str, kind: str | None = None, path: str | None = None) -> "RunResult":
        """Like :meth:`lint_text`, with the whole result (notes, the document read)."""
        from smartlint.run import RunResult, lint_documents

        document = self.read_text(text, kind, path)
        result = RunResult(rules=list(self.rules))
        result.notes.extend((document.path, note) for note in document.notes)
        if not document.source_text.strip():
            return result
        result.documents[document.path] = document
        result.files_checked.append(document.path)
        lint_documents(self.engine, [document], result)
        if result.errors:
            raise result.errors[0]
        return result

    def lint_text(self, text: str, kind: str | None = None, path: str | None = None) -> list[LintFinding]:
        """The findings of one text, read as a file of ``kind`` would be.

        ``kind``: ``txt`` (default), ``md``, ``eml``, ``html``, ``yaml``, ``json``,
        ``csv`` or any other suffix ``smartlint check`` reads; without it, ``path``'s
        suffix decides.  ``path`` only names the text in findings (default
        ``<text>``); nothing is read from disk.  Offsets point into ``text``.
        """
        return [LintFinding.from_finding(f) for f in self.check_text(text, kind, path).findings]

    def lint_path(self, path: str | os.PathLike) -> list[LintFinding]:
        """The findings of one file (its suffix chooses the reader).  Raises
        :class:`~smartlint.errors.InputError` for a file that cannot be read."""
        result = self.run([os.fspath(path)])
        if result.errors:
            raise result.errors[0]
        return [LintFinding.from_finding(f) for f in result.findings]

    def excludes(self, path: str | os.PathLike, base: str | os.PathLike | None = None) -> bool:
        """Whether ``smartlint check`` skips this file even when it is named: an
        ``exclude`` pattern of the config, or a hidden file or tool folder
        (``.github``, ``.pre-commit-config.yaml``, ``node_modules``).  Patterns are
        relative to the config's folder; without a config, to ``base`` (an editor's
        workspace folder)."""
        from smartlint.files import DEFAULT_EXCLUDE, matches_any

        resolved = Path(path).resolve()
        roots = ([self.root] if self.config_file else []) + ([Path(base)] if base else [])
        relative = resolved.name
        for root in roots:
            try:
                relative = resolved.relative_to(root.resolve()).as_posix()
                break
            except ValueError:
                continue
        return matches_any(relative, [*DEFAULT_EXCLUDE, *self.settings.exclude])

    def read_text(self, text: str, kind: str | None = None, path: str | None = None) -> "SourceDocument":
        """The document a reader makes of ``text`` (segments and offset map)."""
        from smartlint.inputs import SUPPORTED_SUFFIXES, reader_for
        from smartlint.segments import SourceDocument

        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        suffix = "." + kind.lower().lstrip(".") if kind else (Path(path).suffix.lower() if path else ".txt")
        if kind and suffix not in SUPPORTED_SUFFIXES:
            known = ", ".join(sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES))
            raise ConfigError(f"unknown kind {kind!r} (expected one of {known})")
        # A lone surrogate (undecodable bytes an editor passed on) cannot be parsed
        # or hashed; U+FFFD takes its place, one for one, so offsets stay exact.
        text = _LONE_SURROGATE.sub("\ufffd", text)
        document = SourceDocument(path=path or TEXT_PATH, source_text=text)
        if text.strip():
            try:
                reader_for(Path("message" + suffix))(document, text.encode("utf-8"), self.settings)
            except SmartlintError as err:
                if err.path is None:
                    err = type(err)(err.message, path=document.path)
                raise err from None
        if not self._message_dates:
            for segment in document.segments:
                segment.today = None
        return document


# A folder that holds no config file, to load settings "without a config".
_NO_CONFIG_ROOT = Path(os.sep)


_DEFAULT: dict[tuple, Linter] = {}


def _shared(key: tuple, make: Callable[[], Linter]) -> Linter:
    linter = _DEFAULT.get(key)
    if linter is None:
        if len(_DEFAULT) >= 8:
            _DEFAULT.clear()
        linter = _DEFAULT[key] = make()
    return linter


def lint_text(text: str, kind: str | None = None, path: str | None = None, **options) -> list[LintFinding]:
    """One-shot :meth:`Linter.lint_text`; ``options`` as :class:`Linter`'s.  Linters
    are kept per options, so repeated calls load the pipeline once."""
    key = tuple(sorted((k, repr(v)) for k, v in options.items()))
    return _shared(key, lambda: Linter(**options)).lint_text(text, kind=kind, path=path)


def lint_path(path: str | os.PathLike, **options) -> list[LintFinding]:
    """One-shot :meth:`Linter.lint_path`."""
    key = tuple(sorted((k, repr(v)) for k, v in options.items()))
    return _shared(key, lambda: Linter(**options)).lint_path(path)
