"""Clauses of a sentence and the parts of a Dutch main clause, read robustly.

The embedded parser is small and trained on newspaper and Wikipedia text; on
e-mail it mislabels a lot ("We" as PROPN/advmod, "Ik stuur" as ADP + NOUN, "belt"
lemmatised as "belen").  So this module leans on Dutch word order and closed word
classes (:mod:`word_classes`), and uses the parse only as a fallback cue:

* a main clause is verb-second: the finite verb follows the first constituent
  ("Morgen | belt | Sanne u"), or directly follows a subject pronoun ("We |
  pakken | het op");
* subordinate clauses start with a subordinator ("zodra", "als", "omdat"), and
  "en"/"maar" start a new clause when a verb or subject pronoun follows;
* a verb-first clause is a question, request or inverted condition ("Wilt u",
  "Neem contact op", "Mocht u"), unless it continues a coordination ("..., en
  sturen u morgen"), follows a fronted subclause ("Zodra ..., belt Sanne u") or
  an apposition ("Ik, Bart, bel je").

Sentences come from ``doc.sents`` (the engine presets their starts from the
e-mail structure, see smartlint.preprocess); :func:`content_sentences` leaves out
greeting, sign-off and signature.  No spaCy import: the caller parsed the Doc.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

from smartlint.checks.lexicon import fold
from smartlint.checks.verbs import NO_GE_PREFIXES, PARTICLES
from smartlint.checks.word_classes import (
    ADVERBS, AUXILIARIES, CLAUSE_PUNCT, CONDITIONALS, COORDINATORS, CUSTOMER_PRONOUNS, DETERMINERS,
    PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS,
)
from smartlint.doc_text import span_text, span_tokens
from smartlint.nl.lexicon import LexiconSet
from smartlint.preprocess import prepare

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Never verbs, whatever the tagger says.
_CLOSED = DETERMINERS | PREPOSITIONS | SUBJECT_PRONOUNS | COORDINATORS | {
    "niet", "geen", "ook", "nog", "er", "hier", "daar", "wel", "zo", "uw", "ons", "hem", "haar",
}
_DEMONSTRATIVES = {"dit", "dat", "deze", "die", "het"}
# Unambiguous subject pronouns: the next word of a main clause is its finite verb.
_V2_PRONOUNS = {"ik", "we", "wij", "hij", "zij", "jij"}
# "gegevens", "geduld", "gebied": look like participles, are none (lexicon).
_NOT_PARTICIPLES = LexiconSet("verb_lookalikes")
_RESERVATIONS = LexiconSet("reservation_markers")
_TIME_UNITS = LexiconSet("time_units")


@dataclass
class Clause:
    """Words of one clause; ``region`` adds the subclauses and fragments it governs."""

    words: list["Token"]
    subordinator: str | None = None  # folded first word of a subclause
    attached: list["Clause"] = field(default_factory=list)
    fronted: bool = False  # a subclause or phrase precedes it: "Zodra ..., belt Sanne u"
    lead: list["Token"] | None = None  # subject before an apposition: "Ik, Bart, bel je"
    conditional: bool = False  # "Werkt het niet, dan plannen we ...": depends on a condition

    @property
    def region_words(self) -> list["Token"]:
        words = list(self.words)
        for sub in self.attached:
            words += sub.region_words
        return sorted(words, key=lambda t: t.i)

    @property
    def char_range(self) -> tuple[int, int]:
        words = self.region_words
        return words[0].idx, words[-1].idx + len(words[-1].text)


def norm(token: "Token") -> str:
    return fold(token.text)


def is_capitalised(token: "Token") -> bool:
    return token.text[:1].isupper()


def is_verb_like(token: "Token", known_forms: frozenset[str], previous: "Token | None" = None) -> bool:
    """Could ``token`` be a finite verb?  Known forms first, then the tagger."""
    word = norm(token)
    if word in _CLOSED or not any(ch.isalpha() for ch in word):
        return False
    if previous is not None and is_capitalised(token) and not token.is_sent_start and is_capitalised(previous):
        return False  # "Lieve De Wilde belt u": a surname, not the past of "willen"
    if word in AUXILIARIES:
        return True
    if previous is not None and norm(previous) == "je":  # "je ontvangt" or "je mail"?
        return word in known_forms and (word.endswith("t") or token.pos_ in ("VERB", "AUX"))
    if previous is not None and norm(previous) in DETERMINERS - {"dat", "die"} \
            and not (norm(previous) == "deze" and previous.dep_ == "nsubj" and token.pos_ in ("VERB", "AUX")):
        return False  # "uw mail", "de regel": a noun after a determiner; not "Deze neemt contact op"
    if previous is not None and token.pos_ == "NOUN" and (previous.pos_ == "NOUN" or norm(previous) in PREPOSITIONS):
        return False  # "een hoeveelheid aanvragen", "in plaats van": a noun the tagger sees as one
    if previous is not None and previous.pos_ == "ADJ" and previous.i > 0 \
            and norm(previous.doc[previous.i - 1]) in DETERMINERS - {"dat", "die"} \
            and not (is_capitalised(previous) and not previous.is_sent_start):
        # "De nieuwe pas ontvangt u": a noun after determiner + adjective; not after a
        # surname: "Loes de Bruin belt u"
        return False
    if previous is not None and norm(previous) in _V2_PRONOUNS and _opens_a_clause(previous):
        # "Ik reserveer ...", "Wij buigen ...": after a sentence-initial subject pronoun
        # comes the finite verb, whatever the tagger (trained on news) calls it.
        return word.isalpha() and word not in ADVERBS and word not in SUBORDINATORS
    if word in known_forms:
        return True
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def _opens_a_clause(token: "Token") -> bool:
    """Is ``token`` the first word of a clause (sentence start, after , ; or en/maar)?"""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.text in CLAUSE_PUNCT or norm(before) in COORDINATORS


def is_infinitive(token: "Token", known_forms: frozenset[str]) -> bool:
    word = norm(token)
    if word in _CLOSED or not word.endswith("n"):
        return False
    doc = token.doc
    if token.i and token.i + 1 < len(doc) and norm(doc[token.i - 1]) in DETERMINERS - {"dat", "die"} \
            and doc[token.i + 1].pos_ in ("NOUN", "PROPN"):
        return False  # "het opgegeven e-mailadres": an adjective between article and noun
    if word in known_forms and word.endswith("en"):
        return True
    return token.pos_ in ("VERB", "AUX") and ("Inf" in token.morph.get("VerbForm") or word.endswith("en"))


def is_participle(token: "Token", known_participles: frozenset[str]) -> bool:
    word = norm(token)
    if word in _CLOSED or word in _NOT_PARTICIPLES or not word[:1].isalpha():
        return False
    if word in known_participles or "Part" in token.morph.get("VerbForm"):
        return True
    for particle in ("",) + PARTICLES:
        rest = word[len(particle):]
        if word.startswith(particle) and rest.startswith("ge") and len(rest) > 5:
            if rest.endswith(("d", "t", "en")):
                return True
    # "verlopen", "bevestigd", "hersteld": no ge- after an inseparable prefix.
    return len(word) > 6 and word.startswith(NO_GE_PREFIXES) and word.endswith(("d", "t", "en"))


def particle_positions(words: Sequence["Token"]) -> list[bool]:
    """Which words can be a separated verb particle ("pakken het op", "belt u terug")."""
    out = []
    for k, token in enumerate(words):
        word = norm(token)
        nxt = words[k + 1] if k + 1 < len(words) else None
        ok = word in PARTICLES and (
            token.dep_ == "compound:prt"
            or nxt is None
            or norm(nxt) in ("te",)
            or (nxt.pos_ not in ("DET", "NOUN", "PROPN", "NUM", "PRON") and norm(nxt) not in DETERMINERS)
        )
        out.append(ok)
    return out


def split_clauses(sentence: "Span", known_forms: frozenset[str]) -> list[Clause]:
    """Main clauses of ``sentence`` with their subclauses and verbless fragments attached."""
    words = [t for t in span_tokens(sentence) if not t.is_space]
    raw: list[Clause] = []
    current: list["Token"] = []

    def close() -> None:
        if current:
            first = norm(current[0])
            if first in COORDINATORS and len(current) > 1 and norm(current[1]) in SUBORDINATORS:
                first = norm(current[1])  # ", en zodra de storing verholpen is, sms't hij u"
            subordinate = first in SUBORDINATORS and not _as_phrase(current, known_forms)
            if first == "of" and not raw and len(current) > 2 and not is_verb_like(current[1], known_forms, current[0]):
                subordinate = True  # "Of je kat het voer verdraagt, hoor je ...": a fronted indirect question
            raw.append(Clause(list(current), first if subordinate else None))
            current.clear()

    for k, token in enumerate(words):
        word = norm(token)
        if token.text in CLAUSE_PUNCT and not (current and _date_apposition(words, k)):
            close()
            continue
        opens = word in SUBORDINATORS or (word in COORDINATORS and _opens_clause(words, k + 1, known_forms))
        if current and opens:
            close()
        current.append(token)
    close()
    return _attach(raw, known_forms)


def _date_apposition(words, k: int) -> bool:
    """"morgen, vrijdag 4 december, tussen ...": a comma that opens a date in apposition
    (weekday, day, month, year) closed by a second comma, or that closes one: the date
    belongs to the clause around it."""
    from smartlint.checks.timeexpr import MONTHS, WEEKDAYS

    if words[k].text != ",":
        return False

    def date_word(t) -> bool:
        return t.like_num or norm(t) in WEEKDAYS or norm(t) in MONTHS

    after = []
    for t in words[k + 1:]:
        if t.text == ",":
            break
        after.append(t)
    else:
        after = []
    if 2 <= len(after) <= 4 and all(date_word(t) for t in after) and any(norm(t) in MONTHS for t in after):
        return True
    before = []
    for t in reversed(words[:k]):
        if t.text == ",":
            break
        before.append(t)
    else:
        before = []
    return 2 <= len(before) <= 4 and all(date_word(t) for t in before) and any(norm(t) in MONTHS for t in before)


def _as_phrase(words, known_forms) -> bool:
    """"Als compensatie ontvangt u ...": "als" + a noun phrase + a verb-second finite verb
    with its subject is a main clause ("as"), not a condition (whose verb comes last)."""
    if norm(words[0]) != "als":
        return False
    for k in range(2, min(5, len(words) - 1)):
        if is_verb_like(words[k], known_forms, words[k - 1]):
            after = words[k + 1]
            return norm(after) in SUBJECT_PRONOUNS or (is_capitalised(after) and after.pos_ == "PROPN")
    return False


def _opens_clause(words, k: int, known_forms) -> bool:
    """Does "en"/"maar" before ``words[k]`` start a clause: "en sturen u", "en we
    bellen", "en Sanne belt", "en de monteur komt" (not "uw naam en adres")?"""
    if k >= len(words):
        return False
    if norm(words[k]) in SUBJECT_PRONOUNS - {"u", "je"}:
        return True
    if is_verb_like(words[k], known_forms, words[k - 1]):
        return True
    subject = noun_phrase_at(words, k) if is_capitalised(words[k]) or norm(words[k]) in DETERMINERS else []
    after = k + len(subject)
    if subject and after < len(words) and norm(words[k - 1]) == "of" and norm(words[after]) in CUSTOMER_PRONOUNS:
        return True  # "Ik vraag of Kees je morgen terugbelt": an embedded question, verb last
    return bool(subject) and after < len(words) and is_verb_like(words[after], known_forms, words[after - 1])


