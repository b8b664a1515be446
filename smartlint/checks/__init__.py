"""Built-in checks: named functions over a parsed ``Doc`` that rule packs call.

A pack rule says ``match: {check: smart.missing_who, params: {...}}``; the engine
looks the name up here.  A check is a plain function::

    @register("dates.weekday_mismatch")
    def weekday_mismatch(doc, ctx, params):
        yield Hit(start, end)          # character offsets into doc.text

so adding a check is one function in one module of this package, no class hierarchy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartlint.settings import Client


@dataclass
class Placeholder:
    """A masked template placeholder (``{{ datum }}``) at doc characters [start, end)."""

    start: int
    end: int
    name: str


@dataclass
class CheckContext:
    today: date
    context: str  # resolved: "normal" or "incident"
    client: str | None = None
    clients: list["Client"] = field(default_factory=list)
    placeholders: list[Placeholder] = field(default_factory=list)
    kind: str = "message"  # the segment's kind (smartlint.segments.SEGMENT_KINDS)
    library: bool = False  # one string of a message library (it has a key), not a whole draft


@dataclass
class Hit:
    """A check's result: doc character offsets, optionally a more specific text."""

    start: int
    end: int
    message: str | None = None  # replaces the rule's message (may use details)
    suggestion: str | None = None


CheckFn = Callable[["Doc", CheckContext, dict], Iterable[Hit]]
_REGISTRY: dict[str, CheckFn] = {}


def register(name: str) -> Callable[[CheckFn], CheckFn]:
    def decorator(fn: CheckFn) -> CheckFn:
        _REGISTRY[name] = fn
        return fn

    return decorator


def get_check(name: str) -> CheckFn | None:
    _load_builtin_modules()
    return _REGISTRY.get(name)


def check_names() -> list[str]:
    _load_builtin_modules()
    return sorted(_REGISTRY)


def is_check_name(name: str) -> bool:
    """Whether a check of this name exists.

    Answered from the check modules' source when a module declares the name
    (``@register("name")`` at the start of a line), so validating packs for
    ``smartlint rules``/``explain`` does not import every check module (~45 ms).
    """
    return name in _REGISTRY or name in _declared_names() or name in check_names()


@lru_cache(maxsize=1)
def _declared_names() -> frozenset[str]:
    import re
    from pathlib import Path

    declaration = re.compile(r"""^@register\(\s*["']([^"']+)["']\s*\)""", re.M)
    names: set[str] = set()
    for path in Path(__file__).parent.glob("*.py"):
        try:
            names.update(declaration.findall(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            continue  # not readable: is_check_name falls back to importing
    return frozenset(names)


_LOADED = False


def _load_builtin_modules() -> None:
    # Importing the modules runs their @register decorators.  Once per process:
    # get_check runs per Doc, and listing the package folder each time cost more
    # than the checks themselves on a large library.
    global _LOADED
    if _LOADED:
        return
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    _LOADED = True
