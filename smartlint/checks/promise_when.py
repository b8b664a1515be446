"""When a promise happens: the concrete, vague or missing moment of a clause.

A mixin of the promise analysis (:class:`smartlint.checks.promises._Analysis`), which
gives it ``doc``, ``ctx``, ``words`` (the pack's word lists), ``folded`` (the folded
text) and ``_sentence_starts``. "Bram belt je woensdag" -> concrete; "... op 10
december. Bram belt je die ochtend" -> concrete through the anaphor; "we bellen u
binnenkort" -> vague; "sinds 11.00 uur" is a moment past, no moment to come.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from smartlint.checks.clauses import is_verb_like, norm, word_sentences
from smartlint.checks.verbs import PARTICLES
from smartlint.checks.promise_parts import Part
from smartlint.checks.scheduled import appointment_noun, person_state_at
from smartlint.checks.timeexpr import concrete_time_spans
from smartlint.nl.lexicon import lexicon
from smartlint.placeholders import is_when_placeholder

if TYPE_CHECKING:
    from spacy.tokens import Token

_SINCE = re.compile(r"\b(?:sinds|van)\s*$")
# Pronouns that open a clause by resuming the one before: "die staat uiterlijk donderdag
# op uw rekening, daar zorgt Merel voor" (grammar, closed class).
_RESUMING = {"daar", "dat", "dit", "daarvoor", "hiervoor"}
# ... and news of the event before: "u krijgt daarvan een bevestiging".
_OF_THAT = re.compile(r"\b(?:daarvan|hiervan)\b")
# A clause right after the promise that dates it by pointing back: "..., geeft Lisa je
# een seintje. Dat is uiterlijk donderdag 17 december", "...; dat is uiterlijk woensdag".
# (bounded runs: it is tried right after each promise, and a run of blanks is no reason
# to read on)
_DATED_AFTER = re.compile(r"[\s,;.:\u2013-]{0,8}(?:dat|dit)\s{1,4}(?:is|wordt|gebeurt|zal\s{1,4}\w{1,20}\s{1,4}zijn)\b")
_CLAUSE_END = re.compile(r"[.!?;\n]")


def readers_relative_clauses(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges of the relative clauses in ``start:end`` whose subject is the
    reader, with all they govern: "een link die u nodig hebt om uw bestelling later te
    openen" (real-text-216). A moment there is the reader's, not the promise's."""
    from smartlint.nl.clauses import clauses_of

    out = []
    for clause in clauses_of(doc):
        if clause.start_char < start or clause.start_char >= end or clause._.subject_kind != "customer" \
                or clause._.role != "subordinate":
            continue
        head = next((t for t in clause if t.dep_ == "acl:relcl"), None)
        if head is not None:
            tokens = sorted(head.subtree, key=lambda t: t.i)
            out.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
    return out


