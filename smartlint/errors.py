"""Errors that end a run with exit code 2 and one clear line (no traceback)."""

from __future__ import annotations


class SmartlintError(Exception):
    """A user-facing problem: bad input, config, pack or usage.

    ``str(error)`` is the one line shown on stderr, e.g.
    ``drafts/a.eml: not a valid e-mail message (no header block)``.
    """

    def __init__(self, message: str, path: str | None = None):
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


class InputError(SmartlintError):
    """An input file cannot be read or parsed."""


class ConfigError(SmartlintError):
    """The config file or a command-line option is invalid."""


class PackError(SmartlintError):
    """A YAML rule pack is invalid."""


class ModelError(SmartlintError):
    """The requested spaCy pipeline cannot be loaded."""
