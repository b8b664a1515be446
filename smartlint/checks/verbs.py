"""Verbs of the rule packs, matched in any inflection and word order.

:class:`VerbPhrase` finds a verb phrase ("oppakken", "ons best doen", "in
behandeling nemen") in a clause: "we pakken het op", "het wordt opgepakt", "we
gaan het oppakken".  Verb forms are generated from the infinitive by regular
Dutch morphology plus the table of strong verbs in the lexicon (``irregular_verbs``
in rules/lexicon.yaml), because the embedded parser's lemmas are unreliable ("belt"
-> "belen").  Generating too many forms is harmless (non-words never occur).  :class:`VerbList` is a pack's list of them.

No spaCy here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable, Sequence

from smartlint.checks.lexicon import fold
from smartlint.nl.lexicon import LexiconSet, lexicon
from smartlint.nl.verbs import PARTICLES  # noqa: F401  (re-exported: the checks' verb grammar)

# Prefixes that take no "ge-" in the participle: "bezorgd", "verstuurd", "hersteld".
NO_GE_PREFIXES = ("onder", "ver", "her", "ont", "mis", "be", "ge", "er")


def _irregular() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], str]]:
    """Strong and irregular verbs: infinitive -> (present forms, past forms, participle),
    from the lexicon (``irregular_verbs`` in rules/lexicon.yaml)."""
    return lexicon().irregular_verbs


# Words that end in -en but are no verbs (for telling verb words in a phrase apart):
# closed-class words here, nouns and adjectives in the lexicon (verb_lookalikes).
_NOT_VERBS = LexiconSet("verb_lookalikes", {
    "even", "binnen", "tegen", "tussen", "alleen", "heen", "geen", "een", "boven",
    "beneden", "buiten", "zeven", "negen", "tien",
})
_VOWELS = set("aeiouy")


@dataclass(frozen=True)
class VerbForms:
    present: frozenset[str]
    past: frozenset[str]
    infinitive: str
    participles: frozenset[str]

    @property
    def all(self) -> frozenset[str]:
        return self.present | self.past | self.participles | {self.infinitive}


def split_particle(infinitive: str) -> tuple[str, str]:
    """("op", "pakken") for "oppakken"; ("", "bellen") for an inseparable verb."""
    for particle in PARTICLES:
        rest = infinitive[len(particle):]
        if infinitive.startswith(particle) and len(rest) >= 4 and rest.endswith("en"):
            return particle, rest
    return "", infinitive


def _has_prefix(infinitive: str) -> bool:
    """"betalen" has the prefix be-, "bellen" and "geven" do not (no vowel left)."""
    for prefix in NO_GE_PREFIXES:
        rest = infinitive[len(prefix):-2]
        if infinitive.startswith(prefix) and len(rest) >= 2 and _VOWELS & set(rest):
            return True
    return False


def _stems(infinitive: str) -> set[str]:
    """Candidate present stems: "bellen" -> bel, "sturen" -> stuur, "geven" -> geef."""
    s = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    candidates = {s}
    if len(s) >= 2 and s[-1] == s[-2] and s[-1] not in _VOWELS:
        candidates.add(s[:-1])  # bell -> bel
    if len(s) >= 2 and s[-1] not in _VOWELS and s[-2] in "aeou" and (len(s) < 3 or s[-3] not in _VOWELS):
        candidates.add(s[:-1] + s[-2] + s[-1])  # stur -> stuur, repareer
    devoiced = {c[:-1] + {"v": "f", "z": "s"}[c[-1]] for c in candidates if c and c[-1] in "vz"}
    return candidates | devoiced


@lru_cache(maxsize=2048)
def verb_forms(infinitive: str) -> VerbForms:
    """The finite forms, past forms and participles of a (particle-less) verb."""
    inf = fold(infinitive)
    present: set[str] = set()
    past: set[str] = set()
    participles: set[str] = set()
    irregular = _irregular().get(inf)
    if irregular is None:  # "verzenden" inflects like "zenden"
        for base, forms in _irregular().items():
            prefix = inf[: -len(base)]
            if inf.endswith(base) and prefix in NO_GE_PREFIXES and prefix:
                irregular = (
                    tuple(prefix + f for f in forms[0]),
                    tuple(prefix + f for f in forms[1]),
                    prefix + forms[2][2:] if forms[2] else "",
                )
                break
    if irregular and irregular[0]:
        present.update(irregular[0])
    else:
        for stem in _stems(inf):
            present.update({stem, stem if stem.endswith("t") else stem + "t"})
    present.add(inf)
    if irregular and irregular[1]:
        past.update(irregular[1])
    if irregular and irregular[2]:
        participles.add(irregular[2])
    if not (irregular and irregular[1] and irregular[2]):
        ge = "" if _has_prefix(inf) else "ge"
        for stem in _stems(inf):
            if not (irregular and irregular[1]):
                past.update(stem + suffix for suffix in ("de", "te", "den", "ten"))
            if not (irregular and irregular[2]):
                end = "" if stem.endswith(("d", "t")) else None
                participles.update({ge + stem + "d", ge + stem + "t"} if end is None else {ge + stem})
    return VerbForms(frozenset(present), frozenset(past), inf, frozenset(participles))


@lru_cache(maxsize=2048)  # called per clause word by VerbPhrase.match
def all_forms(infinitive: str) -> frozenset[str]:
    """The one-word forms of a verb: for a separable verb only the fused ones
    ("oppakken", "oppakt", "opgepakt"), never the bare "pakt"."""
    particle, base = split_particle(fold(infinitive))
    forms = set(verb_forms(fold(infinitive)).all)  # "oppakt" (subclause), "installeert"
    if particle:
        forms |= {particle + f for f in verb_forms(base).participles}  # "opgepakt"
    return frozenset(forms)


def is_verb_word(word: str) -> bool:
    w = fold(word)
    return (len(w) > 3 and w.endswith("en") and w not in _NOT_VERBS) or w in _irregular()


@dataclass(frozen=True)
class VerbPhrase:
    """A pack entry like "ons best doen": verb words inflect, other words are literal."""

    text: str
    literals: tuple[str, ...]
    verbs: tuple[tuple[str, str], ...]  # (particle, base infinitive)

    @classmethod
    def parse(cls, text: str) -> "VerbPhrase":
        literals, verbs = [], []
        for word in fold(text).split():
            if is_verb_word(word):
                verbs.append(split_particle(word))
            else:
                literals.append(word)
        return cls(text, tuple(literals), tuple(verbs))

    @cached_property
    def _forms(self) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
        """Per verb: its fused forms and, for a separable verb, its split forms."""
        return tuple(
            (all_forms(particle + base), verb_forms(base).all) if particle else (all_forms(base), frozenset())
            for particle, base in self.verbs
        )

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word that can be part of a match."""
        words = set(self.literals)
        for (particle, _), (fused, split) in zip(self.verbs, self._forms):
            words |= fused | split | ({particle} if particle else set())
        return frozenset(words)

    def could_match(self, present: set[str]) -> bool:
        """A quick necessary condition for :meth:`match`, given the set of clause
        words: each literal is there, and each verb in a fused or a split form."""
        if not all(literal in present for literal in self.literals):
            return False
        for (particle, _), (fused, split) in zip(self.verbs, self._forms):
            if fused.isdisjoint(present) and not (particle and particle in present and not split.isdisjoint(present)):
                return False
        return True

    def match(self, words: Sequence[str], particle_ok: Sequence[bool], at: int | None = None) -> list[int] | None:
        """Indices into ``words`` (folded clause words) that realise the phrase.

        Literals must occur in order; each verb occurs in any form, a separable
        verb either fused ("oppakken", "opgepakt") or split ("pakken ... op", "op
        te pakken"), where ``particle_ok[i]`` says word i can be a particle.  A verb
        form at index ``at`` is preferred to an earlier one of the same verb ("Geen
        zorgen, we zorgen dat ...": the act is the second "zorgen").
        """
        found: list[int] = []
        pos = 0
        for literal in self.literals:
            try:
                pos = words.index(literal, pos)
            except ValueError:
                return None
            found.append(pos)
            pos += 1
        for particle, base in self.verbs:
            hit = self._match_verb(particle, base, words, particle_ok, at)
            if hit is None:
                return None
            found += hit
        return sorted(set(found))

    @staticmethod
    def _match_verb(particle, base, words, particle_ok, at: int | None = None) -> list[int] | None:
        fused = all_forms(particle + base) if particle else all_forms(base)
        if at is not None and words[at] in fused:
            return [at]
        for i, word in enumerate(words):
            if word in fused:
                return [i]
        if not particle:
            return None
        split = verb_forms(base).all
        for i, word in enumerate(words):
            if word in split:
                for j, other in enumerate(words):
                    if other == particle and particle_ok[j] and j != i:
                        return [i, j]
        return None


