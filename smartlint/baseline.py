"""A baseline: today's findings of an existing library, so CI fails only on new ones.

``smartlint check --write-baseline .smartlint-baseline.json templates/`` records every
finding; ``smartlint check --baseline .smartlint-baseline.json templates/`` then
reports only findings that are not in it.  A finding is known by its path, its key
(the message inside a library), its rule and the text it matched (whitespace and
case folded), never by line or column: a message added above an old finding does
not bring it back.  Row numbers are left out of CSV keys (``row 12, body`` -> ``body``)
for the same reason.  Counts matter: a second "even" in the same message is new.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Iterable

from smartlint.errors import ConfigError
from smartlint.findings import Finding
from smartlint.report import relative_path

FORMAT_VERSION = 1
_ROW = re.compile(r"^row \d+, ")

Fingerprint = tuple[str, str, str, str]


def fingerprint(finding: Finding, root: str) -> Fingerprint:
    key = _ROW.sub("", finding.key or "")
    return (relative_path(finding.path, root), key, finding.rule, " ".join(finding.text.lower().split()))


def write_baseline(path: str, findings: Iterable[Finding], root: str) -> int:
    """Write the baseline file; returns the number of findings recorded."""
    counts = Counter(fingerprint(f, root) for f in findings)
    entries = [
        {"path": p, "key": k, "rule": r, "text": t, **({"count": n} if n > 1 else {})}
        for (p, k, r, t), n in sorted(counts.items())
    ]
    data = {"smartlint_baseline": FORMAT_VERSION, "findings": entries}
    try:
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"cannot write the baseline: {err.strerror or err}", path=path) from None
    return sum(counts.values())


def load_baseline(path: str) -> Counter:
    """The fingerprints of a baseline file (with their counts)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("baseline file not found (write one with --write-baseline)", path=path) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read the baseline: {err}", path=path) from None
    except json.JSONDecodeError as err:
        raise ConfigError(f"invalid baseline JSON at line {err.lineno}: {err.msg}", path=path) from None
    if not isinstance(data, dict) or data.get("smartlint_baseline") != FORMAT_VERSION:
        raise ConfigError(f"not a smartlint baseline (expected \"smartlint_baseline\": {FORMAT_VERSION})", path=path)
    counts: Counter = Counter()
    for i, entry in enumerate(data.get("findings") or []):
        try:
            key = (str(entry["path"]), str(entry["key"]), str(entry["rule"]), str(entry["text"]))
            counts[key] += int(entry.get("count", 1))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ConfigError(f"findings[{i}]: expected path, key, rule and text", path=path) from None
    return counts


def split_findings(findings: list[Finding], baseline: Counter, root: str) -> tuple[list[Finding], list[Finding]]:
    """(new, unchanged): each baseline entry absorbs as many findings as its count."""
    left = Counter(baseline)
    new, unchanged = [], []
    for finding in findings:
        key = fingerprint(finding, root)
        if left[key] > 0:
            left[key] -= 1
            unchanged.append(finding)
        else:
            new.append(finding)
    return new, unchanged
