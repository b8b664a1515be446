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
from typing import TYPE_CHECKING, Iterable

from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# Separable particles: "terugbellen" -> "belt ... terug", "teruggebeld".
PARTICLES = (
    "terug", "langs", "samen", "door", "over", "mee", "aan", "af", "bij", "in", "na",
    "om", "op", "toe", "uit", "voor", "weg", "vast", "rond", "klaar",
)

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
        for prefix in SEPARABLE_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 4:
                words.add(word[len(prefix):])
    return frozenset(words)


def known_infinitive(word: str) -> bool:
    """A known infinitive, also with a separable prefix before a known base verb
    ("aanleveren", "inplannen", "uitzoeken")."""
    known = known_infinitives()
    if word in known:
        return True
    return any(word.startswith(prefix) and len(word) - len(prefix) >= 4 and word[len(prefix):] in known
               for prefix in SEPARABLE_PREFIXES + ADJECTIVE_PARTICLES) \
        or any(word.startswith(prefix) and len(word) - len(prefix) >= 5 and word[len(prefix):] in known
               for prefix in INSEPARABLE_PREFIXES)  # "herschrijven", "verwerken", "ontkoppelen"


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


_AUXILIARIES = {"zijn", "hebben", "worden", "kunnen", "moeten", "zullen", "mogen", "willen"}


@lru_cache(maxsize=2)
def _irregular(lex) -> dict[str, str]:
    """Irregular verb form -> infinitive, from the lexicon's strong-verb table
    (``irregular_verbs``: present and past forms, participle), the one table the
    promise checks read too."""
    table: dict[str, str] = {}
    for infinitive, (present, past, participle) in lex.irregular_verbs.items():
        for form in (*present, *past, participle):
            if form:
                table.setdefault(fold(form), infinitive)
    return table


@lru_cache(maxsize=2)
def _past_forms(lex) -> frozenset[str]:
    return frozenset(fold(f) for _, past, _ in lex.irregular_verbs.values() for f in past)


def is_irregular_past(word: str) -> bool:
    """A past form of the lexicon's ``irregular_verbs`` ("had", "zouden", "vroeg"), also
    behind a verb prefix ("verliep", "ontving", "bestond": the lexicon lists the bare verb)."""
    w = fold(word)
    forms = _past_forms(lexicon())
    # (not a rest in -t/-d: "verkocht", "bezocht", "verstond" may be the participle too)
    return w in forms or not w.endswith(("t", "d")) and any(
        w.startswith(p) and len(w) - len(p) >= 3 and w[len(p):] in forms for p in _PAST_PREFIXES)




def may_be_past(word: str) -> bool:
    """Whether ``word`` can be a past-tense form: an irregular past ("kwam") or a weak
    one in -de/-te(n) ("stuurde", "belden").  The tagger calls some presents past
    ("Ik kom hier op terug")."""
    w = fold(word)
    return w in _past_forms(lexicon()) or w.endswith(("de", "te", "den", "ten"))


def irregular_form(word: str) -> str | None:
    return _irregular(lexicon()).get(word)


@lru_cache(maxsize=2)
def _auxiliary_forms(lex) -> frozenset[str]:
    forms = {fold(f) for inf in _AUXILIARIES if inf in lex.irregular_verbs
             for f in (*lex.irregular_verbs[inf][0], *lex.irregular_verbs[inf][1])}
    return frozenset(forms | {"zijn", "worden", "hebben"})


def auxiliary_forms() -> frozenset[str]:
    """Finite forms of zijn/hebben/worden and the modals, which the tagger sometimes
    calls a possessive or a noun ("zijn opgeslagen")."""
    return _auxiliary_forms(lexicon())


# Prefixes that never split off, before a known base verb (closed class).
INSEPARABLE_PREFIXES = ("her", "ver", "ont", "be")
# ... and before an irregular past, with the prefixes that are inseparable there too
# ("verliep", "ontving", "bezat", "onderging", "misliep")
_PAST_PREFIXES = INSEPARABLE_PREFIXES + ("over", "onder", "door", "mis")
SEPARABLE_PREFIXES = ("terug", "door", "over", "onder", "mee", "op", "aan", "af", "in", "uit", "na",
                       "toe", "bij", "weg", "voor", "vast", "langs", "klaar", "samen", "rond")
