"""Findings: what the engine reports, and the stable contract of categories."""

from __future__ import annotations

from dataclasses import asdict, dataclass

SEVERITIES = ("info", "warning", "error")  # ordered: higher index is more severe

# The JSON ``category`` field uses exactly these (a stable contract).
CATEGORIES = (
    "vague-word",
    "unquantified-adjective",
    "missing-who",
    "missing-what",
    "missing-when",
    "no-next-step",
    "incident-time-estimate",
    "incident-explanation",
    "other-client",
    "date-problem",
    "unrealistic-promise",
    "missing-how",
)


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Fix:
    """A safe, deterministic edit: replace source characters ``[start, end)`` by
    ``replacement``.  Positions as in :class:`Finding` (1-based, end column exclusive).

    A fix exists only where the replacement is certain (a rule's pack declares it,
    or a check computes it, e.g. the weekday that matches a date) and the source
    characters are a verbatim copy of the linted text (not inside an entity or escape).
    """

    replacement: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass
class Finding:
    """One problem at exact characters of a source file.

    ``start``/``end`` are offsets into the file's decoded text; ``line``/``column``/
    ``end_line``/``end_column`` are 1-based and derived from them (end column is
    exclusive, as in SARIF).  ``text`` is exactly ``source_text[start:end]``.
    """

    rule: str
    category: str
    severity: str
    message: str
    path: str
    start: int
    end: int
    text: str
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    suggestion: str | None = None
    key: str | None = None
    fix: Fix | None = None  # see Fix; None for a suggestion a human must act on

    def sort_key(self) -> tuple:
        return (self.path, self.start, self.end, self.rule)

    def to_dict(self) -> dict:
        return asdict(self)
