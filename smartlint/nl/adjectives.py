"""Dutch adjective forms: the bases of a comparative ("sneller" -> "snel") and of an
inflected form ("snelle" -> "snel"), checked against the adjective lemmas of the
training treebank (written next to the embedded pipeline by training/train.py).
Pure Python, so the checks can ask without spaCy; the parse repairs of
:mod:`smartlint.nlp.components` use it too."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# Irregular comparatives: no spelling rule leads back to their base.
_IRREGULAR = {"beter": "goed", "meer": "veel", "minder": "weinig", "liever": "graag"}
_VOWELS = "aeiou"


def comparative_bases(form: str) -> list[str]:
    """Candidate base forms of a Dutch comparative ("sneller" -> "snel", "groter" ->
    "groot", "duurder" -> "duur", "liever" -> "lief"), most likely first."""
    form = form.lower()
    if form in _IRREGULAR:
        return [_IRREGULAR[form]]
    stem = form[:-3] if form.endswith("ere") else form[:-2] if form.endswith("er") else ""
    if len(stem) < 2:
        return []
    out = [stem]
    if stem.endswith("rd"):  # duurder, zwaarder, verder: the d is inserted
        out.append(stem[:-1])
    if stem[-1] == stem[-2] and stem[-1] not in _VOWELS:  # sneller, dunner: doubled consonant
        out.append(stem[:-1])
    if len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
        out.append(stem[:-1] + stem[-2] + stem[-1])  # groter -> groot: open syllable
    for soft, hard in (("v", "f"), ("z", "s")):  # liever -> lief, bozer -> boos
        out.extend(base[:-1] + hard for base in list(out) if base.endswith(soft))
        out.extend(base[:-2] + base[-2] * 2 + hard for base in list(out)
                   if base.endswith(soft) and len(base) > 2 and base[-2] in _VOWELS)
    return out


def inflected_bases(form: str) -> list[str]:
    """Candidate bases of an inflected adjective ("snelle" -> "snel", "grote" -> "groot",
    "nieuwe" -> "nieuw"): the stem its comparative shares."""
    form = form.lower()
    return comparative_bases(form[:-1] + "er") if form.endswith("e") and len(form) > 3 else []


@lru_cache(maxsize=4)
def adjective_lemmas(path: str | None = None) -> frozenset[str]:
    """The adjective lemmas of ``path`` (one per line), by default the embedded
    pipeline's list; empty when the file is absent (another pipeline)."""
    if path is None:
        from smartlint.nlp import ADJECTIVE_LEXICON

        path = str(ADJECTIVE_LEXICON)
    file = Path(path)
    return frozenset(file.read_text(encoding="utf-8").split()) if file.is_file() else frozenset()


def inflected_adjective(word: str) -> bool:
    """``word`` is the inflected form of a known adjective: "snelle", "nieuwe"."""
    known = adjective_lemmas()
    return any(base in known for base in inflected_bases(word))