def _attach(raw: list[Clause], known_forms) -> list[Clause]:
    """Subclauses and verbless fragments join the main clause before them (or after,
    when they open the sentence: "Zodra het is opgelost, belt Sanne u")."""
    mains = [c for c in raw if c.subordinator is None and _has_verb(c, known_forms)]
    if not mains:  # "Als tegemoetkoming maak ik ...": without a main clause "als" is "as"
        mains = [c for c in raw if c.subordinator == "als" and _has_verb(c, known_forms)]
        for clause in mains:
            clause.subordinator = None
    if not mains:
        return []
    for k, clause in enumerate(raw[1:], 1):
        before = raw[k - 1]
        if clause in mains and norm(clause.words[0]) == "dan" and (
                _verb_first(before, known_forms) or _opens_with_verb_stem(before)):
            clause.conditional = True  # "Werkt het niet, dan ...", "Heeft u vragen, dan ..."
        if clause not in mains or before in mains:
            continue
        clause.fronted = True
        if _verb_first(clause, known_forms) and before.subordinator is None and not _inverted_subject(clause):
            first = k - 1  # "Ik, Bart, bel je": fragments before the verb are subject + apposition
            while first > 0 and raw[first - 1] not in mains and raw[first - 1].subordinator is None:
                first -= 1
            if _subject_like(raw[first].words, appositions=k - 1 - first):
                clause.lead = raw[first].words
    for clause in raw:
        if clause in mains:
            continue
        before = [m for m in mains if m.words[0].i < clause.words[0].i]
        after = [m for m in mains if m.words[0].i > clause.words[0].i]
        host = before[-1] if before else mains[0]
        if clause.subordinator and after and after[0].fronted and _verb_first(after[0], known_forms) \
                and raw.index(after[0]) == raw.index(clause) + 1:
            host = after[0]  # "..., en zodra het is opgelost, belt Sanne u": the clause it opens
        host.attached.append(clause)
    return mains


