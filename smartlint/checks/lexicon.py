"""Word lists from rule packs, matched the same way by every SMART and date check.

The Dutch lives in YAML: the packs (``rules/smart.yaml``: which actions are vague,
which time words are concrete) and the lexicon they share with the clause analysis
(``rules/lexicon.yaml``, written ``"@name"`` in a pack); this module only knows how
to match such lists and where their defaults come from:

* :func:`fold` and :class:`PhraseList` (case- and accent-folded phrase matching at
  word boundaries) live in :mod:`smartlint.nl.folding`, shared with the clause
  analysis and the lexicon.
* Verb phrases ("oppakken", "ons best doen"), which match in any inflection and
  word order, live in :mod:`smartlint.checks.verbs`.

No spaCy here.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache

from smartlint.nl.folding import PhraseList, fold  # noqa: F401  (re-exported for the checks)

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
    fewer lists.  Read through the pack loader, so ``"@name"`` lexicon references
    are resolved exactly as for the rule itself."""
    from smartlint.packs import builtin_pack_paths, load_pack_file

    for path in builtin_pack_paths():
        if path.name == pack_file:
            for rule in load_pack_file(path, f"rules/{path.name}"):
                if str(rule.match.get("check", "")).startswith(check_prefix):
                    return dict(rule.match.get("params") or {})
    return {}


def with_defaults(params: dict | None, pack_file: str, check_prefix: str) -> dict:
    merged = dict(builtin_params(pack_file, check_prefix))
    merged.update(params or {})
    return merged