def indirect_questions(words, known: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of an indirect question after a verb ("Femke bekijkt | of een
    extra middag op woensdag past"): its moment is what is asked, not when we act."""
    for k in range(1, len(words) - 1):
        if norm(words[k]) == "of" and (is_verb_like(words[k - 1], known) or norm(words[k - 1]) in PARTICLES):
            return [(words[k].idx, words[-1].idx + len(words[-1].text))]
    return []


# How far before a moment its window opener may start ("in de loop van morgen").
_OPENER_REACH = 40


class WhenReading:
    def _when(self, start: int, end: int, main: "Token", skip=(), skip_vague=()) -> Part:
        """``skip``: ranges whose moments are not the promise's (a reason); ``skip_vague``:
        ranges whose vague words are not (the reader's own "later" in "een link die u
        nodig hebt om uw bestelling later te openen"), though a concrete moment there
        still times the promise ("op het tijdstip dat u morgen heeft gekozen")."""
        w = self.words
        spans = concrete_time_spans(self.folded, start, end, w.concrete_when_words)
        spans = [(s, e) for s, e in spans if not any(lo <= s < hi for lo, hi in skip)]
        # "sinds 11.00 uur" and "uw bestelling van 3 november" are no moment to come.
        spans = [(s, e) for s, e in spans if not self._since(s)]
        spans += [
            (p.start, p.end) for p in self.ctx.placeholders if start <= p.start < end and is_when_placeholder(p)
        ]
        if self.ctx.context == "incident" and w.incident_when is not None:
            spans += [m.span() for m in w.incident_when.finditer(self.folded, start, end)]
        if self.ctx.library and w.library_event_when is not None:
            # a template's mail is sent by the event it names: "We laten het je weten
            # zodra de betaling is verwerkt" (real-text-420, judged blind)
            spans += [m.span() for m in w.library_event_when.finditer(self.folded, start, end)]
        if spans:
            return Part("concrete", *min(spans))
        anaphors = w.anaphoric_when_words.find(self.folded, start, end)
        # an anaphor that opens a vague phrase points at no moment before it: "Zodra er
        # meer bekend is, mailt Sven u" after "Update 10.20 uur: ..."
        whenever = w.vague_when_words.find(self.folded, start, end)
        anaphors = [a for a in anaphors if not any(s <= a[0] < e for s, e in whenever)]
        # "tot die tijd" only bounds the wait: "Tot die tijd zetten we zo snel mogelijk een
        # vervangende loopband neer" is still as soon as possible
        anaphors = [a for a in anaphors if not (whenever and self.folded.startswith("tot ", a[0]))]
        if anaphors and (self._moment_before(anaphors[0][0]) or self._event_before(anaphors[0][0])):
            return Part("concrete", *anaphors[0])  # "... op 10 december. Bram belt je die ochtend"
        # "hoe snel het virus zich verspreidt": a degree asked about, no moment promised
        # ... nor "niet direct herleidbaar": directly (lexicon relational_adjectives)
        vague = [(s, e) for s, e in w.vague_when_words.find(self.folded, start, end)
                 if not self.folded[max(0, s - 4):s] == "hoe "
                 and not directly_related(self.folded, e)
                 and not any(lo <= s < hi for lo, hi in (*skip, *skip_vague))]
        if vague and not self._bounded_next(end):
            return Part("vague", *vague[0])
        if vague:
            return Part("concrete", *vague[0])  # "... zo snel mogelijk op. In ieder geval binnen 3 werkdagen."
        opening = self.folded[start:end].split(" ", 1)[0]
        if (opening in _RESUMING or _OF_THAT.search(self.folded, start, end)) and self._moment_in_sentence_before(start):
            # "..., daar zorgt Merel voor", "...; u krijgt daarvan een bevestiging per e-mail"
            return Part("concrete", start, start + len(opening))
        dated = self._dated_after(end)
        if dated is not None:
            return Part("concrete", *dated)  # "zodra je bril binnen is, belt Lisa je. Dat is uiterlijk donderdag"
        if self.ctx.context == "incident" and self._said_unknown(start, end):
            # "Netbeheerder Zuidrand herstelt de kabel; wij kunnen nog niet zeggen wanneer
            # de stroom terug is": the handbook's honest answer in an outage, no moment owed
            return Part("unknown", main.idx, main.idx + len(main.text))
        return Part("missing", main.idx, main.idx + len(main.text))

    def _dated_after(self, end: int) -> tuple[int, int] | None:
        """The concrete moment of a "dat is ..." clause right after the promise (see
        _DATED_AFTER), up to the end of that clause."""
        opener = _DATED_AFTER.match(self.folded, end)
        if opener is None:
            return None
        stop = _CLAUSE_END.search(self.folded, opener.end())
        spans = concrete_time_spans(self.folded, opener.end(), stop.start() if stop else len(self.folded),
                                    self.words.concrete_when_words)
        return min(spans) if spans else None

    def _bounded_next(self, end: int) -> bool:
        """The next sentence bounds the vague moment with a deadline: a verbless one that
        opens with a lexicon ``deadline_openers`` phrase ("In ieder geval binnen 3
        werkdagen."; not "Uiterlijk maandag mailt Tom u ...", a promise of its own)."""

        if self._sentence_starts is None:
            self._sentence_starts = [s.start_char for s in word_sentences(self.doc)]
        k = bisect.bisect_right(self._sentence_starts, end)
        if k >= len(self._sentence_starts):
            return False
        lo = self._sentence_starts[k]
        hi = self._sentence_starts[k + 1] if k + 1 < len(self._sentence_starts) else len(self.folded)
        if any(t.pos_ in ("VERB", "AUX") for t in self.doc.char_span(lo, hi, alignment_mode="expand") or ()):
            return False
        opener = lexicon()["deadline_openers"].find(self.folded, lo, hi)
        return bool(opener) and not self.folded[lo:opener[0][0]].strip() \
            and bool(concrete_time_spans(self.folded, lo, hi, self.words.concrete_when_words))

    def _said_unknown(self, start: int, end: int) -> bool:
        """The promise's sentence says its moment cannot be told yet (lexicon
        ``unknown_moment_phrases``)."""

        if self._sentence_starts is None:
            self._sentence_starts = [s.start_char for s in word_sentences(self.doc)]
        k = bisect.bisect_right(self._sentence_starts, end)
        stop = self._sentence_starts[k] if k < len(self._sentence_starts) else len(self.folded)
        lo = self._sentence_starts[k - 1] if k else 0
        return bool(lexicon()["unknown_moment_phrases"].find(self.folded, min(lo, start), stop))

    def _since(self, offset: int) -> bool:
        """A moment past or of a thing: "sinds 11.00 uur", "uw bestelling van 3 november";
        not an appointment's: "in het gesprek van dinsdag 8 december"."""
        before = _SINCE.search(self.folded[max(0, offset - 8): offset])
        if before is None:
            return False
        openers = lexicon()["window_openers"].find(self.folded, max(0, offset - _OPENER_REACH), offset)
        if any(end == offset - 1 for _, end in openers):
            return False  # "Ik app je in de loop van morgen" (lexicon window_openers): that day, still to come
        noun = self.folded[max(0, offset - 40): offset].split()[-2:-1]
        return before.group().strip() == "sinds" or not (noun and appointment_noun(noun[0]))

    def _moment_before(self, offset: int) -> bool:
        """Does the same or the previous sentence name a concrete moment before ``offset``?"""
        if self._sentence_starts is None:
            self._sentence_starts = [s.start_char for s in word_sentences(self.doc)]
        lo = _sentence_start_before(self._sentence_starts, offset)
        k = bisect.bisect_left(self._sentence_starts, lo)
        while k > 0 and not any(ch.isalpha() for ch in self.folded[lo:self._next_start(k, offset)]):
            k -= 1  # a list's number ("2.") read as a sentence of its own: look past it
            lo = self._sentence_starts[k]
        spans = concrete_time_spans(self.folded, lo, offset, self.words.concrete_when_words)
        if not spans and k > 0 and self.words.anaphoric_when_words.find(self.folded, lo, offset):
            # a chain of pointers: "... maandag om 9.00 uur. Vanaf dat moment belt u ... Uw
            # oude simkaart blokkeert zij op hetzelfde moment" (one sentence further back)
            lo = self._sentence_starts[k - 1]
            spans = concrete_time_spans(self.folded, lo, offset, self.words.concrete_when_words)
        if any(not person_state_at(self.doc, s) for s, _ in spans):
            return True
        return any(lo <= p.start < offset and is_when_placeholder(p) for p in self.ctx.placeholders)

    def _next_start(self, k: int, offset: int) -> int:
        starts = self._sentence_starts
        return starts[k + 1] if k + 1 < len(starts) else offset

    def _moment_in_sentence_before(self, offset: int) -> bool:
        """Does the sentence holding ``offset`` name a concrete moment before it?"""
        if self._sentence_starts is None:
            self._sentence_starts = [s.start_char for s in word_sentences(self.doc)]
        lo = self._sentence_starts[max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)]
        return bool(concrete_time_spans(self.folded, lo, offset, self.words.concrete_when_words))

    def _event_before(self, offset: int) -> bool:
        """Does the same or the previous sentence name an event before ``offset`` ("Wanneer
        je klaar bent, kan je feestje starten. Op dat moment matchen we iedereen")? The
        anaphor then ties the promise to that event, as "zodra ..." would."""
        from smartlint.nl.clauses import has_condition

        if self._sentence_starts is None:
            self._sentence_starts = [s.start_char for s in word_sentences(self.doc)]
        # (an event clause that ends before the anaphor: not the anaphor's own "als"-clause,
        # which the parse may start earlier: "... en app je als hij opgehaald kan worden")
        return has_condition(self.doc, _sentence_start_before(self._sentence_starts, offset), offset,
                             ending_by=offset)


def _sentence_start_before(starts: list[int], offset: int) -> int:
    """Start of the sentence before the one holding ``offset`` (or of that one);
    ``starts``: the sentence starts of the Doc, in order."""
    k = bisect.bisect_right(starts, offset)
    return starts[k - 2] if k > 1 else (starts[k - 1] if k else 0)


def directly_related(folded: str, end: int) -> bool:
    """The word that ends at ``end`` ("direct") stands before an adjective of relation
    ("herleidbaar", lexicon ``relational_adjectives``): "directly", not "at once".
    ``folded`` is the folded text; vague-direct asks the same (smartlint.checks.vague)."""

    return any(a == end + 1 for a, _ in lexicon()["relational_adjectives"].find(folded, end + 1, end + 40))
