"""Promises the analysis found that are no promise of ours after all (a reader's request
before them, a negation, an act or library scope that rules them out), and action items
dated by a template placeholder: the filters :func:`smartlint.checks.promises.find_promises`
applies while and after reading the sentences."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from smartlint.checks import CheckContext
from smartlint.checks.clauses import Clause, is_verb_like, norm
from smartlint.checks.library_promises import happens_now, personal_promise
from smartlint.checks.promise_parts import DONE, Promise
from smartlint.checks.promise_shapes import courtesy_formula, speaker_first
from smartlint.checks.promise_words import promise_words
from smartlint.checks.verbs import PARTICLES
from smartlint.checks.word_classes import COMPLEMENTISERS, CONDITIONALS, DETERMINERS, FUTURE, GAAN
from smartlint.doc_text import doc_text
from smartlint.nl.folding import fold
from smartlint.placeholders import dated_by_placeholder_in, placeholder_letters

if TYPE_CHECKING:
    from spacy.tokens import Doc


def dated_by_placeholder(promise: Promise, ctx: CheckContext) -> Promise:
    """ "- {{ accountmanager }}: stuurt op {{ datum }} het voorstel": a date placeholder
    is the item's moment."""
    if promise.when.status != "missing" or not dated_by_placeholder_in(ctx.placeholders, promise.start, promise.end):
        return promise
    return dataclasses.replace(promise, when=DONE)


_COLON_THEN_LINE = re.compile(r"[ \t]*:[ \t]*\n")


def introduces_slots(text: str, promise: Promise, placeholders) -> bool:
    """The promise's sentence ends in a colon that opens a template's data lines: "Het
    pakket zal bij het volgende adres worden afgeleverd:" over "{street} {number}". The
    sentence announces the data the template fills in; who and when are in other lines or
    fields of the template (real-text-198, judged wrong twice)."""
    opening = _COLON_THEN_LINE.match(text, promise.end)  # matched in place: no copy of the rest
    if opening is None:
        return False
    line_start = opening.end()
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    inside, letters = placeholder_letters(text, line_start, line_end, placeholders)
    return letters > 0 and 2 * inside >= letters


# Clause acts (smartlint.nl.acts) that are never our promise: "Probeer het opnieuw",
# "Wilt u ...?", "Details bekijken".
_NOT_PROMISE_ACTS = {"instruction", "question", "label"}


