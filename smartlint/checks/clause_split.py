"""How a sentence splits into main clauses, with their subclauses and verbless
fragments attached: the word-order reading of :mod:`smartlint.checks.clauses` applied
to a whole sentence.

* a comma, semicolon or colon ends a clause, except around a date in apposition
  ("morgen, vrijdag 4 december, tussen ...");
* a subordinator opens a subclause, "en"/"maar" a new clause when a verb or subject
  follows;
* a subclause or fragment joins the main clause before it, or the one after it when it
  opens the sentence ("Zodra het is opgelost, belt Sanne u").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.checks.clauses import (
    DEMONSTRATIVES,
    Clause,
    is_capitalised,
    is_verb_like,
    norm,
    noun_phrase_at,
)
from smartlint.checks.word_classes import (
    ADVERBS,
    CLAUSE_PUNCT,
    CONDITIONALS,
    COORDINATORS,
    CUSTOMER_PRONOUNS,
    DETERMINERS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from smartlint.doc_text import span_tokens
from smartlint.nl.lexicon import LexiconSet, lexicon
from smartlint.nl.verbs import bare_stem, infinitives_of, participle_shape

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_RESERVATIONS = LexiconSet("reservation_markers")
# The reader's pronouns that may also be an object or a possessive ("en u ontvangt", "en
# stuur je", "en je pakket"): a clause opener only before a verb (grammar).
_READER_OR_OBJECT = {"u", "je"}
# Verbs an "of"-clause completes as an indirect question ("laten weten of ...").
_ASKING = LexiconSet("question_complement_verbs")


def _fronted_relative(words: list["Token"], known_forms: frozenset[str]) -> bool:
    """"De telefooncentrale die u overweegt, hebben we ...": a noun phrase with its
    relative clause, fronted before a comma; its verb is the relative clause's, and the
    phrase belongs to the clause after it."""
    if len(words) < 4 or norm(words[0]) not in DETERMINERS:
        return False
    k = next((k for k in range(2, min(len(words) - 1, 6)) if norm(words[k]) in ("die", "dat")), None)
    if k is None or words[k - 1].pos_ not in ("NOUN", "PROPN", "ADJ", "X"):  # (a long noun may be tagged ADJ)
        return False
    if any(is_verb_like(t, known_forms, words[j]) for j, t in enumerate(words[1:k])):
        return False
    return is_verb_like(words[-1], known_forms, words[-2])


def _heard_whether(before: Clause, words: list["Token"], known_forms: frozenset[str]) -> bool:
    """"U hoort maandag van Gerda of uw gasmeter wordt vervangen": the clause before has a
    verb of hearing or checking (lexicon ``question_complement_verbs``) and the "of"
    clause ends in its verb, so it is what is told; not "of we mailen u" ("or")."""
    if len(words) < 3 or is_verb_like(words[1], known_forms, words[0]):
        return False
    if not is_verb_like(words[-1], known_forms, words[-2]):
        return False
    return any(infinitives_of(t.text) & _ASKING.words for t in before.words)


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
            if first == "tot" and not raw and len(current) > 2 and current[-1].pos_ in ("AUX", "VERB") \
                    and is_verb_like(current[-1], known_forms, current[-2]):
                subordinate = True  # "Tot de storing verholpen is, mailt Thijs u elk uur": "tot" = "totdat"
            if not raw and not subordinate and _fronted_relative(current, known_forms):
                subordinate, first = True, "die"  # "De telefooncentrale die u overweegt, hebben we ..."
            if first == "of" and raw and (norm(raw[-1].words[-1]) in _ASKING or _heard_whether(raw[-1], current, known_forms)):
                subordinate = True  # "... laten je weten of je wordt uitgenodigd": what we will tell, no promise
            raw.append(Clause(list(current), first if subordinate else None))
            current.clear()

    for k, token in enumerate(words):
        word = norm(token)
        # (a bracket fused with the mark is one token: "Storing e-mail (P2): ...")
        if (token.text in CLAUSE_PUNCT or token.is_punct and token.text[:1] == ")" and token.text[-1:] in CLAUSE_PUNCT) \
                and not (current and _date_apposition(words, k)):
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
    if _time_aside(after):
        return True  # "komt de glaszetter, ca. 10.00 uur, de ruit vervangen"
    before = []
    for t in reversed(words[:k]):
        if t.text == ",":
            break
        before.append(t)
    else:
        before = []
    return 2 <= len(before) <= 4 and all(date_word(t) for t in before) and any(norm(t) in MONTHS for t in before) \
        or _time_aside(before)


# A clock time in apposition, closed by commas: ", ca. 10.00 uur,", ", rond 9.30 uur,"
# (lexicon ``time_aside_words``; the prepositions are closed class).
_TIME_ASIDE_WORDS = LexiconSet("time_aside_words", {"om", "tussen", "en", "tot", "van"})


def _time_aside(words) -> bool:
    return 2 <= len(words) <= 6 and all(t.like_num or norm(t) in _TIME_ASIDE_WORDS for t in words) \
        and any(":" in t.text or "." in t.text.strip(".") for t in words if t.like_num or t.text[:1].isdigit())


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
    if norm(words[k]) in SUBJECT_PRONOUNS - _READER_OR_OBJECT:
        return True
    if norm(words[k]) in _READER_OR_OBJECT and k + 1 < len(words) and is_verb_like(words[k + 1], known_forms, words[k]):
        return True  # the reader as the subject of his own clause: "... en u ontvangt spoedig een reactie"
    if k >= 3 and words[k - 3].pos_ == "ADP" and words[k - 2].pos_ == "NOUN" and words[k].pos_ == "NOUN":
        return False  # "per telefoon of sms om ...": a second noun of the preposition, not "sms'en"
    if is_verb_like(words[k], known_forms, words[k - 1]):
        return True
    if norm(words[k]) in ADVERBS and k + 2 < len(words) and is_verb_like(words[k + 1], known_forms, words[k]) \
            and norm(words[k + 2]) in SUBJECT_PRONOUNS - _READER_OR_OBJECT:
        return True  # "... en dan app ik je terug": an adverb, the verb and its subject
    subject = noun_phrase_at(words, k) if is_capitalised(words[k]) or norm(words[k]) in DETERMINERS else []
    after = k + len(subject)
    if subject and after < len(words) and norm(words[k - 1]) == "of" and norm(words[after]) in CUSTOMER_PRONOUNS:
        return True  # "Ik vraag of Kees je morgen terugbelt": an embedded question, verb last
    return bool(subject) and after < len(words) and is_verb_like(words[after], known_forms, words[after - 1])


def _attach(raw: list[Clause], known_forms) -> list[Clause]:
    """Subclauses and verbless fragments join the main clause before them (or after,
    when they open the sentence: "Zodra het is opgelost, belt Sanne u")."""
    mains = [c for c in raw if c.subordinator is None and _has_verb(c, known_forms)]
    if not mains and len(raw[0].words) > 2 and norm(raw[0].words[1]) == "dat" \
            and participle_shape(raw[0].words[0]):
        # a note's "Afgesproken dat we dit oppakken": the participle and its "dat"-clause
        # are one statement (the promise in it is read by content_promises)
        mains = [raw[0]]
    if not mains:  # "Als tegemoetkoming maak ik ...": without a main clause "als" is "as"
        mains = [c for c in raw if c.subordinator == "als" and _has_verb(c, known_forms)]
        for clause in mains:
            clause.subordinator = None
    if not mains:
        return []
    for k, clause in enumerate(raw[1:], 1):
        before = raw[k - 1]
        if clause in mains and (norm(clause.words[0]) == "dan" or len(clause.words) > 1 and norm(clause.words[1]) == "dan") \
                and (_verb_first(before, known_forms) or _opens_with_verb_stem(before)):
            # "Werkt het niet, dan ...", "Heeft u vragen, dan ...", "Lukt inloggen niet, probeer dan ..."
            clause.conditional = True
        if clause in mains and norm(clause.words[0]) == "anders":
            clause.conditional = True  # "Geef dit door; anders brengen we het in rekening": if not
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
        if clause in mains or clause is raw[0] and _heading(clause):
            continue
        before = [m for m in mains if m.words[0].i < clause.words[0].i]
        after = [m for m in mains if m.words[0].i > clause.words[0].i]
        host = before[-1] if before else mains[0]
        if clause.subordinator and after and after[0].fronted and _verb_first(after[0], known_forms) \
                and raw.index(after[0]) == raw.index(clause) + 1:
            host = after[0]  # "..., en zodra het is opgelost, belt Sanne u": the clause it opens
        host.attached.append(clause)
    return mains


def _heading(clause: Clause) -> bool:
    """A title of nouns before a colon that opens the sentence, one of them a verb stem
    that cannot agree with the noun before it: "Storing e-mail: we doen ons best ..."
    (the word that names the channel is no action of the clause after it; a dated
    heading, "Dinsdag 8 december: ...", still times it)."""
    last = clause.words[-1]
    doc = last.doc
    after = doc[last.i + 1:last.i + 7].text.replace(" ", "")
    if after.startswith("(") and ")" in after:
        after = after[after.index(")") + 1:]  # "Storing e-mail (P2): ..."
    if clause.subordinator is not None or not after.startswith(":"):
        return False
    words = clause.words
    return any(words[k - 1].pos_ == "NOUN" and bare_stem(words[k]) for k in range(1, len(words)))


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
    if word in SUBJECT_PRONOUNS or word in DETERMINERS - DEMONSTRATIVES:
        return True
    # "Mevrouw Van Dam, klachtbehandelaar, belt u": a form of address opens a name
    return appositions > 0 and (words[0].pos_ == "PROPN" or word in lexicon()["honorifics"])


def _inverted_subject(clause: Clause) -> bool:
    """"..., sturen wij", "..., belt Sanne u": a subject right after the verb."""
    after = noun_phrase_at(clause.words, 1)
    return bool(after) and (norm(after[0]) in SUBJECT_PRONOUNS - CUSTOMER_PRONOUNS or is_capitalised(after[0]))


def _has_verb(clause: Clause, known_forms) -> bool:
    words = clause.words
    return any(is_verb_like(t, known_forms, words[k - 1] if k else None) for k, t in enumerate(words))


def customer_condition(sub: Clause) -> bool:
    """"als u ...", "indien u ...", "mocht u ...": the promise depends on the customer.
    A reservation ("..., tenzij u een andere dag doorgeeft", "mits u akkoord geeft")
    leaves the promise standing (lexicon ``reservation_markers``)."""
    if sub.subordinator in _READER_TRIGGERS:
        # "Het laden start pas nadat jij op Bevestigen tikt": it waits on the reader's step
        # (the reader as subject, not "nadat je pakketje is bezorgd")
        words = sub.words
        for k in range(1, min(3, len(words))):
            possessive = k + 1 < len(words) and words[k + 1].pos_ in ("NOUN", "ADJ")  # "je pakketje"
            if norm(words[k]) in CUSTOMER_PRONOUNS and words[k].dep_.startswith("nsubj") and not possessive:
                return True
        return False
    if sub.subordinator not in CONDITIONALS or sub.subordinator in _RESERVATIONS:
        return False
    words = sub.words
    return sub.subordinator in ("mocht", "mochten", "indien") or any(
        norm(words[k]) in CUSTOMER_PRONOUNS | {"uw", "jouw"} and not _readers_thing(words, k)
        for k in range(1, min(4, len(words)))
    )


def _readers_thing(words: list, k: int) -> bool:
    """"als je nieuwe bril klaarligt", "als je bestelling verzonden is": "je" owns the
    noun after it, the condition is a thing's state, not the reader's step (the promise
    stands; two paraphrase writers, p88 and the committed paraphrases, read it so).  An
    adjective between, a verb no "je" takes ("is", "wordt") or one of a thing getting
    ready or arriving ("als je auto klaarstaat") tells; "als je vragen hebt" stays the
    reader's."""
    if norm(words[k]) not in ("je", "jouw", "uw") or k + 1 >= len(words):
        return False
    after = words[k + 1]
    if after.pos_ == "ADJ" and k + 2 < len(words) and words[k + 2].pos_ == "NOUN":
        return norm(words[k]) == "je"
    if after.pos_ != "NOUN":
        return False
    if norm(words[-1]) in _THIRD_PERSON_ONLY:
        return True
    # a thing's readiness or arrival (lexicon ready_words, arrival_verbs): "als je auto
    # klaarstaat", "zodra je pakket aankomt"
    lex = lexicon()
    return bool(infinitives_of(norm(words[-1])) & (lex["ready_words"].words | lex["arrival_verbs"].words))


# A time subordinator that, with the reader as its subject, makes the main clause wait
# on the reader's own step, as a condition does ("zodra u betaalt, sturen we het direct
# op" stays a promise whose moment is the reader's step: tests/test_vague.py).
_READER_TRIGGERS = {"nadat"}
# Finite forms no "je"/"u" takes as subject (grammar): "als je bestelling verzonden is".
_THIRD_PERSON_ONLY = {"is", "wordt", "was", "werd"}


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
