"""Configuration: find ``.smartlint.yaml`` or ``[tool.smartlint]``, validate it, and
merge it with the command line into :class:`~smartlint.settings.Settings`.

Every problem is a :class:`~smartlint.errors.ConfigError` whose one line points at
the field, e.g. ``.smartlint.yaml: rules.vague-zsm: expected off, error, warning or
info, got 'hoog'``.  Command-line options always win over the file.
"""

from __future__ import annotations

import difflib
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from smartlint.config_library import csv_header, validate_library
from smartlint.errors import ConfigError
from smartlint.findings import CATEGORIES, SEVERITIES
from smartlint.settings import Client, LibrarySettings, Settings

CONFIG_NAMES = (".smartlint.yaml", ".smartlint.yml")
CONTEXTS = ("auto", "normal", "incident")
RULE_LEVELS = ("off", "error", "warning", "info")
KNOWN_KEYS = (
    "clients",
    "client",
    "packs",
    "rules",
    "context",
    "model",
    "include",
    "exclude",
    "fail_on",
    "csv_column",
    "csv_header",
    "library",
    "cache_dir",
)


def close_match_hint(word: str, choices: Iterable[str]) -> str:
    """``"; did you mean 'x'?"`` for the closest choice, or ``""`` if none is close."""
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{matches[0]}'?" if matches else ""


def _or_list(words: Iterable[str]) -> str:
    words = list(words)
    return ", ".join(words[:-1]) + f" or {words[-1]}" if len(words) > 1 else words[0]


def display_path(path: Path, cwd: Path | None = None) -> str:
    """``path`` relative to the working directory when it lies inside it."""
    cwd = cwd or Path.cwd()
    try:
        return path.resolve().relative_to(cwd.resolve()).as_posix()
    except ValueError:
        return str(path)


@dataclass
class Options:
    """What the command line said; ``None`` (or empty) means "not given"."""

    config: str | None = None
    packs: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    today: str | None = None
    context: str | None = None
    client: str | None = None
    fail_on: str | None = None
    model: str | None = None
    jobs: int = 1
    cache: bool = True
    debug: bool = False


@dataclass
class ConfigFile:
    """A found config: where it is, how to name it in errors, and its raw table."""

    path: Path
    label: str  # e.g. ".smartlint.yaml" or "pyproject.toml: tool.smartlint"
    data: Any


# --- discovery and reading ----------------------------------------------------------


def find_config(start: Path) -> Path | None:
    """The nearest ``.smartlint.yaml`` or ``pyproject.toml`` with ``[tool.smartlint]``,
    looking in ``start`` and then each parent directory."""
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _pyproject_has_section(pyproject):
            return pyproject
    return None


def _toml_loads():
    """``tomllib.loads`` (3.11+) or ``tomli.loads``; ``None`` when neither exists."""
    if sys.version_info >= (3, 11):
        import tomllib

        return tomllib.loads
    try:
        import tomli  # type: ignore[import-not-found]
    except ImportError:  # Python 3.10 without tomli: pyproject.toml is not read
        return None
    return tomli.loads


def _pyproject_has_section(path: Path) -> bool:
    # A cheap text test first, so unrelated pyproject files are not parsed at all.
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return _toml_loads() is not None and re.search(r"^\s*\[tool\.smartlint\]", text, re.M) is not None


def read_config(path: Path, cwd: Path | None = None) -> ConfigFile:
    label = display_path(path, cwd)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("config file not found", path=label) from None
    except IsADirectoryError:
        raise ConfigError("is a directory, expected a config file", path=label) from None
    except UnicodeDecodeError:
        raise ConfigError("config file is not valid UTF-8", path=label) from None
    except OSError as err:
        raise ConfigError(f"cannot read config file: {err.strerror}", path=label) from None

    if path.name == "pyproject.toml" or path.suffix == ".toml":
        loads = _toml_loads()
        if loads is None:
            raise ConfigError("reading TOML needs Python 3.11+ or the 'tomli' package", path=label)
        try:
            table = loads(text)
        except Exception as err:  # tomllib.TOMLDecodeError, tomli.TOMLDecodeError
            raise ConfigError(f"invalid TOML: {err}", path=label) from None
        data = table.get("tool", {}).get("smartlint", {})
        return ConfigFile(path, f"{label}: tool.smartlint", data)

    import yaml

    from smartlint.safeyaml import safe_load

    try:
        data = safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ConfigError(f"invalid YAML: {where}{problem}", path=label) from None
    return ConfigFile(path, label, {} if data is None else data)