def not_a_promise(doc: "Doc", promise: Promise, library: bool) -> bool:
    from smartlint.nl.clauses import clauses_of

    acts = _acts_beside_conditions(doc, promise)
    if acts and acts <= _NOT_PROMISE_ACTS and not (acts == {"label"} and (speaker_first(doc, promise) or promise.complete)):
        return True  # a label, unless it reads as a whole promise ("... appt Ruben je de foto's")
    if "cause" in acts and _verb_in_cause_subclause(doc, promise):
        return True  # "(Het lijkt erop dat) de storing door de update komt": a cause, nothing to come
    if acts == {"courtesy"} and courtesy_formula(doc, promise, promise_words().courtesy_sentences):
        return True  # "Dankjewel voor je bericht" read as "Dankjewel ... bericht(en)"
    if library and (not personal_promise(doc, promise) or happens_now(doc, promise)):
        # A library string is mostly the software speaking ("Je producten worden nu
        # geïmporteerd", "%d actie wordt uitgevoerd", "U wordt doorgestuurd"): there a
        # promise must be one a person or team of ours makes, in a clause the analysis
        # reads as a promise, not a passive or a thing acting, nor one that waits on a
        # condition ("We laten het je weten wanneer het product op voorraad is").
        return True
    if (promise.who.status == "unknown" or promise.who.detail == "passive" and promise.when.status != "concrete") \
            and _field_value(doc, promise):
        # "Werk: schakelkabel en derailleur vervangen (€ 78,00)", "Impact: reizigers worden
        # handmatig gecontroleerd": a form's or status record's field, no one of ours acts
        return True
    if promise.who.detail == "passive" and promise.when.status != "concrete" and _happening_now(doc, promise):
        return True  # "Uw aanvraag wordt momenteel behandeld": a fact of the present, like "is in behandeling"
    if _in_a_possibility(doc, promise) or _asked_about(doc, promise) or _perfect_continued(doc, promise):
        return True
    if promise.who.status == "unknown" and "promise" not in acts and _things_act(doc, promise):
        return True  # "Deze maandelijkse berichten zullen ook aanwijzingen bevatten": a thing's content
    if promise.who.detail == "receive" and promise.when.status != "concrete" and _hedged(doc, promise):
        return True  # "Mogelijk kunt u daardoor een lagere rente krijgen": a possibility (its hedge is reported)
    if promise.who.detail == "passive" and promise.when.status != "concrete" and _described_agent(doc, promise):
        return True  # "De Volkskeuken wordt volledig geopereerd door vrijwilligers": who does it, told
    if promise.who.detail == "passive" and promise.when.status != "concrete" and _general_rule(doc, promise):
        return True  # "Beschikbare plaatsen worden vergeven op volgorde van betaling": how it always goes
    if promise.who.detail in ("passive", "follows") and promise.when.status == "missing" and _a_procedure(doc, promise):
        return True  # "Na ontvangst van uw betaling wordt de bestelling verzonden": how an order goes
    if promise.who.detail == "passive" and promise.when.status != "concrete" and _restored(doc, promise):
        return True  # "Alle betalingen worden weer verwerkt; de storing is verholpen": the state now
    # A description of the system's routine or of this very message ("U ontvangt deze
    # e-mail omdat ...", "Gegevens worden automatisch verwijderd").
    clauses = [c for c in clauses_of(doc) if c.start_char <= promise.start < c.end_char]
    if clauses and all(c._.role == "subordinate" and c.end_char < promise.end for c in clauses):
        # a fronted reason or condition is not the promise's clause: "Omdat uw contract
        # afloopt, mailt Linda u een voorstel" (the contract runs out by itself; Linda mails)
        after = max(c.end_char for c in clauses)
        clauses = [c for c in clauses_of(doc) if after <= c.start_char < promise.end and c._.role == "main"] or clauses
    return bool(clauses) and all(c._.routine for c in clauses)


