"""The clause analysis: what each clause of a message does, as spaCy extensions.

A registered component (:data:`CLAUSES`) that runs after the parser and its repairs.
For every sentence it finds the clauses from the dependency parse (a clause is a
verb that heads ``ROOT``, ``conj``, ``parataxis``, ``advcl``, ``ccomp``, ``acl:relcl``
or ``csubj``, with the words that hang under it) and writes, per clause ``Span``:

=====================  ===============================================================
``span._.act``         promise | instruction | question | description | cause |
                       courtesy | label (see :mod:`smartlint.nl.acts`)
``span._.subject``     the subject ``Span`` or None
``span._.subject_kind``speaker | team | person | customer | thing | none
``span._.finite``      the finite verb ``Token`` (or the imperative), or None
``span._.mood``        indicative | imperative | interrogative | none
``span._.negated``     a negation word modifies the clause's verb
``span._.condition``   the attached condition clause (``Span``) or None
``span._.role``        main | coordinate | subordinate
``span._.marker``      the folded subordinator of a subordinate clause ("als", "zodra")
``span._.routine``     a description of the system's routine or of this very message
                       ("wordt automatisch verwijderd", "U ontvangt deze e-mail omdat"),
                       or an act of ours done as the reader reads ("Ik zet je nu door")
``span._.elliptic``    a promise read from a chat shape with its subject left out
                       ("regel ik vanmiddag", "bel je om 15u, Jesse")
=====================  ===============================================================

``doc._.clauses`` lists the clause spans in text order; :func:`clause_at` finds the
clause of a character offset.  The parse comes first; word-order fallbacks are named
where they are used (``_FALLBACK_*``) because the parser is known to be weak there.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from smartlint.nl import INFINITIVE_MARKS
from smartlint.nl.acts import classify
from smartlint.nl.clause_heads import is_clause_head
from smartlint.nl.clause_parts import describe, subject_kind  # noqa: F401  (subject_kind: API)
from smartlint.nl.colon_subjects import clause_after_colon, name_after_colon
from smartlint.nl.clause_repairs import (
    clause_after_formula,
    imperative_after_comma,
    main_after_heading,
    main_after_inverted_condition,
    owner_before_colon,
    pronoun_before_its_verb,
    resolve_pronouns,
    share_subjects,
    words_before_marker,
)
from smartlint.nl.consequences import consequences_of_steps
from smartlint.nl.folding import fold
from smartlint.nl.lexicon import lexicon
from smartlint.nl.mood import QUESTION_SUBJECTS
from smartlint.nl.sentence import Sentence
from smartlint.nl.time_heads import main_after_time_word

CLAUSES = "smartlint_clauses"
FOLD_NORMS = "smartlint_fold_norms"

for _name, _default in [
    ("act", None), ("subject", None), ("subject_kind", None), ("finite", None),
    ("mood", None), ("negated", False), ("condition", None), ("role", None), ("marker", None),
    ("routine", False),
    # a promise with its subject left out, read from a chat shape ("regel ik", "bel je om 15u")
    ("elliptic", False),
]:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)
if not Doc.has_extension("clauses"):
    Doc.set_extension("clauses", default=None)
# sentence start -> the clauses of that sentence, in order: a check asking for "the other
# clauses of this sentence" once per clause would otherwise scan every clause of the Doc
# and ask each its sentence (quadratic in a long library string)
if not Doc.has_extension("sentence_clauses"):
    Doc.set_extension("sentence_clauses", default=None)
# token indices of the clauses' finite verbs (the word-order checks ask per token)
if not Doc.has_extension("finite_verbs"):
    Doc.set_extension("finite_verbs", default=None)


@Language.component(CLAUSES, assigns=["doc._.clauses"])
def clause_analysis(doc: Doc) -> Doc:
    clauses: list[Span] = []
    by_sentence: dict[int, list[Span]] = {}
    doc._.sentence_clauses = by_sentence
    if not doc.has_annotation("DEP"):
        doc._.clauses, doc._.finite_verbs = clauses, frozenset()  # not parsed (a test's bare tokens): nothing to read
        return doc
    for sent in doc.sents:
        if sent.text.isspace():
            continue  # the blank lines between paragraphs: no clause to read
        found = _sentence_clauses(sent, clauses)
        clauses.extend(found)
        by_sentence[sent.start] = found
    doc._.clauses = clauses
    doc._.finite_verbs = frozenset(c._.finite.i for c in clauses if c._.finite is not None)
    return doc


@Language.component(FOLD_NORMS)
def fold_norms(doc: Doc) -> Doc:
    """Each token's NORM becomes its folded form ("Vóór" -> "voor"), the lexicon's one
    matching semantics, for the phrase rules.  Runs after the parser: the tagger and
    parser were trained on spaCy's own norms.  One array write per Doc."""
    import numpy
    from spacy.attrs import LOWER, NORM

    strings = doc.vocab.strings
    lowers = doc.to_array([LOWER])
    norms = numpy.fromiter((_folded_hash(strings, int(h)) for h in lowers), dtype="uint64", count=len(lowers))
    doc.from_array([NORM], norms.reshape(-1, 1))
    return doc


