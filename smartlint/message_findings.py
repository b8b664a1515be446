"""One message's findings, from its Doc or from the Docs of its pieces.

A message is analysed as one or more parsed Docs (a long one in pieces, see
:mod:`smartlint.long_text`).  :class:`MessageFindings` runs the active rules on
each piece as it is parsed, keeps the surviving hits in message offsets and drops
the piece: memory holds the findings, never the whole message's tokens.

Rules that judge the message as a whole (:data:`MESSAGE_CHECKS`: "no concrete
next step anywhere") are combined over the pieces: such a rule holds for the
message when it holds for every piece with content, and is reported where the
first piece reports it.  A message of one piece is analysed exactly as before.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import TYPE_CHECKING

from smartlint.cache import SegmentFinding
from smartlint.checks import CheckContext, Hit
from smartlint.checks.smart import reads_as_letter
from smartlint.fixes import hit_replacement
from smartlint.long_text import Spans
from smartlint.nl import RELATIVE_PRONOUNS
from smartlint.nl.reported_speech import in_reported_speech
from smartlint.overlaps import resolve_overlaps, yield_in_sentence
from smartlint.preprocess import in_formula
from smartlint.text_dates import fill_dates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from smartlint.matching import CompiledRules
    from smartlint.packs import Rule

# Checks whose verdict is about the whole message, and, for a piece, whether it has
# anything they judge (a piece of greetings only has no next step to miss).
MESSAGE_CHECKS = ("smart.no_next_step",)


def _has_content(doc: "Doc", ctx: CheckContext, params: dict) -> bool:
    from smartlint.checks.first_sentence import first_content_sentence

    return first_content_sentence(doc, ctx, params) is not None


class MessageFindings:
    """The findings of one message, collected piece by piece (see the module docstring)."""

    def __init__(
        self, text: str, masked: str, ctx: CheckContext, active: list["Rule"], compiled: "CompiledRules", pieces: int
    ):
        """``text``: the message; ``masked``: as the parser saw it (placeholders
        masked, same length); ``pieces``: how many Docs :meth:`add_piece` will get."""
        self.text, self.masked, self.ctx, self.active, self.compiled = text, masked, ctx, active, compiled
        self.pieces, self.pieces_done = pieces, 0
        self.candidates: list[tuple["Rule", Hit]] = []
        self._placeholders = Spans(ctx.placeholders) if pieces > 1 else None
        whole = [rule for rule in active if rule.match.get("check") in MESSAGE_CHECKS]
        self._whole_rules = whole if pieces > 1 else []
        # per message-level rule: its first hit over the pieces; a rule in _whole_broken
        # had a piece with content but no hit, so the message passes it
        self._whole_first: dict[str, Hit | None] = {r.id: None for r in self._whole_rules}
        self._whole_broken: set[str] = set()

    def add_piece(self, doc: "Doc", start: int) -> None:
        """Run the rules on the Doc of the message's characters [start, start + len)."""
        ctx = self.ctx
        # The piece's text from the message: Doc.text joins every token anew at each use.
        text = self.masked[start : start + len(doc.text)] if self.pieces > 1 else self.masked
        if self._placeholders is not None:
            ctx = dataclasses.replace(ctx, placeholders=self._placeholders.within(start, start + len(text)))
        hits = self.compiled.run(doc, ctx, [rule.id for rule in self.active])
        whole_ids = {rule.id for rule in self._whole_rules}
        kept_by_rule: dict[str, list[Hit]] = {}
        for rule in self.active:
            kept = kept_by_rule.setdefault(rule.id, [])
            for hit in hits.get(rule.id, ()):
                hit = _trimmed(hit, text)
                if hit is None or _touches_placeholder(hit, ctx):
                    continue
                if not rule.in_formulas and in_formula(doc, hit.start, hit.end):
                    continue
                if in_reported_speech(doc, hit.start, hit.end):
                    continue  # U schreef: "Ik wil dit zsm": the customer's words, not ours
                if rule.category in _WORD_CATEGORIES and _in_title_case_name(text, hit):
                    continue  # "Batch Snel Vergelijken mislukt!", "de Grote Markt": a name, not a vague word
                if _in_english_sentence(doc, hit):
                    continue  # "This mail is from the {{environment}} environment": left untranslated
                if rule.scope is not None and not in_scope(rule.scope, doc, hit, ctx.library, reads_as_letter(doc, ctx)):
                    continue
                kept.append(hit)
        yield_in_sentence(kept_by_rule, self.active, doc)
        for rule in self.active:
            kept = kept_by_rule[rule.id]
            if rule.id in whole_ids:
                self._combine(rule, kept, doc, ctx)
                if not kept:
                    continue
                kept = kept[:1] if self._whole_first[rule.id] is None else []
            for hit in kept:
                self._keep(rule, hit, start, whole_ids)
        self.pieces_done += 1

    def _keep(self, rule: "Rule", hit: Hit, start: int, whole_ids: set[str]) -> None:
        """Keep a hit, in message offsets."""
        if start:
            hit = dataclasses.replace(hit, start=hit.start + start, end=hit.end + start)
        if rule.id in whole_ids:
            self._whole_first[rule.id] = hit
            return
        self.candidates.append((rule, hit))

    def _combine(self, rule: "Rule", kept: list[Hit], doc: "Doc", ctx: CheckContext) -> None:
        if not kept and _has_content(doc, ctx, rule.match.get("params") or {}):
            self._whole_broken.add(rule.id)  # this piece has what the rule looks for

    def findings(self) -> list[SegmentFinding]:
        for rule in self._whole_rules:
            first = self._whole_first[rule.id]
            if first is not None and rule.id not in self._whole_broken:
                self.candidates.append((rule, first))
        if not self.candidates:
            return []
        text, out = self.text, []
        for rule, hit in resolve_overlaps(self.candidates):
            seg_text = text[hit.start : hit.end]
            out.append(SegmentFinding(
                rule=rule.id,
                start=hit.start,
                end=hit.end,
                message=_fill(hit.message or rule.message, seg_text, hit.fields),
                suggestion=fill_dates(_fill(hit.suggestion or rule.suggestion, seg_text, hit.fields), self.ctx.today),
                replacement=hit_replacement(rule.fix, hit, text, self.masked),
            ))
        return out


