"""Unrealistic promises: an absolute or guaranteed outcome promised by our side.

The handbook's R of SMART: "beloof niet al zijn problemen op te lossen als je dat niet
kunt waarmaken".  A marker of an absolute outcome ("nooit meer", "al uw problemen",
"100% gegarandeerd", "we garanderen dat ...", "altijd direct") is reported where it
stands in a claim or promise of ours.  Not reported, by what the clause analysis
(:mod:`smartlint.nl.clauses`) says about the clause the marker stands in:

* a question or an instruction to the reader ("Wilt u nooit meer wachten?");
* a negated claim: a negation before the marker in its clause, or in the clause a
  "dat"-clause hangs on ("Ik kan niet beloven dat dit nooit meer gebeurt");
* an indirect question ("Je vroeg of ik kan garanderen ...");
* a condition, and a claim that waits on the reader's condition ("Als u vóór 22.00
  uur bestelt, ...": a policy, not a promise);
* a past event or a state ("Alle problemen zijn inmiddels opgelost") unless a word
  of the future (``future_words``) makes it a forecast ("alles is morgen opgelost");
* a guarantee of a figure ("Wij garanderen een reactie binnen 24 uur"): a service level;
* in a library string: a label or notice of the software; only a whole message
  (greeting, sign-off or several sentences) or a claim a person or team of ours makes.

Policy facts with figures ("U krijgt binnen 14 dagen uw geld terug", "gratis retourneren
binnen 30 dagen", "nooit op zondag") hold no marker: the markers name outcomes that
cannot be checked or kept, not rules with a number.  Every word comes from the rule's
``params`` (rules/realistic.yaml).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from smartlint.checks import CheckContext, Hit, register
from smartlint.checks.claim_words import (
    WORD_RUN,
    MarkerList,
    clause_of,
    combine,
    compiled,
    previous_clause,
    reads_as_message,
    tells_what_happened,
)
from smartlint.checks.clauses import DEMONSTRATIVES, content_sentences, particle_positions
from smartlint.checks.library_promises import reader_speaks
from smartlint.checks.outcome_markers import (
    denies_a_possibility,
    grants_a_right,
    softened,
    warns_of_loss,
)
from smartlint.checks.verbs import VerbList, VerbPhrase
from smartlint.checks.word_classes import COORDINATORS, NEGATIONS
from smartlint.doc_text import doc_text, doc_tokens, span_text, span_tokens
from smartlint.nl import OUR_SIDE
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Closed-class negation words (grammar, as in smartlint.checks.promises).
# Where a "dat"-clause with the guaranteed content starts: negation after it is content.
_CONTENT_OPENERS = {"dat", ":", ","}
_NOT_CLAIMS = {"instruction", "question"}
# "X, dan Y": Y holds on X (a condition or the reader's step); grammar, not vocabulary.
_THEN = re.compile(r",\s*dan\b")
# Subordinators of an indirect question: "Je vroeg of ik kan garanderen dat ...".
_QUESTION_MARKERS = {"of"}
# Determiners and possessives that make a thing ours, the reader's or one just named (closed class).
_POINTING_DETERMINERS = {"ons", "onze", "uw", "je", "jouw", "dit", "dat", "deze", "die", "het", "mijn", "m'n"}


@register("realistic.absolute_outcome")
def absolute_outcome(doc: "Doc", ctx: CheckContext, params: dict) -> Iterable[Hit]:
    markers, guarantee_verbs, outcome_verbs, future = compiled("realistic", params, _lists)
    if not _may_claim(doc, *compiled("realistic.triggers", params, _triggers)):
        return  # most messages hold no marker and no guarantee or outcome verb
    whole_message = not ctx.library or reads_as_message(doc, int(params.get("library_min_sentences", 3)))
    guarantees = frozenset(fold(v) for v in params.get("guarantee_verbs") or [])
    outcome_states = frozenset(fold(v) for v in params.get("outcome_states") or [])
    lasting = frozenset(fold(v) for v in params.get("lasting_markers") or [])
    reported: list[tuple[int, int]] = []
    strong = compiled("realistic.absolute", params, lambda p: MarkerList.parse(p.get("absolute_outcomes") or []))
    # a marker that opens with a distributive ("elke vraag ... opgelost") claims a habit
    every = tuple(f"{word} " for word in sorted(lexicon()["distributive_words"].words))
    for sent in content_sentences(doc):
        if span_text(sent).rstrip().endswith("?"):
            continue
        for start, end, kind in _found(doc, sent, markers, guarantee_verbs, outcome_verbs):
            if any(s < end and start < e for s, e in reported):
                continue
            if kind == "guarantee" and (_guarantees_a_figure(doc, sent, end, outcome_states) or _label(doc, sent, start)
                                        or _technique_guarantees(doc, start, end)):
                continue  # "Wij garanderen een reactie binnen 24 uur": a policy with a figure
            if _told_as_done(doc, start, end, future, kind, guarantees) \
                    and not (kind == "phrase" and fold(doc.text[start:end]) in lasting) \
                    and not (kind == "phrase" and fold(doc.text[start:end]).startswith(every)):
                # ("Bij ons is elke vraag dezelfde dag opgelost" is a habit claimed for every case)
                # "Alle problemen zijn inmiddels opgelost": what happened, no promise; but
                # "is voorgoed verholpen" promises the fault never returns
                continue
            if kind == "phrase" and warns_of_loss(doc, start, end, params):
                continue  # "Uw berichten zullen voor altijd verdwijnen": what cannot be undone
            if kind == "phrase" and grants_a_right(doc, start, end, params):
                continue  # "Uw toestemming kan te allen tijde worden ingetrokken"
            if kind == "phrase" and denies_a_possibility(doc, start, end, params):
                continue  # "Het kan nooit meer hersteld worden": a warning, no outcome
            if softened(doc, start, end, params):
                continue  # "Dit komt gelukkig vrijwel niet meer voor"
            absolute = kind == "phrase" and any(
                s == start and e == end for s, e in strong.find(fold(doc_text(doc)), start, end))
            if _holds(doc, ctx, start, end, whole_message, absolute):
                reported.append((start, end))
                yield Hit(start, end)


def _marker_entries(params: dict) -> list[str]:
    entries = list(params.get("absolute_outcomes") or [])
    entries += combine(params.get("full_scale") or [], params.get("scale_outcomes") or [])
    always, prompt = params.get("always_words") or [], params.get("promptness_words") or []
    entries += combine(always, prompt)
    entries += combine(combine(always, params.get("precision_words") or []), params.get("precise_outcomes") or [])
    entries += combine(params.get("not_one_words") or [], params.get("failure_nouns") or [])
    return entries


def _lists(params: dict) -> tuple[MarkerList, VerbList, VerbList, MarkerList]:
    entries = _marker_entries(params)
    return (
        MarkerList.parse(entries),
        VerbList.parse(params.get("guarantee_verbs") or []),
        VerbList.parse(params.get("total_outcome_verbs") or []),
        MarkerList.parse(params.get("future_words") or []),
    )


def _triggers(params: dict) -> tuple[list[frozenset[str]], list["VerbPhrase"]]:
    """What :func:`_found` looks for, reduced to a quick test per Doc: per marker, the
    ``[\\w-]+`` pieces of its words that are each a whole such run of the folded text
    where the marker matches (the marker regexes of ``claim_words`` start and end every
    word at a word boundary, except that a part's last word may end a hyphenated
    compound: "IT-problemen"; that word is left out), and the guarantee and outcome verb
    phrases."""
    markers = []
    for entry in _marker_entries(params):
        parts = [p.split() for p in fold(" ".join(str(entry).split())).split("...")]
        words = [w for part in parts for w in (part[:-1] if len(part) > 1 else part)]
        markers.append(frozenset(piece for word in words for piece in WORD_RUN.findall(word)))
    _, guarantee, outcome, _ = _lists(params)
    return markers, [phrase for verbs in (guarantee, outcome) for phrase in verbs.phrases]


def _may_claim(doc: "Doc", markers: list[frozenset[str]], phrases: list["VerbPhrase"]) -> bool:
    """A necessary condition for any hit of :func:`_found` in ``doc``: some marker has
    all its pieces among the runs of the folded sentences (read one by one, as
    :func:`_found` reads them), or some verb phrase could match the words of the whole
    Doc (each clause's words are among them)."""
    runs = set()
    for sent in content_sentences(doc):
        runs.update(WORD_RUN.findall(fold(span_text(sent))))
    if any(pieces <= runs for pieces in markers):
        return True
    words = {fold(t.text) for t in doc_tokens(doc)}
    return any(phrase.could_match(words) for phrase in phrases)


def _found(doc: "Doc", sent: "Span", markers: MarkerList, guarantee: VerbList,
           outcome: VerbList) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the markers in ``sent``: phrases, then verb phrases per
    clause (so "alles" and its verb share a clause: not "... er alles aan om de dienst
    te herstellen", not "de regel verwijderd ... of alles werkt").  ``kind``: phrase,
    guarantee or outcome."""
    offset = sent.start_char
    found = [(offset + s, offset + e, "phrase") for s, e in markers.find(fold(span_text(sent)))]
    for tokens in _clause_words(doc, sent):
        words = [fold(t.text) for t in tokens]
        particles = particle_positions(tokens)
        for kind, verbs in (("guarantee", guarantee), ("outcome", outcome)):
            hit = verbs.match(words, particles) if verbs.phrases else None
            if hit is not None:
                first, last = tokens[min(hit[1])], tokens[max(hit[1])]
                found.append((first.idx, last.idx + len(last.text), kind))
    # a verb phrase around a marker phrase yields to it: "We lossen dit 100% naar je
    # tevredenheid op" reports "100% naar je tevredenheid"
    phrases = [(s, e) for s, e, kind in found if kind == "phrase"]
    return sorted(hit for hit in found if hit[2] == "phrase" or not any(hit[0] <= s and e <= hit[1] for s, e in phrases))


def _clause_words(doc: "Doc", sent: "Span") -> list[list["Token"]]:
    """The words of each clause of ``sent``, each word in its innermost clause."""
    from smartlint.nl.clauses import clauses_of

    clauses = [c for c in clauses_of(doc) if sent.start <= c.start and c.end <= sent.end]
    groups: dict[tuple[int, int], list["Token"]] = {}
    for token in span_tokens(sent):
        if token.is_space or token.is_punct:
            continue
        holders = [c for c in clauses if c.start <= token.i < c.end]
        inner = min(holders, key=len) if holders else None
        key = (inner.start, inner.end) if inner is not None else (-1, -1)
        groups.setdefault(key, []).append(token)
    return list(groups.values())


def _holds(doc: "Doc", ctx: CheckContext, start: int, end: int, whole_message: bool, absolute: bool = False) -> bool:
    """Whether the marker at [start, end) stands in a claim of ours.  ``absolute``: an
    ``absolute_outcomes`` phrase ("nergens meer zorgen"), which a condition of the
    reader's makes no policy unless the sentence has its figure or day."""
    clause = clause_of(doc, start, end)
    if clause is None:
        return whole_message
    if clause._.act in _NOT_CLAIMS or clause._.mood == "interrogative":
        return False
    if ctx.library and _purpose(doc, clause, start):
        # a purpose in a setting's help: "... kan worden gewijzigd om een correcte afronding
        # te garanderen" (blind judges, real-text-39 and 216); in a letter "Wij doen alles
        # om u 100% tevredenheid te garanderen" still promises it
        return False
    if _negated(clause, start, end):
        return False
    if clause._.act == "description" and clause._.finite is not None \
            and "Past" in clause._.finite.morph.get("Tense"):
        return False  # "De integratie kon geen enkele milieustraat meer vinden": what was, no outcome promised
    if _fronted_purpose(doc, start):
        return False  # "Om een goede service te garanderen, beperkt de gateway ...": why, no guarantee
    from smartlint.nl.acts import clause_verbs

    if clause_verbs(clause) & lexicon()["conviction_verbs"].words:
        return False  # "Wij geloven te allen tijde in beschaafd gedrag": a value held, no outcome
    if clause._.role == "subordinate":
        if clause._.marker in lexicon()["condition_markers"].words or clause._.marker in _QUESTION_MARKERS:
            return False  # a condition, or an indirect question ("Je vroeg of ik kan garanderen ...")
        if _governed_by_non_claim(doc, clause):
            return False
    if _after_then(doc, start):
        return False  # "Bestel vóór 17.00 uur, dan heeft u het gegarandeerd morgen": a policy
    condition = clause._.condition
    if condition is not None and (condition._.subject_kind == "customer"
                                  or any(fold(t.text) in _readers() for t in condition)) \
            and (not absolute or _has_figure(clause.sent)):
        # "Als u vóór 22.00 uur bestelt, ...": a policy with its figure or day on the
        # reader's condition; not "Zodra u overstapt, hoeft u zich nergens meer zorgen te maken"
        return False
    if not whole_message and clause._.subject_kind not in OUR_SIDE:
        return False
    if ctx.library and reader_speaks(clause):
        return False  # "Ik ben 100% zeker": the reader ticks it (blind judges, real-text-57)
    return True


def _has_figure(sent: "Span") -> bool:
    """A number or a day the reader can check (lexicon ``checkable_moments``) in the sentence."""
    days = lexicon()["checkable_moments"].words
    return any(t.like_num or any(ch.isdigit() for ch in t.text) or fold(t.text) in days for t in sent)


def _purpose(doc: "Doc", clause: "Span", start: int) -> bool:
    """The marker is in an "om ... te" purpose: the clause opens with "om", or the marker
    is the te-infinitive after an "om" of its clause (the parse may not split it off)."""
    words = fold(clause.text).split()
    if words[:1] == ["om"] and "te" in words:
        return True
    token = next((t for t in clause if t.idx == start), None)
    if token is None or token.i == 0 or fold(doc[token.i - 1].text) != "te":
        return False
    return any(fold(t.text) == "om" for t in clause if t.i < token.i)


def _fronted_purpose(doc: "Doc", start: int) -> bool:
    """The marker is the te-infinitive of a purpose clause that opens its sentence ("Om
    ... te garanderen, ..."): it says why the main clause happens.  A purpose after the
    main clause ("Wij doen alles om u 100% tevredenheid te garanderen") still promises."""
    token = next((t for t in doc_tokens(doc) if t.idx == start), None)
    if token is None or token.i == 0:
        return False
    before = [t for t in doc[token.sent.start:token.i] if not t.is_space]
    return len(before) >= 2 and fold(before[0].text) == "om" and fold(before[-1].text) == "te" \
        and not any(t.text in ",;:" for t in before)


def _technique_guarantees(doc: "Doc", start: int, end: int) -> bool:
    """A guarantee verb whose subject is a thing named on its own, neither ours nor the
    reader's nor one just mentioned ("HTTPS garandeert de vertrouwelijkheid": what a
    technique does; not "Onze service garandeert ...", "Dit gebeurt ...", "Uw pakket ...")."""
    clause = clause_of(doc, start, end)
    if clause is None or clause._.finite is None or clause._.finite.idx != start:
        return False  # only the guarantee verb itself ("garandeert"), not "gegarandeerd morgen in huis"
    subject = clause._.subject
    if clause._.subject_kind != "thing" or subject is None or subject[-1].i >= clause._.finite.i:
        return False
    if len(subject) == 1 and fold(subject[0].text) in DEMONSTRATIVES:  # "dit garandeert ..."
        from smartlint.nl.clauses import clauses_of

        # "De cache kan oplopen tot 250MB; dit garandeert snellere laadtijden": "dit" points
        # back at the thing the clause before it is about (judged wrong blind, real-text-327);
        # not at our own work ("Wij werken met vaste monteurs; dit garandeert ...")
        before = [c for c in clauses_of(doc) if c.end <= clause.start and c._.subject is not None]
        return bool(before) and before[-1]._.subject_kind == "thing"
    return fold(subject[0].text) not in _POINTING_DETERMINERS


def _after_then(doc: "Doc", start: int) -> bool:
    """ "Bestel vóór 17.00 uur, dan ...", "Werkt het niet, dan ...": the marker follows a
    ", dan" in its sentence, so it holds only on the step or condition before it."""
    sent = doc.char_span(start, start + 1, alignment_mode="expand")
    if sent is None:
        return False
    sentence = sent[0].sent
    then = None
    for then in _THEN.finditer(fold(doc_text(doc)[sentence.start_char:start])):
        pass
    if then is None:
        return False
    # "Ik stuur je er vandaag een op, dan ben je 100% zeker ...": after our own promise the
    # outcome is claimed, not held on a step of the reader's
    comma = sentence.start_char + then.start()
    before = clause_of(doc, comma - 1, comma)
    return not (before is not None and before._.act not in _NOT_CLAIMS and before._.subject_kind in OUR_SIDE)


def _governed_by_non_claim(doc: "Doc", clause: "Span") -> bool:
    """A subordinate clause hangs on the clauses before it: one of them negated, a
    question, an instruction or an indirect question makes it no claim of ours ("Ik
    kan niet beloven dat ...", "Je vroeg of ik kan garanderen dat ...")."""
    current = clause
    for _ in range(3):
        governing = previous_clause(doc, current)
        if governing is None:
            return False
        # The governing clause's own words: not those of the clause that hangs on it.
        if _negated(governing, current.start_char, current.end_char) or governing._.act in _NOT_CLAIMS \
                or governing._.marker in _QUESTION_MARKERS:
            return True
        if governing._.role != "subordinate":
            return False
        current = governing
    return False


def _negated(clause: "Span", start: int, end: int) -> bool:
    """A negation in ``clause`` outside the marker: before it, or after it up to the
    start of the guaranteed content ("We garanderen niet dat ...", but not "We
    garanderen dat dit niet meer gebeurt").  A negation before a comma that precedes the
    marker in a "Geen zorgen," formula belongs to that interjection, not to the claim
    ("Geen zorgen, dit gaat nooit meer gebeuren")."""
    last_comma = max((t.idx for t in clause if t.text == "," and t.idx < start), default=-1)
    first = next((t for t in clause if t.is_alpha), None)
    if first is None or first.lower_ != "geen":
        last_comma = -1  # only a "Geen zorgen," / "Geen probleem," formula is an interjection
    marker_words = [t.lower_ for t in clause if start <= t.idx < end]
    later = [t.lower_ for t in clause if t.idx >= end]
    for token in clause:
        if start <= token.idx < end or token.idx < last_comma:
            continue
        if token.idx >= end:
            if token.lower_ in _CONTENT_OPENERS or token.lower_ in COORDINATORS:
                break  # (a negation in the next conjunct is its own: "... 100% veilig en worden nooit gelekt")
            if token.lower_ in NEGATIONS and "meer" in later[later.index(token.lower_):]:
                continue  # "100% gegarandeerd geen haperingen meer": the outcome claimed
        if token.lower_ in NEGATIONS and marker_words[:1] == [token.lower_]:
            continue  # "nooit, maar dan ook nooit meer": the marker's own word, repeated for emphasis
        if token.lower_ in NEGATIONS:
            return True
    return False


def _label(doc: "Doc", sent: "Span", start: int) -> bool:
    """ "Garanderen dat de resultaten ...": a sentence opening with the bare infinitive is
    a label or a task, not a claim."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    return first is not None and first.idx == start and first.text[:1].isupper() and first.lower_.endswith("en")


def _guarantees_a_figure(doc: "Doc", sent: "Span", end: int, outcome_states: frozenset[str] = frozenset()) -> bool:
    """A guarantee of a figure ("Wij garanderen een reactie binnen 24 uur", "gegarandeerd
    binnen 2 werkdagen geleverd") is a service level, a policy fact; a guarantee of an
    outcome says what ("dat ...", ": ...") or names no figure, or the outcome is a state
    nobody controls, figure or not (params ``outcome_states``: "gegarandeerd binnen een
    week volledig genezen")."""
    from smartlint.nl.verbs import infinitives_of

    after = [t for t in sent if t.idx >= end and not t.is_space]
    if any(t.lower_ in _CONTENT_OPENERS for t in after[:4]):
        return False
    if any(fold(t.text) in outcome_states or infinitives_of(t.text) & outcome_states for t in after):
        return False
    units = tuple(lexicon()["time_units"].words)
    return any(any(ch.isdigit() for ch in t.text) or t.like_num and (
        # "een" is mostly the article; before a time unit ("een (werk)dag") it is a figure
        fold(t.text) != "een" or k + 1 < len(after) and fold(after[k + 1].text).endswith(units))
        for k, t in enumerate(after))


def _told_as_done(doc: "Doc", start: int, end: int, future: MarkerList, kind: str,
                  guarantees: frozenset[str] = frozenset()) -> bool:
    """The marker's clause tells what happened, not what will be (see
    :func:`smartlint.checks.claim_words.tells_what_happened`); "gegarandeerd" itself is
    the claim ("Uw levering is gegarandeerd", "heb je 100% gegarandeerd geen problemen
    meer"), never the participle of a perfect."""
    from smartlint.nl.verbs import infinitives_of

    clause = clause_of(doc, start, end)
    if clause is None:
        return False
    skip = (start, end) if kind == "guarantee" else (start, start)
    verbs = [t for t in clause if not skip[0] <= t.idx < skip[1] and not infinitives_of(t.text) & guarantees]
    return tells_what_happened(clause, future, skip, verbs)


def _readers() -> frozenset[str]:
    return lexicon()["customer_pronouns"].words