def _opens_with_verb_stem(clause: Clause) -> bool:
    """"Lukt inloggen niet, dan ...": a present form of a known verb the tagger misses."""
    from smartlint.nl.verbs import is_verb_stem

    word = norm(clause.words[0])
    return word not in SUBJECT_PRONOUNS and word not in ADVERBS and is_verb_stem(word)


def _verb_first(clause: Clause, known_forms) -> bool:
    return norm(clause.words[0]) not in SUBJECT_PRONOUNS and is_verb_like(clause.words[0], known_forms)


def _subject_like(words, appositions: int) -> bool:
    """"Ik", "De PM-er", "Sanne, onze monteur," can be a subject; "Status" in
    "Status: onderzoek loopt" or "Na ontvangst" cannot."""
    word = norm(words[0])
    if word in SUBJECT_PRONOUNS or word in DETERMINERS - _DEMONSTRATIVES:
        return True
    return appositions > 0 and words[0].pos_ == "PROPN"


def _inverted_subject(clause: Clause) -> bool:
    """"..., sturen wij", "..., belt Sanne u": a subject right after the verb."""
    after = noun_phrase_at(clause.words, 1)
    return bool(after) and (norm(after[0]) in SUBJECT_PRONOUNS - CUSTOMER_PRONOUNS or is_capitalised(after[0]))


