"""Word lists from rule packs, matched the same way by every SMART and date check.

The Dutch lives in the packs (``rules/smart.yaml``: who is vague, which actions
are vague, which time words are concrete); this module only knows how to match
such lists and where their defaults come from:

* :func:`fold` makes text case- and accent-insensitive ("vóór" = "voor") while
  keeping its offsets.
* :class:`PhraseList` finds fixed phrases ("zo snel mogelijk", "ons team") in a
  folded text, at word boundaries.
* Verb phrases ("oppakken", "ons best doen"), which match in any inflection and
  word order, live in :mod:`smartlint.checks.verbs`.

No spaCy here.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from functools import lru_cache
from typing import Iterable


def fold(text: str) -> str:
    """Lower case without accents, of exactly the same length ("Vóór" -> "voor")."""
    if text.isascii():  # most words: the per-character work below gives the same
        return text.lower()
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    base = unicodedata.normalize("NFD", low)[:1] if not low.isascii() else low
    return base if len(low) == 1 and base else ch


class PhraseList:
    """Fixed phrases matched on folded text at word boundaries, longest first."""

    def __init__(self, phrases: Iterable[str]):
        self.phrases = tuple(p for p in (str(x).strip() for x in phrases) if p)
        parts = sorted({fold(p) for p in self.phrases}, key=len, reverse=True)
        body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
        self._re = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])") if parts else None

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of each phrase in ``folded[start:end]`` (``folded`` = fold(text))."""
        if self._re is None:
            return []
        end = len(folded) if end is None else end
        return [m.span() for m in self._re.finditer(folded, start, end)]


_PARAMS_KEYS: dict[tuple, tuple[dict, str]] = {}


def params_key(params: dict) -> str:
    """A stable key for caching per parameter set.

    Memoised: the SMART checks ask for it several times per message, and dumping
    the word lists costs ~50 µs each time.  A remembered key is reused only when
    the params equal a deep copy taken when it was made, so a changed list never
    gets a stale key (comparing is fast: the lists hold the same string objects).
    """
    signature = tuple(sorted((str(k), id(v)) for k, v in params.items()))
    cached = _PARAMS_KEYS.get(signature)
    if cached is not None and cached[0] == params:
        return cached[1]
    key = json.dumps(params, sort_keys=True, default=str)
    if len(_PARAMS_KEYS) >= 256:
        _PARAMS_KEYS.clear()
    _PARAMS_KEYS[signature] = (copy.deepcopy(params), key)
    return key


@lru_cache(maxsize=8)
def builtin_params(pack_file: str, check_prefix: str) -> dict:
    """The ``params`` of the first rule in a built-in pack whose check starts with
    ``check_prefix``: the defaults when a caller (another check, a user pack) gives
    fewer lists."""
    from smartlint.packs import builtin_pack_paths
    from smartlint.safeyaml import safe_load

    for path in builtin_pack_paths():
        if path.name == pack_file:
            data = safe_load(path.read_text(encoding="utf-8")) or {}
            for rule in data.get("rules", []):
                match = rule.get("match") or {}
                if str(match.get("check", "")).startswith(check_prefix):
                    return dict(match.get("params") or {})
    return {}


def with_defaults(params: dict | None, pack_file: str, check_prefix: str) -> dict:
    merged = dict(builtin_params(pack_file, check_prefix))
    merged.update(params or {})
    return merged
