"""How a clause is told -- past, perfect or present -- judged by its finite verb.

The date check reads "u heeft op 3 november gebeld" as the past with it; the
promise analysis drops facts ("belde", "annuleerde") with :func:`is_past`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.checks.clause_split import clause_at
from smartlint.checks.clause_subject import finite_and_subject
from smartlint.checks.clauses import is_participle, norm
from smartlint.checks.promise_words import PromiseWords, promise_words
from smartlint.checks.word_classes import COORDINATORS, PAST_AUX, PERFECT
from smartlint.doc_text import span_text
from smartlint.nl.folding import fold
from smartlint.nl.verbs import is_irregular_past

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_HAVE = {"heb", "hebt", "heeft", "hebben"}


def clause_tense(doc: "Doc", offset: int, params: dict | None = None) -> str:
    """How the clause around character ``offset`` is told, judged by its finite
    verb: "past" ("U heeft op 3 november gebeld", "Sanne belde"), "perfect" ("is
    verzonden": a past event or a state such as "is gesloten") or "present"."""
    words = promise_words(params)
    clause = clause_at(doc, offset, words.known_forms)
    if clause is None:
        return "present"
    ws = clause.words[1:] if norm(clause.words[0]) in COORDINATORS else clause.words
    located = finite_and_subject(clause, ws, False, None, words.known_forms) if ws else None
    if located is None:
        return "present"
    finite = ws[located[0]]
    if norm(finite) in PAST_AUX or is_past(finite, words):
        return "past"
    if norm(finite) in PERFECT and any(is_participle(t, words.participles) for t in ws[located[0] + 1:]):
        return "past" if norm(finite) in _HAVE else "perfect"
    return "present"


def is_past(token: "Token", words: PromiseWords) -> bool:
    """A past form: listed, or an unlisted verb in -de/-te ("annuleerde")."""
    word = norm(token)
    if word in words.past_forms:
        return True
    if token.pos_ in ("VERB", "AUX") and is_irregular_past(word):
        return True  # an unlisted verb behind a prefix: "De levering verliep volgens planning"
    if weak_past(word) and token.pos_ in ("VERB", "AUX"):
        return True  # "installeerden wij vorige maand": a known verb's past, plural too
    if len(word) <= 4 or not word.endswith(("de", "te")) or word in words.known_forms:
        return False
    return token.pos_ in ("VERB", "AUX")


def weak_past(word: str) -> bool:
    """A weak past of a known verb: its stem + de/te(n) ("installeerde(n)", "plaatsten",
    "wachtten"); not a form that is also an infinitive ("zetten", "melden", "praten")."""
    from smartlint.nl.verbs import is_verb_stem, known_infinitive

    single = word[:-1] if word.endswith(("den", "ten")) else word
    if not single.endswith(("de", "te")) or known_infinitive(word):
        return False
    stem = single[:-2]
    return len(stem) >= 3 and is_verb_stem(stem)


def narrated(clause: "Span") -> bool:
    """The clause tells the past or what should have been: a past-tense finite verb
    ("werd", "zouden ... moeten", "had ... moeten") or a perfect ("heeft ... besloten")."""
    finite = clause._.finite
    if finite is None:
        return False
    from smartlint.nl.lexicon import lexicon
    from smartlint.nl.verbs import infinitives_of, is_irregular_past, may_be_past

    future = lexicon()["future_auxiliaries"].words
    if any(infinitives_of(t.norm_) & future for t in clause if t.pos_ == "AUX" and t.i != finite.i):
        return False  # "De betaling is nu of zal spoedig worden overgemaakt": also to come
    # (the tagger calls some presents past: "Ik kom er zo op terug"; only a form that can
    # be past counts)
    if ("Past" in finite.morph.get("Tense") and may_be_past(finite.text)) or is_irregular_past(finite.norm_):
        return True
    if not infinitives_of(finite.norm_) & {"hebben", "zijn"}:
        return False
    if lexicon()["vague_ahead_moments"].find(fold(span_text(clause))):
        return False  # a perfect of what is yet to come: "De storing is binnenkort verholpen"
    for t in clause:
        if "Part" in t.morph.get("VerbForm") and t.pos_ == "VERB" and t.i > finite.i \
                and not (t.dep_ == "amod" and t.i < t.head.i):  # not "is traag door het verouderde modem"
            # not a participle that a later passive auxiliary takes: "Je bestelling is
            # onderweg en wordt binnenkort bezorgd" (one clause to the parse)
            return not any(infinitives_of(a.norm_) & {"worden"} and "Fin" in a.morph.get("VerbForm")
                           for a in clause.doc[finite.i + 1:t.i])
    # the perfect of a modal takes its infinitive: "(dat u) heeft moeten wachten", "had kunnen bellen"
    from smartlint.checks.word_classes import MODALS

    return any(t.i > finite.i and t.norm_ in MODALS and t.norm_.endswith("en") for t in clause)