# lower-case hash -> its folded text, or None when folding leaves it as it is (ASCII).
# The text, not its hash, is kept: a second pipeline in the process (an API user's own,
# ``--model``) has a StringStore of its own, where the folded string must be added too.
_FOLDED: dict[int, str | None] = {}


def _folded_hash(strings, lower_hash: int) -> int:
    if lower_hash not in _FOLDED:
        text = strings[lower_hash]
        folded = fold(text) if not text.isascii() else text
        _FOLDED[lower_hash] = folded if folded != text else None
    folded = _FOLDED[lower_hash]
    return lower_hash if folded is None else strings.add(folded)


def clauses_of(doc: Doc) -> list[Span]:
    """The clauses of ``doc`` (analysed on first use for a Doc made without the component)."""
    if doc._.clauses is None:
        clause_analysis(doc)
    return doc._.clauses


def finite_verbs(doc: Doc) -> frozenset[int]:
    """Token indices of every clause's finite verb (the parse's, or a named fallback's)."""
    clauses_of(doc)
    return doc._.finite_verbs


def sentence_clauses(clause: Span) -> list[Span]:
    """The clauses of ``clause``'s sentence, ``clause`` included, in order."""
    clauses_of(clause.doc)
    return clause.doc._.sentence_clauses.get(clause.sent.start, [])


def subject_kind_at(token: Token) -> str | None:
    """The subject kind the analysis gave the clause whose subject starts at ``token``
    (None when no clause's subject starts there): the word-order reading of the checks
    asks it where the tagger misreads a name ("Lieke/ADJ bevestigt ...")."""
    return next((c._.subject_kind for c in clauses_of(token.doc)
                 if c._.subject is not None and c._.subject.start == token.i), None)


def clause_at(doc: Doc, offset: int) -> Span | None:
    """The innermost clause that holds character ``offset``."""
    best = None
    for clause in clauses_of(doc):
        if clause.start_char <= offset < clause.end_char:
            if best is None or len(clause) < len(best):
                best = clause
    return best


def acts_at(doc: Doc, start: int, end: int) -> set[str]:
    """The acts of the clauses that the characters [start, end) lie in."""
    return {c._.act for c in clauses_of(doc) if c.start_char < max(end, start + 1) and start < c.end_char}


def has_condition(doc: Doc, start: int, end: int, ending_by: int | None = None) -> bool:
    """Whether a condition clause ("als", "zodra", "wanneer" ...) starts in the characters
    [start, end): also one the parse attached to a word instead of its verb ("We nemen
    contact op wanneer het product op voorraad is"); with ``ending_by``, one that ends
    there at the latest."""
    markers = lexicon()["condition_markers"]
    return any(start <= c.start_char < end and c._.marker is not None and c._.marker in markers
               and (ending_by is None or c.end_char <= ending_by)
               for c in clauses_of(doc))


# --- finding the clauses ---------------------------------------------------------------


