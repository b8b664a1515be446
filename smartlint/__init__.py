"""smartlint: a linter for Dutch customer-service messages.

The Python API (``docs/api.md``)::

    import smartlint

    linter = smartlint.Linter(today="2026-11-22")
    findings = linter.lint_text("We bellen u zo snel mogelijk terug.")
    findings = smartlint.lint_text("...", kind="md")   # one-shot

The names below are imported on first use, so ``import smartlint`` (and the
``--help``, ``rules`` and ``explain`` commands) stay light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Linter", "LintFinding", "FixEdit", "lint_text", "lint_path", "__version__"]

if TYPE_CHECKING:
    from smartlint.api import FixEdit, LintFinding, Linter, lint_path, lint_text


def __getattr__(name: str) -> Any:
    if name in ("Linter", "LintFinding", "FixEdit", "lint_text", "lint_path"):
        from smartlint import api

        return getattr(api, name)
    raise AttributeError(f"module 'smartlint' has no attribute {name!r}")