def _in_english_sentence(doc: "Doc", hit: Hit) -> bool:
    """The hit's sentence reads as English (a Dutch template with an untranslated line;
    blind judges, real-text-59): the Dutch rules say nothing about it.  Each sentence is
    judged once per Doc (a sentence of 50,000 words with a finding on every third word
    would otherwise be read again for each finding)."""
    from smartlint.inputs.library import reads_as_english

    cache = doc.user_data.get(_ENGLISH_KEY)
    if cache is None:
        sentences = list(doc.sents)
        cache = doc.user_data[_ENGLISH_KEY] = ([s.start_char for s in sentences], sentences, {})
    starts, sentences, verdicts = cache
    k = bisect.bisect_right(starts, hit.start) - 1
    if k < 0 or not hit.start < sentences[k].end_char:
        return False
    if k not in verdicts:
        verdicts[k] = reads_as_english(sentences[k].text)
    return verdicts[k]


_ENGLISH_KEY = "smartlint.english_sentences"  # Doc.user_data: sentence starts, sentences, verdicts


# Categories about one word's meaning, which a capitalised name ("Snel Vergelijken") does not carry.
_WORD_CATEGORIES = {"vague-word", "unquantified-adjective"}


_NAME_JOINERS = ("&", "+")  # signs that join the words of one name