# --- validation ---------------------------------------------------------------------


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value)
    if value is None:
        return "nothing"
    return f"a {type(value).__name__}" if isinstance(value, (dict, list)) else repr(value)


class _Validator:
    def __init__(self, config: ConfigFile):
        self.config = config

    def fail(self, where: str, problem: str) -> ConfigError:
        return ConfigError(f"{where}: {problem}", path=self.config.label)

    def string(self, value: Any, where: str) -> str:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"expected a non-empty text, got {_describe(value)}")
        return value.strip()

    def choice(self, value: Any, where: str, choices: tuple[str, ...]) -> str:
        if value is False and "off" in choices:  # YAML 1.1 reads a bare `off` as false
            return "off"
        if not isinstance(value, str) or value.strip().lower() not in choices:
            raise self.fail(where, f"expected {_or_list(choices)}, got {_describe(value)}")
        return value.strip().lower()

    def string_list(self, value: Any, where: str) -> list[str]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list of texts, got {_describe(value)}")
        return [self.string(item, f"{where}[{i}]") for i, item in enumerate(value)]

    def clients(self, value: Any) -> list[Client]:
        if not isinstance(value, list):
            raise self.fail("clients", f"expected a list of client names, got {_describe(value)}")
        result = []
        for i, item in enumerate(value):
            where = f"clients[{i}]"
            if isinstance(item, dict):
                unknown = sorted(set(item) - {"name", "aliases"})
                if unknown:
                    raise self.fail(
                        f"{where}.{unknown[0]}",
                        "unknown key (a client has 'name' and 'aliases')"
                        + close_match_hint(str(unknown[0]), ["name", "aliases"]),
                    )
                if "name" not in item:
                    raise self.fail(where, "missing 'name'")
                name = self.string(item["name"], f"{where}.name")
                aliases = self.string_list(item.get("aliases") or [], f"{where}.aliases")
                result.append(Client(name, tuple(aliases)))
            else:
                result.append(Client(self.string(item, where)))
        return result

    def packs(self, value: Any) -> list[str]:
        base = self.config.path.parent
        paths = []
        for i, name in enumerate(self.string_list(value, "packs")):
            pack = Path(name).expanduser()
            pack = pack if pack.is_absolute() else base / pack
            if not pack.is_file():
                raise self.fail(f"packs[{i}]", f"pack file not found: {name} (paths are relative to the config file)")
            paths.append(str(pack))
        return paths

    def model(self, value: Any) -> str:
        """A package name as is; a folder path relative to the config file."""
        name = self.string(value, "model")
        if "/" in name or "\\" in name or name.startswith("."):
            path = Path(name).expanduser()
            return str(path if path.is_absolute() else self.config.path.parent / path)
        return name

    def folder(self, value: Any, where: str) -> str:
        """A folder path; a relative one is relative to the config file."""
        path = Path(self.string(value, where)).expanduser()
        return str(path if path.is_absolute() else self.config.path.parent / path)

    def rules(self, value: Any) -> dict[str, str]:
        if not isinstance(value, dict):
            raise self.fail("rules", f"expected a mapping of rule id or category to {_or_list(RULE_LEVELS)}, got {_describe(value)}")
        levels = {}
        for name, level in value.items():
            name = self.string(name, "rules")
            levels[name] = self.choice(level, f"rules.{name}", RULE_LEVELS)
        return levels


def validate_config(config: ConfigFile) -> dict[str, Any]:
    """The config's table checked and normalised (keys as in :data:`KNOWN_KEYS`)."""
    data = config.data
    if not isinstance(data, dict):
        raise ConfigError(f"expected a mapping of settings, got {_describe(data)}", path=config.label)
    v = _Validator(config)
    result: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = str(raw_key).replace("-", "_")
        if key not in KNOWN_KEYS:
            hint = close_match_hint(key, KNOWN_KEYS) or f" (known keys: {', '.join(KNOWN_KEYS)})"
            raise v.fail(str(raw_key), "unknown key" + hint)
        if value is None:  # `model:` left empty means "not set"
            continue
        if key == "clients":
            result[key] = v.clients(value)
        elif key == "packs":
            result[key] = v.packs(value)
        elif key == "rules":
            result[key] = v.rules(value)
        elif key == "context":
            result[key] = v.choice(value, key, CONTEXTS)
        elif key == "fail_on":
            result[key] = v.choice(value, key, SEVERITIES[::-1])
        elif key in ("include", "exclude"):
            result[key] = v.string_list(value, key)
        elif key == "model":
            result[key] = v.model(value)
        elif key == "cache_dir":
            result[key] = v.folder(value, key)
        elif key == "library":
            result[key] = validate_library(v, value, close_match_hint)
        elif key == "csv_header":
            result[key] = csv_header(v, value)
        else:  # client, csv_column
            result[key] = v.string(value, key)
    return result


