"""The quick per-Doc tests that let a check skip a message are necessary conditions:
wherever the check's own matching finds something, the quick test passes."""

from __future__ import annotations

import re

from smartlint.checks import unrealistic
from smartlint.nl.folding import fold
from smartlint.packs import builtin_pack_paths, load_pack_file


def _absolute_outcome_params() -> dict:
    rules = [rule for path in builtin_pack_paths() for rule in load_pack_file(path, path.name)]
    return next(r.match["params"] for r in rules if r.match.get("check") == "realistic.absolute_outcome")


def _realisations(entry: str) -> list[str]:
    """Texts in which the marker regex of ``entry`` matches: gaps filled, and each
    part's last word also as the end of a hyphenated compound ("IT-problemen")."""
    parts = [p.split() for p in fold(" ".join(entry.split())).split("...") if p.strip()]
    plain = " x ".join(" ".join(part) for part in parts)
    compound = " x ".join(" ".join(part[:-1] + ["it-" + part[-1]]) if len(part) > 1 else " ".join(part)
                          for part in parts)
    return [f"Dus {plain}.", f"Dus {compound}."]


def test_every_marker_passes_the_quick_test_where_it_matches():
    params = _absolute_outcome_params()
    markers_list = unrealistic._lists(params)[0]
    pieces, _ = unrealistic._triggers(params)
    checked = 0
    for entry in unrealistic._marker_entries(params):
        for text in _realisations(entry):
            folded = fold(text)
            if not markers_list.find(folded):
                continue
            runs = set(re.findall(r"[\w-]+", folded))
            assert any(p <= runs for p in pieces), (entry, text)
            checked += 1
    assert checked > 100  # the pack's markers (with the combined lists) were all tried