def _sentence_clauses(sent: Span, earlier: list[Span] = ()) -> list[Span]:
    doc = sent.doc
    Sentence.enter(sent)
    tokens = Sentence.tokens
    start, end = sent.start, sent.end
    heads = [t for t in tokens if is_clause_head(t)] or [sent.root]
    head_set = {h.i for h in heads}
    parent = [t.head.i for t in tokens]
    root = sent.root.i
    # owner: token index -> index of the clause head it hangs under; each token's path
    # up the tree is walked once (a degenerate parse of a long line chains thousands of
    # tokens: walking every token to the top would be quadratic)
    owner: dict[int, int] = {}
    for token in tokens:
        path, node = [], token.i
        while node not in head_set and node not in owner:
            path.append(node)
            up = parent[node - start]
            if up == node or not start <= up < end:
                node = None
                break
            node = up
        found = owner[node] if node in owner else node if node in head_set else root
        for step in path:
            owner[step] = found
        owner.setdefault(token.i, found)
    words_before_marker(heads, owner, head_set)
    members: dict[int, list[int]] = {}
    for token in tokens:
        if not token.is_punct and not token.is_space:
            members.setdefault(owner[token.i], []).append(token.i)
    spans: list[Span] = []
    by_head: dict[int, Span] = {}
    for head in heads:
        mine = members.get(head.i)
        if not mine:
            continue
        span = doc[min(mine) : max(mine) + 1]
        by_head[head.i] = span
        spans.append(span)
    main_head = _main_head(sent, heads)
    for head in heads:
        span = by_head.get(head.i)
        if span is None:
            continue
        ext = span._
        ext.role = _role(head, main_head)
        ext.marker = _marker(head)
        describe(span, head, owner)
    spans = _split_marked(spans, by_head, heads)
    spans = _split_semicolons(spans)
    spans = clause_after_formula(spans)
    spans = main_after_heading(spans)
    spans = main_after_time_word(spans)
    spans = owner_before_colon(spans)
    spans = name_after_colon(spans)
    spans = clause_after_colon(spans)
    spans = main_after_inverted_condition(spans)
    spans = pronoun_before_its_verb(spans)
    share_subjects(by_head, heads, owner)
    resolve_pronouns(spans, earlier)
    for span in spans:
        span._.act = classify(span, sent)
    consequences_of_steps(spans, earlier)
    _inherit_instructions(by_head, heads, owner)
    _attach_conditions(spans, by_head, heads)
    return sorted(spans, key=lambda s: (s.start, -len(s)))


def _split_semicolons(spans: list[Span]) -> list[Span]:
    """_FALLBACK_SEMICOLON: a semicolon joins two main clauses ("Mail naar hulp@...;
    Jorien beantwoordt uw mail vandaag"); the parser sometimes hangs the second under
    the first, so a clause that spans a semicolon is read as two; so is a statement
    with a question after a comma (_FALLBACK_TAG_QUESTION) or with a request after a
    comma (_FALLBACK_COMMA_IMPERATIVE, :func:`imperative_after_comma`)."""
    asking = Sentence.question
    if ";" not in Sentence.text and "," not in Sentence.text:
        return spans  # most sentences: no token to look for
    out = []
    for span in spans:
        cuts = [t.i for t in Sentence.of(span) if span.start < t.i < span.end - 1
                and (t.text == ";" or asking and _question_after_comma(span, t)
                     or not asking and imperative_after_comma(span, t))]
        if not cuts:
            out.append(span)
            continue
        doc = span.doc
        bounds = [span.start, *[c + 1 for c in cuts], span.end]
        for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
            part = doc[a : b - 1] if k < len(cuts) else doc[a:b]
            if not len(part):
                continue
            part._.role = span._.role if k == 0 else "coordinate"
            part._.marker = span._.marker if k == 0 else None
            describe(part, part.root, {t.i: part.root.i for t in part})
            out.append(part)
    return out


def _question_after_comma(span: Span, comma: Token) -> bool:
    """_FALLBACK_TAG_QUESTION: "Ik bel je morgen om 10.00 uur, ben je dan thuis?": a
    verb-first question after a comma follows a statement with its own finite verb; the
    parser sometimes hangs the question's copula under the statement's verb."""
    if comma.text != "," or not any(t.pos_ in ("VERB", "AUX") for t in Sentence.of(span) if t.i < comma.i):
        return False
    verb, pronoun = Sentence.at(comma.i + 1), Sentence.at(comma.i + 2)
    return verb is not None and pronoun is not None and verb.pos_ in ("VERB", "AUX") \
        and fold(pronoun.text) in QUESTION_SUBJECTS


