"""smartlint: a linter for Dutch customer-service messages."""

__version__ = "0.1.0"