def _in_title_case_name(text: str, hit: Hit) -> bool:
    """A capitalised word inside a sentence next to another capitalised word: a part of
    a name in Title Case (a feature, a place), not the word in its sense."""
    if not text[hit.start:hit.start + 1].isupper():
        return False
    # (a window around the hit: a long message with many hits stays linear)
    before = text[max(0, hit.start - 80):hit.start].rstrip(" \t")
    if not before or before[-1] in ".!?:;\n\"'(" or before.endswith(("[", "*", "#", "-", "•")):
        return False  # a sentence or line starts here
    words_before = before.split()
    prev_word = words_before[-1] if words_before else ""
    if not prev_word[-1:].isalnum():
        prev_word = ""  # "Beste Sanne, Binnenkort ...": punctuation parts a greeting from the next word
    rest = text[hit.end:hit.end + 80].split()
    next_word = rest[0] if rest else ""
    if next_word in _NAME_JOINERS and len(rest) > 1:
        next_word = rest[1]  # "Koeriersdienst Snel & Zeker"
    if prev_word in _NAME_JOINERS and len(words_before) > 1:
        prev_word = words_before[-2]  # "Veilig & Snel"
    return any(w[:1].isupper() and w[:1].isalpha() for w in (prev_word, next_word))


def in_scope(scope: dict, doc: "Doc", hit: Hit, library: bool = False, letter: bool = False) -> bool:
    """Whether a hit lies where the rule's ``scope`` says it applies: in a clause whose
    act is in ``acts`` (or not all of whose clauses' acts are in ``not_acts``) and, with
    ``subjects``, whose subject is of one of those kinds. In a library string the
    ``library`` scope replaces the rule's own, when it has one."""
    from smartlint.nl.clauses import clauses_of

    if library and "library" in scope:
        scope = scope["library"]
        library_reading = True
    else:
        library_reading = False
    end = max(hit.end, hit.start + 1)
    clauses = [c for c in clauses_of(doc) if c.start_char < end and hit.start < c.end_char]
    acts = {id(c): c._.act for c in clauses}
    if library_reading:
        # A library string narrates the past or another party's duty ("Volgens de wet had
        # je zo spoedig mogelijk moeten besluiten", "heeft niet zo snel mogelijk besloten"):
        # no moment of ours. A relative clause of a title is part of that title
        # ("Verzoeken die binnenkort zichtbaar worden").
        from smartlint.checks.tense import narrated

        clauses = [c for c in clauses if not narrated(c) and not _not_ours(c, letter) and not _told_to_the_reader(c)]
        # A hit across a clause boundary belongs to the clause it opens in: "[Het lijkt erop]
        # [dat dit je eerste keer is, dus laten we ...]" guesses in the first (judged wrong
        # blind, real-text-321), whatever the clause after "dat" does.
        opening = [c for c in clauses if c.start_char <= hit.start < c.end_char]
        if opening and hit.end > min(c.end_char for c in opening):
            clauses = [min(opening, key=len)]
        if not clauses:
            return False
        # A promise on a condition is the software's rule, not our commitment: "Als u aan
        # de criteria voldoet, krijgt u mogelijk toegang" (a blind judge, real-text-15).
        acts = {id(c): "label" if _in_a_title(c) else "description" if c._.act == "promise"
                and c._.condition is not None else c._.act for c in clauses}
    if scope.get("not_narrated") and clauses:
        from smartlint.checks.tense import narrated

        # the innermost clause decides: "Sorry [dat het zo lang duurde]"
        if narrated(min(clauses, key=len)):
            return False
    if "acts" in scope:
        clauses = [c for c in clauses if acts[id(c)] in scope["acts"]]
        if not clauses:
            return False
    elif "not_acts" in scope:
        if clauses and all(acts[id(c)] in scope["not_acts"] for c in clauses):
            return False
        clauses = [c for c in clauses if acts[id(c)] not in scope["not_acts"]]
    if "subjects" in scope:
        kind = _library_kind if library_reading else (lambda c: c._.subject_kind)
        return any(kind(c) in scope["subjects"] for c in clauses)
    return True