def _split_marked(spans: list[Span], by_head: dict[int, Span], heads: list[Token]) -> list[Span]:
    """_FALLBACK_MARKED_ROOT: on short e-mail sentences the parser often makes the verb
    of a subclause the root and hangs the main clause under it ("Houd uw klantnummer
    bij de hand als u belt": root "belt").  A main clause whose verb carries a
    subordinator is split there: the words before "als" are the main clause; and a
    fronted "Zodra ..., sturen we" is split at the comma."""
    doc = spans[0].doc if spans else None
    out = []
    for head in heads:
        span = by_head.get(head.i)
        if span is None:
            continue
        if span._.role != "main":  # only a main clause is split: its children are read once
            out.append(span)
            continue
        mark = next((c for c in head.children if c.dep_ == "mark" and c.pos_ == "SCONJ"
                     and fold(c.text) not in INFINITIVE_MARKS), None)
        if mark is None:
            out.append(span)
            continue
        if mark.i > span.start:
            main, sub = doc[span.start : mark.i], doc[mark.i : span.end]
        else:
            comma = next((t for t in Sentence.of(span) if t.i > mark.i and t.text == "," and t.i < span.end - 1), None)
            if comma is None:
                out.append(span)
                continue
            sub, main = doc[span.start : comma.i], doc[comma.i + 1 : span.end]
        if not len(main) or not len(sub):
            out.append(span)
            continue
        for part, role in ((main, "main"), (sub, "subordinate")):
            part._.role = role
            part._.marker = fold(mark.text) if role == "subordinate" else None
            root = part.root
            describe(part, root, {t.i: root.i for t in part})
        main._.condition = sub if fold(mark.text) in lexicon()["condition_markers"] else None
        by_head[head.i] = main
        out.extend([main, sub])
    return out


def _main_head(sent: Span, heads: list[Token]) -> Token:
    return sent.root


def _role(head: Token, main: Token) -> str:
    if head.i == main.i:
        return "main"
    if head.dep_ in ("conj", "parataxis") and not _marker(head):
        return "coordinate"
    return "subordinate"


def _marker(head: Token) -> str | None:
    for child in head.children:
        if child.dep_ == "mark" and child.i < head.i and not _comparing_als(child):
            return fold(child.text)
    return None


# Demonstratives after a comparing "als": "een storing als deze", "fouten als die".
_DEMONSTRATIVES = {"deze", "dit", "die", "dat"}


def _comparing_als(mark: Token) -> bool:
    """_FALLBACK_COMPARING_ALS: "Een storing als deze komt niet meer voor": after a noun
    and before a demonstrative, "als" compares (= like this one); the parser makes it the
    subordinator of the sentence's verb, which no condition opens."""
    doc = mark.doc
    before = doc[mark.i - 1] if mark.i > 0 else None
    after = doc[mark.i + 1] if mark.i + 1 < len(doc) else None
    return fold(mark.text) == "als" and before is not None and before.pos_ in ("NOUN", "PROPN") \
        and after is not None and fold(after.text) in _DEMONSTRATIVES


def _inherit_instructions(by_head: dict[int, Span], heads: list[Token], owner: dict[int, int]) -> None:
    """A clause that hangs under an instruction and has no finite verb of its own ("Update
    je betaalmethode om de betaling opnieuw te proberen"), or whose subject is the reader
    ("Stel een betaalmethode in voordat je het opnieuw probeert"), belongs to that
    instruction: the reader acts there, not us."""
    for head in heads:
        span = by_head.get(head.i)
        above = owner.get(head.head.i)
        parent = by_head.get(above) if above is not None else None
        if span is None or parent is None or parent is span or parent._.act != "instruction":
            continue
        if span._.role == "main":
            continue
        if span._.finite is None or span._.subject_kind == "customer":
            span._.act = "instruction"


def _attach_conditions(spans: list[Span], by_head: dict[int, Span], heads: list[Token]) -> None:
    conditions = set(lexicon()["condition_markers"].words)
    for head in heads:
        span = by_head.get(head.i)
        if span is None or span._.marker not in conditions:
            continue
        target = by_head.get(head.head.i)
        if target is not None and target is not span:
            target._.condition = span