def _has_verb(clause: Clause, known_forms) -> bool:
    words = clause.words
    return any(is_verb_like(t, known_forms, words[k - 1] if k else None) for k, t in enumerate(words))


def is_capitalised_name(token: "Token") -> bool:
    return is_capitalised(token) and token.pos_ == "PROPN"


def _skippable_adverb(word: str) -> bool:
    """``word in ADVERBS - PREPOSITIONS - {"er"}`` without building that set per word."""
    return word in ADVERBS and word not in PREPOSITIONS and word != "er"


def _first_name(token: "Token") -> bool:
    """A name of lexicon ``first_names`` the tagger did not read as a proper noun."""
    from smartlint.nl.lexicon import lexicon

    return norm(token) in lexicon()["first_names"]


def noun_phrase_at(words: Sequence["Token"], k: int) -> list["Token"]:
    """The subject noun phrase that starts at ``words[k]`` after an inverted verb."""
    while k < len(words) and _skippable_adverb(norm(words[k])):
        k += 1  # "Morgen belt | ook | Sanne u"
    if k >= len(words):
        return []
    token = words[k]
    word = norm(token)
    if word in SUBJECT_PRONOUNS:
        return [token]
    if word == "iemand":  # "Morgen belt iemand (van ons team) u"
        end = k + 1
        if end < len(words) and norm(words[end]) == "van":
            end = min(len(words), end + 3)
            while end > k + 2 and norm(words[end - 1]) in CUSTOMER_PRONOUNS:
                end -= 1
        return list(words[k:end])
    if token.pos_ == "NOUN" and k + 1 < len(words) and is_capitalised(words[k + 1]) \
            and (words[k + 1].pos_ == "PROPN" or _first_name(words[k + 1])):
        token, k = words[k + 1], k  # "brengt bezorger Wouter ...": a role before a name
        end = k + 1
        while end < len(words) and (is_capitalised(words[end]) or norm(words[end]) in ("van", "de", "der")):
            end += 1
        return list(words[k:end])
    if is_capitalised(token):
        end = k
        while end < len(words) and (is_capitalised(words[end]) or norm(words[end]) in ("van", "de", "der")):
            end += 1
        return list(words[k:end])
    if word in DETERMINERS:
        if word in _DEMONSTRATIVES and k + 1 < len(words) and norm(words[k + 1]) in DETERMINERS:
            return [token]  # "beantwoordt dit | uw vraag"
        end = k + 1
        while end < len(words) and end <= k + 3:
            end += 1
            if words[end - 1].pos_ in ("NOUN", "PROPN"):
                break
        return list(words[k:end])
    return []