def _told_to_the_reader(clause: "Span") -> bool:
    """A subordinate clause whose sentence's main clause instructs the reader: what the
    reader is told to tell or check is theirs ("Meld de klant dat zijn product binnenkort
    zal worden geleverd": an option for shop staff, judged wrong blind on real-text-25).
    Also any clause of a sentence that opens by telling the reader what to heed (lexicon
    ``heed_openers``: "Let op dat je mogelijk opnieuw moet inloggen")."""
    from smartlint.nl.folding import fold
    from smartlint.nl.lexicon import lexicon

    opening = lexicon()["heed_openers"].find(fold(clause.sent.text.lstrip()))
    if opening and opening[0][0] == 0:
        return True  # "Let op dat je mogelijk je account opnieuw moet koppelen": the reader's caution
    if clause._.role != "subordinate":
        return False
    from smartlint.nl.clauses import sentence_clauses

    return any(c._.role == "main" and c._.act == "instruction" for c in sentence_clauses(clause))


def _library_kind(clause: "Span") -> str | None:
    """The subject kind in a library string, where a lone capitalised name that is no
    known first name is the product speaking ("Liberapay probeert de fondsen te
    verdelen"), not a colleague (lexicon ``first_names``; "{{ medewerker }}" stays a
    person), and "onze" with a noun that names no team is the product too ("We hopen
    dat onze plug-in je helpt")."""
    from smartlint.nl.folding import fold
    from smartlint.nl.lexicon import lexicon
    from smartlint.nl.subject_kinds import PLACEHOLDER_SHAPE

    kind, subject, lex = clause._.subject_kind, clause._.subject, lexicon()
    if kind == "person" and subject is not None and len(subject) == 1 and subject[0].text[:1].isupper() \
            and not PLACEHOLDER_SHAPE.match(subject[0].text) \
            and fold(subject[0].text) not in lex["first_names"] and fold(subject[0].text) not in lex["person_roles"]:
        return "thing"
    if kind == "team" and subject is not None and fold(subject[0].text) in ("ons", "onze"):
        head = fold(subject.root.text)
        if head not in lex["team_nouns"] and head not in lex["person_roles"] \
                and not any(head.endswith(h) for h in lex["team_heads"].words):
            return "thing"  # "onze plug-in", "onze website": the product, no team of ours
    return kind