# Adverbs and adjectives that are a verb's particle only in its participle here: "weer" +
# "gegeven" (weergeven), "stil" + "gelegd" (stilleggen), "vrij" + "gegeven"; as prefixes
# of other forms they would split words that are no verbs ("weerbericht", "vrijdag").
_PARTICIPLE_PARTICLES = ("weer", "stil", "vrij", "tegen", "binnen", "thuis", "terecht")
# Adjectives that join a verb as its particle ("openzetten", "dichtdoen", "losmaken",
# "neerleggen"): only for telling a whole infinitive, not for splitting forms ("vrijdag",
# "neerslag" are no verb forms).
ADJECTIVE_PARTICLES = ("open", "dicht", "los", "neer")


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
    irregular = irregular_form(w)
    if irregular is not None:
        return {irregular}
    known = known_infinitives()
    for prefix in SEPARABLE_PREFIXES:  # op + geslagen: "opgeslagen" -> opslaan
        rest = irregular_form(w[len(prefix):]) if w.startswith(prefix) and len(w) > len(prefix) + 2 else None
        if rest is not None and (prefix + rest in known or known_infinitive(prefix + rest)):
            return {prefix + rest}  # ("afgesproken": af + a known base verb)
    out = {w} & known
    stems = {w}
    if w.endswith(("de", "te")):
        stems.add(w[:-2])
    if w.endswith(("den", "ten")):
        stems.add(w[:-3])
    if w.endswith(("d", "t")):
        stems.add(w[:-1])
    for stem in list(stems):
        for prefix in ("", *SEPARABLE_PREFIXES):
            if prefix and not stem.startswith(prefix):
                continue
            rest = stem[len(prefix):]
            if rest.startswith("ge") and len(rest) > 4:
                stems.add(prefix + rest[2:])
    for stem in stems:
        out |= {c for c in infinitive_candidates(stem) if c in known}
        for prefix in SEPARABLE_PREFIXES:  # door + sturen: "doorgestuurd" -> doorsturen
            if stem.startswith(prefix) and len(stem) > len(prefix) + 2:
                out |= {prefix + c for c in infinitive_candidates(stem[len(prefix):]) if c in known}
    for prefix in _PARTICIPLE_PARTICLES:  # "weergegeven" -> weergeven, "stilgelegd" -> stilleggen
        if w.startswith(prefix + "ge") and len(w) > len(prefix) + 5:
            out |= {prefix + base for base in _infinitives_uncached(w[len(prefix):])}
    return out


def participle_shape(token: "Token") -> bool:
    """"teruggestort", "verzonden", "opgelost": the tagger calls some participles finite."""
    word = fold(token.text)
    if not word.endswith(("d", "t", "en")):
        return False
    core = word
    for prefix in ("terug", "door", "over", "onder", "mee", "op", "aan", "af", "in", "uit", "na", "toe", "bij", "weg"):
        if core.startswith(prefix + "ge"):
            core = core[len(prefix):]
            break
    return core.startswith("ge") and len(core) > 5 or core.startswith(("ver", "be", "ont", "her")) and core.endswith(("d", "t"))


def follows_form(word: str) -> bool:
    """A form of a one-word verb of a thing on its way (lexicon ``follows_verbs``):
    "volgt" in "Factuur: volgt"."""
    return bool(infinitives_of(fold(word)) & lexicon()["follows_verbs"].words)


def participle_only(word: str) -> bool:
    """ "opgelost", "gestuurd", "teruggestort": a ge-form (after a particle) whose verb
    does not itself start with "ge" can only be a participle, never a finite verb
    ("geeft", "gebruikt", "opgeeft" can be finite: geven, gebruiken)."""
    core = fold(word)
    particle = next((p for p in PARTICLES if core.startswith(p + "ge")), "")
    core = core[len(particle):]
    if not core.startswith("ge") or not core.endswith(("d", "t")) or len(core) < 5:
        return False
    verbs = infinitives_of(core)
    return bool(verbs) and not any(v.startswith("ge") for v in verbs)


def en_participle(token: "Token") -> bool:
    """"ontvangen", "vergeten", "gegeven": after "hebben" (which takes no bare
    infinitive) an -en form with a participle's prefix is the participle."""
    word = fold(token.text)
    return word.endswith("en") and word.startswith(("ge", "ver", "be", "ont", "her", "er"))


def bare_stem(token: "Token") -> bool:
    """A present form without -t, which agrees only with "ik" or an inverted "je"
    ("e-mail", "bel"), never with a noun before it.  Plural forms ("technici gaan"),
    stems ending in -t/-d, the modals ("de monteur kan") and strong forms are no such stem."""
    word = fold(token.text)
    return not (word.endswith(("t", "d")) or "Pres" not in token.morph.get("Tense")
                or word in auxiliary_forms() or token.pos_ == "AUX" or irregular_form(word)
                or "Plur" in token.morph.get("Number") or word in known_infinitives())


def news_comes(subject_words: Iterable[str], verb_form: str) -> bool:
    """"De volgende update komt om 12.00 uur": news (lexicon ``arriving_news``) with a verb
    of arriving (``news_arrival_verbs``) follows as "volgt" does; ``subject_words`` folded."""
    lex = lexicon()
    return bool(infinitives_of(verb_form) & lex["news_arrival_verbs"].words) \
        and any(w in lex["arriving_news"].words for w in subject_words)
