"""Errors that end a run with exit code 2 and one clear line (no traceback)."""

from __future__ import annotations


class SmartlintError(Exception):
    """A user-facing problem: bad input, config, pack or usage.

    ``str(error)`` is the one line shown on stderr, e.g.
    ``drafts/a.eml: not a valid e-mail message (no header block)``.

    ``line``/``column`` (1-based) say where in the file, when that is known; CI
    reporters attach them to the error (``--format github``, SARIF).  ``code`` is the
    stable id that machine-readable reports use for the kind of error.
    """

    code = "error"

    def __init__(self, message: str, path: str | None = None, *, line: int | None = None, column: int | None = None):
        self.path = path
        self.message = message
        self.line = line
        self.column = column if line is not None else None
        super().__init__(f"{path}: {message}" if path else message)


class InputError(SmartlintError):
    """An input file cannot be read or parsed."""

    code = "input-error"


class ConfigError(SmartlintError):
    """The config file or a command-line option is invalid."""

    code = "config-error"


class PackError(SmartlintError):
    """A YAML rule pack is invalid."""

    code = "pack-error"


class ModelError(SmartlintError):
    """The requested spaCy pipeline cannot be loaded."""

    code = "model-error"