def _not_ours(clause: "Span", letter: bool = False) -> bool:
    """In a library string: the software's own work on a thing or the reader ("De
    opdracht wordt op de achtergrond vernieuwd", "Je wordt op korte termijn doorgeleid",
    "We verwijzen u door naar uw instance": lexicon ``automatic_actions``), a thing's
    term running out ("Je lidmaatschap verloopt binnenkort": ``term_end_verbs``), a negated
    clause ("we proberen niet u te volgen"), or a
    "dat"-clause after a negated one ("u kunt niet verwachten dat u snel antwoord
    krijgt"), or a consent the reader gives in the first person (lexicon
    ``consent_phrases``): nothing we promise."""
    from smartlint.checks.library_promises import reader_speaks, sender_named
    from smartlint.nl.acts import clause_verbs
    from smartlint.nl.clauses import sentence_clauses
    from smartlint.nl.folding import fold
    from smartlint.nl.lexicon import lexicon
    from smartlint.nl.verbs import infinitives_of

    if clause._.negated or reader_speaks(clause):
        return True  # also "ik" in a string the software sends: the reader ("Ik ga akkoord ...")
    if lexicon()["consent_phrases"].find(fold(clause.sent.text)):
        return True  # "Ik begrijp dat ik dit later altijd kan veranderen": the reader consents
    subject = clause._.subject
    jobs = lexicon()["job_nouns"].words
    thing = subject is not None and _library_kind(clause) == "thing"  # also "Bestand" read as a name
    if thing and fold(subject.root.text) in jobs:
        return True  # "De geselecteerde taken worden zo snel mogelijk uitgevoerd": the software's job
    if thing and fold(subject.root.text) in lexicon()["automatic_messages"]:
        return True  # "Een bevestigingsmail ... zal binnenkort aankomen": the software's mail on its way
    if clause._.role == "subordinate" and clause._.marker in lexicon()["purpose_markers"]:
        return True  # "..., zodat we het zo snel mogelijk kunnen oplossen": the aim of a request, no promise
    automatic = lexicon()["automatic_actions"].words
    if clause._.subject_kind in ("thing", "customer", "speaker") and (clause_verbs(clause) & automatic or any(
            infinitives_of(t.text) & automatic for t in clause
            if t.pos_ in ("VERB", "NOUN", "ADJ") and not (t.dep_ == "amod" and t.i < t.head.i))):
        # (an attributive participle before its noun is no action: "de geïmporteerde formulieren")
        return True  # also a participle the tagger calls a noun ("doorgeleid/NOUN")
    kind = _library_kind(clause)
    if kind in ("speaker", "team") and clause_verbs(clause) & lexicon()["wish_verbs"].words \
            and any(t.norm_ == "graag" for t in clause):
        return True  # "Wij willen het graag zo snel mogelijk repareren": a wish (blind judge, real-text-29)
    if kind == "thing" and clause_verbs(clause) & lexicon()["term_end_verbs"].words:
        return True  # "Je lidmaatschap verloopt binnenkort", "Routine zal spoedig vervallen": the thing's own term
    if kind == "customer" and not letter and clause_verbs(clause) & lexicon()["receive_verbs"].words \
            and any(fold(t.text) in lexicon()["automatic_messages"] for t in clause) \
            and not sender_named(clause):
        # "Je zult de e-mail binnenkort ontvangen": what the software sends by itself, from
        # no one of ours (not "U hoort snel van ons"; blind judge, real-text-26); in a letter
        # ("Je ontvangt binnenkort verdere instructies. Vriendelijke groeten, ...") the
        # writer sends them (judged right, real-text-32)
        return True
    same = sentence_clauses(clause)
    if clause._.role == "subordinate" and clause._.marker == "dat":
        before = [c for c in same if c.end <= clause.start]
        return bool(before) and max(before, key=lambda c: c.end)._.negated
    after = [c for c in same if c.start >= clause.end]
    # "we proberen niet de mensen te volgen": the negation of the te-clause is the verb's
    nxt = min(after, key=lambda c: c.start) if after else None
    return nxt is not None and nxt._.marker == "te" and nxt[0].norm_ in ("niet", "geen")


def _in_a_title(clause: "Span") -> bool:
    """A relative clause whose sentence has no main clause but labels (or instructions:
    the relative clause describes what the reader acts on)."""
    if clause._.role != "subordinate" or (clause._.marker or clause[0].norm_) not in RELATIVE_PRONOUNS:
        return False
    from smartlint.nl.clauses import sentence_clauses

    mains = [c for c in sentence_clauses(clause) if c._.role == "main"]
    # ... or only the reader's step: "Accepteer alle valuta's die we eventueel toevoegen"
    return bool(mains) and all(c._.act in ("label", "instruction") for c in mains)


def _trimmed(hit: Hit, text: str) -> Hit | None:
    """The hit without surrounding whitespace, inside the text, or None if empty."""
    start, end = max(hit.start, 0), min(hit.end, len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    if (start, end) == (hit.start, hit.end):
        return hit
    return dataclasses.replace(hit, start=start, end=end)


def _touches_placeholder(hit: Hit, ctx: CheckContext) -> bool:
    """A finding never points into a placeholder (it may span a whole one)."""
    for p in ctx.placeholders:
        if hit.start < p.end and p.start < hit.end and not (hit.start <= p.start and p.end <= hit.end):
            return True
    return False


def _fill(text: str | None, matched: str, fields: dict[str, str] | None = None) -> str | None:
    """A rule's message or suggestion with ``{text}`` and the hit's fields filled in."""
    if not text:
        return text
    for name, value in (fields or {}).items():
        text = text.replace("{" + name + "}", str(value))
    return text.replace("{text}", matched)