# A line that opens with a label and a colon: "Werk:", "- Advies:".
_LABEL_BEFORE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?P<label>[^\W\d][\w' -]{1,40}?)[ \t]*:[ \t]*")


def _field_value(doc: "Doc", promise: Promise) -> bool:
    """The promise is the value of a field of a form or a status record (lexicon
    ``field_labels``: "Werk:", "Advies:", "Impact:"): what was found, advised or is the
    case, not what someone of ours will do (paraphrases119: a repair slip's "Werk:
    schakelkabel en derailleur vervangen (€ 78,00)" read as a promise without a moment)."""
    from smartlint.nl.lexicon import lexicon

    text = doc_text(doc)
    line_start = text.rfind("\n", 0, promise.start) + 1
    m = _LABEL_BEFORE.match(text, line_start)
    if m is None or promise.start > m.end():
        return False  # (the promise may open with the label: "Impact: reizigers worden ...")
    label = fold(m.group("label"))
    return any(start == 0 and end == len(label) for start, end in lexicon()["field_labels"].find(label))


def _verb_in_cause_subclause(doc: "Doc", promise: Promise) -> bool:
    """The promise's verb (where its what is reported) stands in a subordinate clause that
    states a cause."""
    from smartlint.nl.clauses import clauses_of

    marked = [p.start for p in (promise.what, promise.who, promise.when) if p.end > p.start]
    if not marked:
        return False
    verb = marked[0]
    return any(c._.role == "subordinate" and c._.act == "cause" and c.start_char <= verb < c.end_char
               for c in clauses_of(doc))


def _acts_beside_conditions(doc: "Doc", promise: Promise) -> set[str]:
    """The acts of the clauses the promise spans, leaving out a clause that is the
    condition of another of them: "Lukt dat niet, bel dan de servicedesk" is an
    instruction whatever "Lukt dat niet" is read as."""
    from smartlint.nl.clauses import clauses_of

    spanned = [c for c in clauses_of(doc)
               if c.start_char < max(promise.end, promise.start + 1) and promise.start < c.end_char]
    conditions = {(c._.condition.start_char, c._.condition.end_char) for c in spanned if c._.condition is not None}
    kept = [c for c in spanned if (c.start_char, c.end_char) not in conditions]
    return {c._.act for c in kept} if kept else {c._.act for c in spanned}


def _hedged(doc: "Doc", promise: Promise) -> bool:
    """What the reader may get, hedged (lexicon ``hedges``, ``possibility_adverbs``) in a
    clause the analysis reads as no promise: "Misschien krijgt u een lagere rente" tells a
    chance, no one owes it (paraphrases124: a meeting note's "Mogelijk kunt u daardoor een
    lagere rente krijgen" labelled vague-word only)."""
    from smartlint.nl.clauses import clauses_of
    from smartlint.nl.lexicon import lexicon

    lex = lexicon()
    for clause in clauses_of(doc):
        if clause.start_char <= promise.start < clause.end_char and clause._.act != "promise":
            folded = fold(clause.text)
            return bool(lex["hedges"].find(folded) or lex["possibility_adverbs"].find(folded))
    return False


def _described_agent(doc: "Doc", promise: Promise) -> bool:
    """A passive that names its agent ("door vrijwilligers") in a clause the analysis
    reads as a description (a thing of no reader's as subject, no future, no moment): how
    something is run, not a job someone owes this reader (real-text-472, judged wrong)."""
    from smartlint.nl.acts import has_agent
    from smartlint.nl.clauses import clauses_of

    return any(c._.act == "description" and has_agent(c) for c in clauses_of(doc)
               if c.start_char <= promise.start < c.end_char)


def _general_rule(doc: "Doc", promise: Promise) -> bool:
    from smartlint.nl.clauses import clauses_of
    from smartlint.nl.lexicon import lexicon
    from smartlint.nl.standing import general_rule

    lex = lexicon()
    return any(general_rule(c, lex) for c in clauses_of(doc) if c.start_char <= promise.start < c.end_char)


def _a_procedure(doc: "Doc", promise: Promise) -> bool:
    """An actorless statement set going by the customer's own step (lexicon
    ``procedure_triggers``: "na ontvangst van uw betaling", "na aanmelding") and told in
    the present, not with "zal": the procedure every order follows, not a step someone
    owes this reader ("Bezorging volgt na ontvangst van je betaling"; paraphrase writers
    label it clean)."""
    from smartlint.nl.clauses import clauses_of
    from smartlint.nl.lexicon import lexicon

    triggers = lexicon()["procedure_triggers"]
    for clause in clauses_of(doc):
        if clause.start_char <= promise.start < clause.end_char:
            if any(fold(t.text) in _FUTURE_AUXILIARIES for t in clause):
                return False
            if triggers.find(fold(clause.text)):
                return True
    return False


_FUTURE_AUXILIARIES = FUTURE | GAAN  # "zal", "gaat": the step is owed, no procedure


def _perfect_continued(doc: "Doc", promise: Promise) -> bool:
    """ "Ik heb je bestelling geannuleerd en de € 19,99 zojuist teruggestort": a
    coordinate part without a finite verb of its own shares the main clause's
    perfect, so it tells what is done; a participle the tagger calls finite is no
    promise there."""
    from smartlint.checks.tense import narrated
    from smartlint.nl.clauses import clauses_of

    around = [c for c in clauses_of(doc) if c.start_char <= promise.start < c.end_char]
    if not any(c._.role == "coordinate" and c._.finite is None for c in around):
        return False
    return any(c._.role == "main" and c._.finite is not None and narrated(c) for c in around)


def _happening_now(doc: "Doc", promise: Promise) -> bool:
    """The promise says the work goes on now ("momenteel", "op dit moment": lexicon
    ``current_period_words``) and nothing of the future (``future_time_markers``, a form
    of the ``future_auxiliaries``: "zal", "gaat")."""
    from smartlint.nl.lexicon import lexicon
    from smartlint.nl.verbs import infinitives_of

    folded = fold(doc_text(doc)[promise.start:promise.end])
    lex = lexicon()
    future = lex["future_auxiliaries"].words
    return bool(lex["current_period_words"].find(folded)) and not lex["future_time_markers"].find(folded) \
        and not any(infinitives_of(w) & future for w in folded.split())


def _in_a_possibility(doc: "Doc", promise: Promise) -> bool:
    """ "... kan het hier gaan om een goedkeuring of een beoordelingsronde waarin de
    commissie advies zal inwinnen": a relative clause that describes one of the things a
    sentence says may happen (an impersonal main clause with a modal of ability, lexicon
    ``ability_modals``) promises nothing (real-text-88, judged wrong)."""
    from smartlint.nl.clauses import clauses_of, sentence_clauses
    from smartlint.nl.lexicon import lexicon

    inside = [c for c in clauses_of(doc) if c.start_char < promise.end and promise.start < c.end_char]
    own = next((c for c in inside if c._.act == "promise"), None)
    if own is None or own._.role != "subordinate" or own.root.dep_ != "acl:relcl":
        return False
    ability = lexicon()["ability_modals"]
    return any(c._.role == "main" and c._.finite is not None and fold(c._.finite.text) in ability
               and c._.subject_kind == "thing" for c in sentence_clauses(own))


def _asked_about(doc: "Doc", promise: Promise) -> bool:
    """ "De reden waarom het wordt vastgehouden:", "hoe we de pagina verbeteren": the
    promise's verb stands in a clause opened by a question word (lexicon
    ``indirect_question_markers``): what is told or asked about, no commitment
    (real-text-105, judged wrong)."""
    from smartlint.nl.clauses import clauses_of
    from smartlint.nl.lexicon import lexicon

    markers = lexicon()["indirect_question_markers"]
    verbs = [c for c in clauses_of(doc) if c.start_char < promise.end and promise.start < c.end_char
             and c._.finite is not None and promise.start <= c._.finite.idx < promise.end]
    return bool(verbs) and all(c._.role == "subordinate" and fold(c[0].text) in markers for c in verbs)


def _restored(doc: "Doc", promise: Promise) -> bool:
    """The passive says the work runs again (lexicon ``restored_markers``: "weer") in a
    message that says the fault is over (``fixed_statements``)."""
    from smartlint.nl.lexicon import lexicon

    lex = lexicon()
    folded = fold(doc_text(doc))
    return bool(lex["restored_markers"].find(folded, promise.start, promise.end)) \
        and bool(lex["fixed_statements"].find(folded))


def after_request(doc: "Doc", previous: Clause | None, clause: Clause) -> bool:
    """"Laat het ons weten en we helpen je": a promise joined by "en" to a request to the
    reader waits on the reader, like one after "als u ..."."""
    from smartlint.nl.clauses import acts_at

    if previous is None or norm(clause.words[0]) != "en":
        return False
    return acts_at(doc, *previous.char_range) == {"instruction"}


def tells_the_reader(clause: Clause, sub: Clause) -> bool:
    """"Peter mailt u vrijdag wanneer u de auto kunt ophalen": after a verb of telling
    (lexicon ``telling_verbs``) a following "wanneer"/"of" clause is what we tell the
    reader, an indirect question, not a condition on the reader."""
    from smartlint.nl.lexicon import lexicon
    from smartlint.nl.verbs import SEPARABLE_PREFIXES, infinitives_of

    if sub.subordinator not in COMPLEMENTISERS or not sub.words:
        return False
    lex = lexicon()
    telling = lex["telling_verbs"].words
    if sub.words[0].i < clause.words[0].i:
        # fronted, an "of" clause is what the reader hears or is told ("Of je kat het voer
        # verdraagt, hoor je vrijdag van Rosa"); a fronted "wanneer" is a condition
        if sub.subordinator in CONDITIONALS:
            return False
        telling = telling | lex["receive_verbs"].words
    verbs = set().union(*(infinitives_of(t.text) for t in clause.words))
    # with the clause's particle: "Kees geeft u door wanneer ..." (doorgeven)
    particles = {t.text.lower() for t in clause.words} & set(SEPARABLE_PREFIXES)
    return bool((verbs | {p + v for p in particles for v in verbs}) & telling)


def told_after(clause: Clause) -> bool:
    """"Hoe het verder gaat met je reservering, vertelt Koos je woensdag": a fronted
    indirect question that a verb of telling (lexicon ``telling_verbs``) later in the
    sentence takes as its object is what we tell, not a promise of its own."""
    from smartlint.nl.lexicon import lexicon
    from smartlint.nl.verbs import infinitives_of

    words = clause.words
    if not words or norm(words[0]) not in COMPLEMENTISERS - {"dat"}:
        return False
    telling = lexicon()["telling_verbs"].words
    after = words[-1].doc[words[-1].i + 1: words[-1].sent.end]
    return any(infinitives_of(t.text) & telling for t in after)


_NEGATIONS = {"niet", "geen", "nooit", "niets", "niemand"}


def negated_clause(words, known: frozenset[str]) -> bool:
    """"niet", "geen" ... unless contrasted: "niet op vrijdag maar op zaterdag"."""
    from smartlint.nl.lexicon import lexicon

    folded = [norm(t) for t in words]
    limits = lexicon()["limit_phrases"]
    for k, word in enumerate(folded):
        if k and word in ("dat", "of") and (folded[k - 1].startswith("er") or is_verb_like(words[k - 1], known)):
            return False  # "Wij zorgen dat u hier nooit meer last van krijgt": the dat-clause's own
        if k and word in COMPLEMENTISERS and folded[k - 1] in PARTICLES:
            return False  # "Bram zoekt uit waarom de factuur niet klopt": the content clause's own
        if k > 1 and word in ("die", "dat") and (words[k - 1].pos_ in ("NOUN", "PROPN") or folded[k - 2] in DETERMINERS):
            return False  # "Merel belt u terug over de kassa die niet opstart": the relative clause's own
        if word in _NEGATIONS and limits.find(" ".join(folded[k:k + 3])):
            continue  # a deadline, not a negation: "wordt niet later dan vrijdag 11 december bezorgd"
        if word in _NEGATIONS and "maar" not in folded[k + 1:]:
            return True
    return False


def _things_act(doc: "Doc", promise: Promise) -> bool:
    """Every main clause at the promise has a thing as its subject and, as its main verb,
    a state verb (lexicon ``stative_verbs``) or one of a machine (``send_verbs``,
    ``system_actions``, ``navigation_verbs``): what a message contains ("Deze berichten zullen ook
    aanwijzingen bevatten"), what an app does; not a thing that comes ("Track & trace
    volgt per mail")."""
    from smartlint.nl.acts import clause_verbs
    from smartlint.nl.clauses import clauses_of
    from smartlint.nl.lexicon import lexicon

    lex = lexicon()
    future = lex["future_auxiliaries"].words
    # a state, or what only a machine does by itself: sending, storing ("De app stuurt je
    # een pushbericht zodra je rit begint")
    stative = set(lex["stative_verbs"].words) | set(lex["send_verbs"].words) | set(lex["system_actions"].words) \
        | set(lex["effect_verbs"].words) \
        | set(lex["navigation_verbs"].words)  # "Je steun zorgt ervoor dat ...", "Deze link brengt je naar ..."
    mains = [c for c in clauses_of(doc) if c.start_char < promise.end and promise.start < c.end_char
             and c._.role == "main"]

    def states(clause) -> bool:
        verbs = clause_verbs(clause) - future  # "zullen ... bevatten": the main verb's
        return bool(verbs) and verbs <= stative

    return bool(mains) and all(c._.subject_kind == "thing" and states(c) for c in mains)