_CONTENT_KEY = "smartlint.content_sentences"  # Doc.user_data: their token bounds


def content_sentences(doc: "Doc") -> list["Span"]:
    """Sentences outside greeting, sign-off and signature (preprocess marks those).

    Many checks ask; the bounds are kept on the Doc (as numbers: a Span kept there
    would make the Doc refer to itself), with the formula and heading lists they were
    read from, so that new lists (the engine sets them on a joined Doc) are read anew."""
    formulas = doc.user_data.get("smartlint.formulas")
    headings = doc.user_data.get("smartlint.headings")
    kept = doc.user_data.get(_CONTENT_KEY)
    if kept is None or kept[0] is not formulas or kept[1] is not headings or formulas is None or headings is None:
        kept = (formulas, headings, [(s.start, s.end) for s in _content_sentences(doc)])
        doc.user_data[_CONTENT_KEY] = kept
    return [doc[start:end] for start, end in kept[2]]


def _content_sentences(doc: "Doc") -> list["Span"]:
    formulas = doc.user_data.get("smartlint.formulas")
    headings = doc.user_data.get("smartlint.headings")
    if formulas is None or headings is None:  # a Doc the engine did not prepare: find them now
        prepared = prepare(doc.text)
        formulas, headings = prepared.formulas, prepared.headings
    formulas = list(formulas) + [(s, e, "heading") for s, e in headings]
    out = []
    for sent in doc.sents:
        text = span_text(sent)
        start = sent.start_char + len(text) - len(text.lstrip())
        end = sent.end_char - (len(text) - len(text.rstrip()))
        if start < end and any(c.isalpha() for c in text):
            if not any(f_start <= start and end <= f_end for f_start, f_end, _ in formulas):
                out.append(sent)
    return out


def customer_condition(sub: Clause) -> bool:
    """"als u ...", "indien u ...", "mocht u ...": the promise depends on the customer.
    A reservation ("..., tenzij u een andere dag doorgeeft", "mits u akkoord geeft")
    leaves the promise standing (lexicon ``reservation_markers``)."""
    if sub.subordinator not in CONDITIONALS or sub.subordinator in _RESERVATIONS:
        return False
    return sub.subordinator in ("mocht", "mochten", "indien") or any(
        norm(t) in CUSTOMER_PRONOUNS | {"uw", "jouw"} for t in sub.words[1:4]
    )


def clause_at(doc: "Doc", offset: int, known_forms: frozenset[str]) -> Clause | None:
    """The innermost clause (a main clause or one of its subclauses) holding ``offset``."""
    for sent in doc.sents:
        if not sent.start_char <= offset < sent.end_char:
            continue
        for main in split_clauses(sent, known_forms):
            for part in main.attached + [main]:
                words = part.words
                if words and words[0].idx <= offset < words[-1].idx + len(words[-1].text):
                    return part
    return None
