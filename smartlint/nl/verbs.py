"""Is this word a Dutch verb form?  Spelling rules over a verb list.

The embedded tagger was trained on news and Wikipedia, where a sentence rarely
opens with an imperative: it tags "Controleer" PROPN and "Bel" X.  An imperative is
the verb's stem, and the stem follows from the infinitive by Dutch spelling rules
(bellen -> bel, controleren -> controleer, schrijven -> schrijf, lezen -> lees,
gaan -> ga), so a word is a verb stem when one of its candidate infinitives is a
known verb: the treebank's verb lemmas (``verb_lemmas.txt`` beside the model, written
by ``training/train.py lexicons``) and the verb lists of the lexicon (``*_verbs``, ``*_actions``).

No spaCy here.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon

_VOWELS = set("aeiou")
_VERB_LEMMAS = Path(__file__).resolve().parent.parent / "nlp" / "nl_smartlint_sm" / "verb_lemmas.txt"


@lru_cache(maxsize=1)
def known_infinitives() -> frozenset[str]:
    """Known infinitives, with the base verbs of separable ones ("oplossen" -> "lossen":
    "Ik los het op")."""
    lex = lexicon()
    # every verb list of the lexicon holds infinitives
    words: set[str] = {w for name, wl in lex.lists.items() if name.endswith(("_verbs", "_actions")) for w in wl.words
                       if " " not in w}
    try:
        words.update(_VERB_LEMMAS.read_text(encoding="utf-8").split())
    except OSError:  # another pipeline without the list: the lexicon's verbs only
        pass
    for word in list(words):
        for prefix in _SEPARABLE_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 4:
                words.add(word[len(prefix):])
    return frozenset(words)


def infinitive_candidates(stem: str) -> set[str]:
    """Infinitives a stem may belong to (over-generating: checked against a list)."""
    s = stem
    if not s:
        return set()
    out = {s + "en", s + "n"}
    if s[-1] in _VOWELS:
        out.add(s + s[-1] + "n")  # ga -> gaan, sta -> staan
    if len(s) >= 2 and s[-1] == s[-2] and s[-1] not in _VOWELS:
        out.add(s[:-1] + "en")
    if len(s) >= 2 and s[-1] not in _VOWELS:
        out.add(s + s[-1] + "en")  # bel -> bellen, stop -> stoppen
    if len(s) >= 3 and s[-2] == s[-3] and s[-2] in _VOWELS:
        base = s[:-2] + s[-1]  # controleer -> controler, maak -> mak
        out.add(base + "en")
        if s[-1] == "f":
            out.add(base[:-1] + "ven")  # schrijf -> schrijven (via schrijv)
        if s[-1] == "s":
            out.add(base[:-1] + "zen")  # lees -> lezen
    if s.endswith("f"):
        out.add(s[:-1] + "ven")  # schrijf -> schrijven, geef: handled above
    if s.endswith("s"):
        out.add(s[:-1] + "zen")  # kies -> kiezen, reis -> reizen
    return out


def _present_candidates(stem: str) -> set[str]:
    out = infinitive_candidates(stem)
    if stem.endswith("t") and len(stem) > 2:  # "belt", "stuurt": a present form
        out |= infinitive_candidates(stem[:-1])
    return out


@lru_cache(maxsize=8192)
def is_verb_stem(word: str) -> bool:
    """Whether ``word`` is the stem (or a present form) of a known verb."""
    w = fold(word)
    if not w.isalpha() or len(w) < 2:
        return False
    known = known_infinitives()
    return any(c in known for c in _present_candidates(w))


@lru_cache(maxsize=8192)
def is_verb_stem_only(word: str) -> bool:
    """Whether ``word`` itself (not as stem + t) is the stem of a known verb: "wacht", "start"."""
    w = fold(word)
    known = known_infinitives()
    return w.isalpha() and any(c in known for c in infinitive_candidates(w))


# Irregular finite forms of the auxiliaries and a few strong verbs: closed-class
# grammar, not vocabulary.
_IRREGULAR = {
    "is": "zijn", "ben": "zijn", "bent": "zijn", "was": "zijn", "waren": "zijn",
    "heeft": "hebben", "heb": "hebben", "hebt": "hebben", "had": "hebben", "hadden": "hebben",
    "kan": "kunnen", "kun": "kunnen", "kunt": "kunnen", "kon": "kunnen", "konden": "kunnen",
    "wil": "willen", "wilt": "willen", "wou": "willen", "wilde": "willen",
    "zal": "zullen", "zult": "zullen", "zou": "zullen", "zouden": "zullen",
    "mag": "mogen", "mocht": "mogen", "moet": "moeten", "moest": "moeten",
    "wordt": "worden", "werd": "worden", "werden": "worden",
    "gaat": "gaan", "ga": "gaan", "ging": "gaan", "gingen": "gaan",
    "komt": "komen", "kom": "komen", "kwam": "komen", "kwamen": "komen",
    "doet": "doen", "doe": "doen", "deed": "doen", "staat": "staan", "sta": "staan",
    "ziet": "zien", "zie": "zien", "weet": "weten", "krijgt": "krijgen", "krijg": "krijgen",
    "hoeft": "hoeven", "hoef": "hoeven",
}
# Finite forms of zijn/hebben/worden and the modals, which the tagger sometimes calls
# a possessive or a noun ("zijn opgeslagen").
AUXILIARY_FORMS = frozenset(k for k, v in _IRREGULAR.items() if v in
                            {"zijn", "hebben", "worden", "kunnen", "moeten", "zullen", "mogen", "willen"}) | {"zijn", "worden", "hebben"}
_SEPARABLE_PREFIXES = ("terug", "door", "over", "onder", "mee", "op", "aan", "af", "in", "uit", "na",
                       "toe", "bij", "weg", "voor", "vast", "langs")


@lru_cache(maxsize=16384)
def _infinitives(form: str) -> frozenset[str]:
    return frozenset(_infinitives_uncached(form))


def infinitives_of(form: str) -> set[str]:
    """Known infinitives a verb form may belong to (see :func:`_infinitives_uncached`)."""
    return set(_infinitives(form))


def _infinitives_uncached(form: str) -> set[str]:
    """Known infinitives a verb form may belong to: present and past forms, stems,
    participles ("behandeld" -> behandelen, "opgelost" -> oplossen), infinitives."""
    w = fold(form)
    if w in _IRREGULAR:
        return {_IRREGULAR[w]}
    known = known_infinitives()
    out = {w} & known
    stems = {w}
    if w.endswith(("de", "te")):
        stems.add(w[:-2])
    if w.endswith(("den", "ten")):
        stems.add(w[:-3])
    if w.endswith(("d", "t")):
        stems.add(w[:-1])
    for stem in list(stems):
        for prefix in ("", *_SEPARABLE_PREFIXES):
            if prefix and not stem.startswith(prefix):
                continue
            rest = stem[len(prefix):]
            if rest.startswith("ge") and len(rest) > 4:
                stems.add(prefix + rest[2:])
    for stem in stems:
        out |= {c for c in infinitive_candidates(stem) if c in known}
        for prefix in _SEPARABLE_PREFIXES:  # door + sturen: "doorgestuurd" -> doorsturen
            if stem.startswith(prefix) and len(stem) > len(prefix) + 2:
                out |= {prefix + c for c in infinitive_candidates(stem[len(prefix):]) if c in known}
    return out