@dataclass(frozen=True)
class VerbList:
    """A list of verb phrases from a pack, e.g. ``vague_actions``."""

    phrases: tuple[VerbPhrase, ...]

    @classmethod
    def parse(cls, entries: Iterable[str]) -> "VerbList":
        return cls(tuple(VerbPhrase.parse(str(e)) for e in entries if str(e).strip()))

    def match(self, words: Sequence[str], particle_ok: Sequence[bool]) -> tuple[VerbPhrase, list[int]] | None:
        """The phrase with the most matched words, and its word indices."""
        best = None
        present = set(words)
        for phrase in self.phrases:
            if not phrase.could_match(present):  # most phrases: skip the full match
                continue
            hit = phrase.match(words, particle_ok)
            if hit is not None and (best is None or len(hit) > len(best[1])):
                best = (phrase, hit)
        return best

    def match_at(self, words: Sequence[str], particle_ok: Sequence[bool], index: int) -> list[int] | None:
        """Like :meth:`match`, but only a phrase whose verb is ``words[index]``."""
        best = None
        word = words[index]
        present = set(words)
        for phrase in self.phrases:
            if word not in phrase.vocabulary or not phrase.could_match(present):
                continue  # a match cannot include words[index]
            hit = phrase.match(words, particle_ok, index)
            if hit is not None and index in hit and (best is None or len(hit) > len(best)):
                best = hit
        return best

    def forms(self) -> frozenset[str]:
        """Every finite or infinitive form of every verb in the list (to recognise
        verbs); participles are kept apart, see :meth:`participles`."""
        out: set[str] = set()
        for phrase in self.phrases:
            for particle, base in phrase.verbs:
                forms = verb_forms(base)
                fused = verb_forms(particle + base) if particle else forms
                out |= forms.present | forms.past | {forms.infinitive} | fused.present | fused.past
        return frozenset(out)

    def participles(self) -> frozenset[str]:
        out: set[str] = set()
        for phrase in self.phrases:
            for particle, base in phrase.verbs:
                out |= {particle + p for p in verb_forms(base).participles}
                out |= verb_forms(particle + base).participles if particle else set()
        return frozenset(out)

    def past_forms(self) -> frozenset[str]:
        out: set[str] = set()
        for phrase in self.phrases:
            for _, base in phrase.verbs:
                out |= verb_forms(base).past - verb_forms(base).present
        return frozenset(out)