# --- command-line values ------------------------------------------------------------


def parse_today(value: str) -> date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ConfigError(f"--today: expected a date as YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value.strip())
    except ValueError as err:
        raise ConfigError(f"--today: {value!r} is not a real date ({err})") from None


def split_names(values: Iterable[str]) -> list[str]:
    """``["a,b", "c"]`` -> ``["a", "b", "c"]`` (repeatable and comma-separated options)."""
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def load_settings(options: Options, cwd: Path | None = None) -> tuple[Settings, ConfigFile | None]:
    """Settings from the discovered (or ``--config``) file, overridden by the options."""
    cwd = cwd or Path.cwd()
    if options.config:
        config = read_config(Path(options.config).expanduser(), cwd)
    else:
        found = find_config(cwd)
        config = read_config(found, cwd) if found else None
    values = validate_config(config) if config else {}

    levels = values.get("rules", {})
    settings = Settings(
        today=parse_today(options.today) if options.today else date.today(),
        context=options.context or values.get("context", "auto"),
        client=options.client or values.get("client"),
        clients=values.get("clients", []),
        packs=[*values.get("packs", []), *(str(Path(p).expanduser()) for p in options.packs)],
        select=split_names(options.select),
        ignore=split_names(options.ignore),
        severity_overrides={name: level for name, level in levels.items() if level != "off"},
        disabled_rules=[name for name, level in levels.items() if level == "off"],
        fail_on=options.fail_on or values.get("fail_on", "warning"),
        model=options.model or values.get("model"),
        include=values.get("include", []),
        exclude=values.get("exclude", []),
        jobs=options.jobs,
        cache=options.cache,
        debug=options.debug,
        csv_column=values.get("csv_column"),
        csv_header=values.get("csv_header"),
        library=values.get("library") or LibrarySettings(),
        cache_dir=values.get("cache_dir"),
    )
    return settings, config


def validate_rule_names(settings: Settings, rule_ids: Iterable[str], config: ConfigFile | None) -> None:
    """Every name in ``rules:``, ``--select`` and ``--ignore`` is a known rule or category."""
    known = sorted({*rule_ids, *CATEGORIES})
    for option, names in (("--select", settings.select), ("--ignore", settings.ignore)):
        for name in names:
            if name not in known:
                raise ConfigError(f"{option}: unknown rule or category {name!r}" + close_match_hint(name, known))
    for name in [*settings.severity_overrides, *settings.disabled_rules]:
        if name not in known:
            raise ConfigError(
                f"rules.{name}: unknown rule or category" + close_match_hint(name, known),
                path=config.label if config else None,
            )


def resolve_rule_levels(settings: Settings, rules: Iterable[Any]) -> None:
    """Let the more specific name win over a category turned off in ``rules:``.

    ``vague-word: off`` with ``vague-zsm: error`` keeps vague-zsm on (at error), and
    ``--select vague-zsm`` (or ``--select vague-word``) turns it on again, as the
    command line overrides the file.  The engine only knows "off wins", so an off
    category with such exceptions is replaced by its other rules' ids.
    """
    selected = set(settings.select)
    wanted = selected | set(settings.severity_overrides)
    members: dict[str, list[str]] = {}
    for rule in rules:
        members.setdefault(rule.category, []).append(rule.id)
    disabled: list[str] = []
    for name in settings.disabled_rules:
        if name in selected:
            continue
        exceptions = wanted.intersection(members.get(name, ()))
        disabled.extend([rule_id for rule_id in members[name] if rule_id not in exceptions] if exceptions else [name])
    settings.disabled_rules = disabled
