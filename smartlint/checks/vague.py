"""Vague words that are only vague inside a promise ("we lossen het direct op").

"Direct" and "meteen" are fine in a fact ("uw saldo is direct zichtbaar"), a
request ("neem direct contact op") or a question; in a promise they replace a
concrete moment.  A phrase rule cannot see that, so this check asks the promise
analysis.  The word lists come from the pack's ``params`` (rules/vague.yaml).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from smartlint.checks import CheckContext, Hit, register
from smartlint.doc_text import doc_text, doc_tokens
from smartlint.nl.folding import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_CLAUSE_PUNCT = {",", ";", ":", "(", ")", "-", "–", "—"}


@register("vague.in_promise")
def words_in_promise(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    """Hit each of ``params.words`` that stands in a promise.

    What a promise is (and is not: facts, requests, questions, past events) is
    decided once, by :func:`smartlint.checks.promises.find_promises`.  A promise
    clause may carry a condition of the customer ("Zodra u direct betaalt, sturen
    we ..."); a word in such a condition is not part of the promise.

    params:
      words: the words to report (lower case), e.g. [direct, meteen]
      subordinators: words that open a subclause (als, zodra, dat, ...)
      condition_starts: words that open a condition ("als", "indien")
    """
    words = {w.lower() for w in params.get("words", [])}
    candidates = [t for t in doc_tokens(doc) if t.lower_ in words]
    if not candidates:
        return
    from smartlint.checks.promise_when import directly_related
    from smartlint.checks.promises import find_promises

    promises = find_promises(doc, ctx)
    folded = fold(doc_text(doc))
    subordinators = {w.lower() for w in params.get("subordinators", [])}
    condition_starts = {w.lower() for w in params.get("condition_starts", [])}
    for token in candidates:
        if not any(p.start <= token.idx < p.end for p in promises):
            continue
        clause = [t.lower_ for t in _clause(token, token.sent, subordinators)]
        if clause and clause[0] in condition_starts and "u" in clause:
            continue  # "als u direct belt": the customer acts
        if directly_related(folded, token.idx + len(token.text)):
            continue  # "niet direct herleidbaar": directly, no moment
        yield Hit(token.idx, token.idx + len(token.text))


def _clause(token: "Token", sent: "Span", subordinators: set[str]) -> "Span":
    """The clause around ``token``: between punctuation or a subordinating word."""
    doc = sent.doc
    start = token.i
    while start > sent.start:
        prev = doc[start - 1]
        if prev.text in _CLAUSE_PUNCT:
            break
        start -= 1
        if prev.lower_ in subordinators:
            break
    end = token.i + 1
    while end < sent.end and doc[end].text not in _CLAUSE_PUNCT and doc[end].lower_ not in subordinators:
        end += 1
    return doc[start:end]


@register("vague.wellbeing_wish")
def wellbeing_wish(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    """A wish for the reader's own wellbeing ("Ik hoop dat alles goed gaat", "We hopen dat
    je Loop nog steeds actief is", "We hopen dat het boek je bevalt"): the hoped clause
    after a courtesy clause has the reader, the reader's thing or "alles" as its subject
    (or a verb of pleasing with the reader as its object), no speaker of ours and no moment. It
    hopes for nothing we owe; "Hopelijk is het probleem opgelost", "We hopen dat u snel
    weer kunt inloggen" do (blind judges: 4 of 4 such wishes wrong as vague, real-text-175, -184, -185)."""
    from smartlint.checks.lexicon import fold
    from smartlint.checks.promise_words import promise_words
    from smartlint.checks.timeexpr import concrete_time_spans
    from smartlint.checks.word_classes import EVERYTHING, READER_WORDS
    from smartlint.doc_text import doc_text
    from smartlint.nl import OUR_SIDE
    from smartlint.nl.clauses import clauses_of

    words = promise_words(params)
    folded = fold(doc_text(doc))
    clauses = clauses_of(doc)
    for wish, hoped in zip(clauses, clauses[1:]):
        tokens = [t for t in hoped if not t.is_punct and not t.is_space]
        if wish._.act != "courtesy" or not tokens or (hoped._.marker or fold(tokens[0].text)) != "dat":
            continue
        # (the parse may leave the "dat"-clause without a subject: "hoop ik dat u het niet
        # zo ver zult laten komen"; then the word after "dat" is it)
        subject_words = hoped._.subject if hoped._.subject is not None else tokens[1:2]
        subject = {fold(t.text) for t in subject_words}
        if not (subject & (READER_WORDS | EVERYTHING) or _pleases_the_reader(tokens)) \
                or hoped._.subject_kind in OUR_SIDE:
            continue
        start, end = hoped.start_char, hoped.end_char
        if words.vague_when_words.find(folded, start, end) or concrete_time_spans(folded, start, end,
                                                                                 words.concrete_when_words):
            continue
        yield Hit(wish.start_char, end)


def _pleases_the_reader(tokens) -> bool:
    """"... dat het boek je gaat bevallen", "... dat dit u verder helpt": a verb of pleasing
    (lexicon ``pleasing_verbs``) with the reader in the clause (real-text-479: "We hopen
    dat het boek je gaat bevallen" judged a courtesy, not a vague promise)."""
    from smartlint.checks.lexicon import fold
    from smartlint.checks.word_classes import READER_WORDS
    from smartlint.nl.lexicon import lexicon
    from smartlint.nl.verbs import infinitives_of

    pleasing = lexicon()["pleasing_verbs"].words
    words = [fold(t.text) for t in tokens]
    return bool(set(words) & READER_WORDS) and any(infinitives_of(w) & pleasing or w in pleasing for w in words)
