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
    # the reader or the configuration says the library string is a message (a mail body,
    # siblings joined into one e-mail): a letter to one reader
    declared_message: bool = False


@dataclass
class Hit:
    """A check's result: doc character offsets, optionally a more specific text."""

    start: int
    end: int
    message: str | None = None  # replaces the rule's message (may use details)
    suggestion: str | None = None
    # Values for the rule's own message and suggestion templates: "{date}" in
    # "'{text}': {date} is een {actual_weekday}." (one message per rule, as explained).
    fields: dict[str, str] | None = None
    # The text that certainly belongs at [start, end) instead (a safe fix); None
    # when only a human can choose (most findings).
    replacement: str | None = None


CheckFn = Callable[["Doc", CheckContext, dict], Iterable[Hit]]

# The registry of built-in checks: each name a pack may call, and the module that
# defines it.  Explicit, so validating a pack (``smartlint rules``, ``explain``) knows
# every name without importing the check modules, and a check is found by grep.
BUILTIN_CHECKS: dict[str, str] = {
    "clients.other_client": "smartlint.checks.clients",
    "clients.named_organisation": "smartlint.checks.clients",
    "dates.problems": "smartlint.checks.dates",
    "incident.time_estimate": "smartlint.checks.incident",
    "incident.cause_by_grammar": "smartlint.checks.incident_causes",
    "moments.in_library_string": "smartlint.checks.moments",
    "moments.untimeable": "smartlint.checks.moments",
    "moments.bounded_wait": "smartlint.checks.moments",
    "realistic.absolute_outcome": "smartlint.checks.unrealistic",
    "channel.missing_how": "smartlint.checks.channel",
    "smart.missing_who": "smartlint.checks.smart",
    "smart.missing_what": "smartlint.checks.smart",
    "smart.missing_when": "smartlint.checks.smart",
    "smart.complete_promise": "smartlint.checks.smart",
    "smart.no_next_step": "smartlint.checks.smart",
    "vague.in_promise": "smartlint.checks.vague",
    "vague.wellbeing_wish": "smartlint.checks.vague",
}
_REGISTRY: dict[str, CheckFn] = {}


def register(name: str) -> Callable[[CheckFn], CheckFn]:
    """Mark a function as the check ``name`` (which must be listed in BUILTIN_CHECKS, or
    be registered by a plugin module the caller imports itself)."""

    def decorator(fn: CheckFn) -> CheckFn:
        _REGISTRY[name] = fn
        return fn

    return decorator


def get_check(name: str) -> CheckFn | None:
    if name not in _REGISTRY and name in BUILTIN_CHECKS:
        import importlib

        importlib.import_module(BUILTIN_CHECKS[name])
    return _REGISTRY.get(name)


def check_names() -> list[str]:
    return sorted(set(BUILTIN_CHECKS) | set(_REGISTRY))


def is_check_name(name: str) -> bool:
    """Whether a check of this name exists (answered from the registry, no import)."""
    return name in BUILTIN_CHECKS or name in _REGISTRY
