"""The option types of the ``smartlint`` command line: choices, the options several
commands share, and a tweak of Typer's help.  No spaCy here (see :mod:`smartlint.cli`)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, List, Optional

import typer


def help_shows_no_bare_types() -> None:
    """Typer's rich help prints each option's Python type next to it: ``<bool>`` after
    every flag and ``<list[str]>`` after PATH.  A flag takes no value and PATH names
    itself, so those columns stay empty (other options show their metavar or choices).
    Only the help text changes; parsing does not read these methods."""
    try:
        from typer.core import TyperArgument, TyperOption
    except ImportError:  # pragma: no cover - an older typer without these classes
        return
    option_type = getattr(TyperOption, "display_type_rich", None)
    if option_type is not None and not getattr(option_type, "_smartlint", False):
        def flag_type(self, ctx):
            return None if getattr(self, "is_flag", False) else option_type(self, ctx)

        flag_type._smartlint = True  # type: ignore[attr-defined]
        TyperOption.display_type_rich = flag_type
    if hasattr(TyperArgument, "display_type_rich"):
        TyperArgument.display_type_rich = lambda self, ctx: None  # the name (PATH) says it


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"


class ContextChoice(str, Enum):
    auto = "auto"
    normal = "normal"
    incident = "incident"


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


ConfigOption = Annotated[
    Optional[str],
    typer.Option("--config", metavar="FILE", help="Config file (default: .smartlint.yaml or pyproject.toml found upward)."),
]
PackOption = Annotated[
    Optional[List[str]], typer.Option("--pack", metavar="FILE", help="Extra YAML rule pack (repeatable).")
]
