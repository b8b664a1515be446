"""What kind of promise a clause makes: passive, received, following by itself or
active, and when a modal or a receiving verb still commits.

A mixin of the promise analysis (:class:`smartlint.checks.promises._Analysis`), which
gives it ``words`` (the pack's verb lists) and ``folded`` (the folded text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.checks.clauses import norm
from smartlint.checks.timeexpr import concrete_time_spans
from smartlint.checks.word_classes import LONE_PRONOUNS
from smartlint.nl.lexicon import lexicon
from smartlint.nl.verbs import news_comes
from smartlint.placeholders import is_when_placeholder

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions that open a qualifier before "krijgt/ontvangt u": a policy, not a promise
# ("als" only with a customer noun: "Als vaste klant krijgt u"; "Als compensatie
# ontvangt u" promises).
_POLICY_OPENERS = {"met", "als", "bij", "voor", "op"}


class KindReading:
    def _kind(self, sort: str, subject, passive: bool, mi: int, words_f, particle_ok) -> str | None:
        """passive | receive | follows | active, or None when it is no promise."""
        w = self.words
        if passive:
            return "passive"
        if sort == "customer":
            return "receive" if w.receive_verbs.match_at(words_f, particle_ok, mi) else None
        if len(subject) == 1 and norm(subject[0]) in lexicon()["speaker_pronouns"].words \
                and w.receive_verbs.match_at(words_f, particle_ok, mi):
            return None  # "We krijgen deze week veel vragen": what comes to us, no act of ours
        thing = sort in ("thing", "np") or (sort == "vague" and norm(subject[0]) == "een")
        if thing and subject and not (len(subject) == 1 and norm(subject[0]) in LONE_PRONOUNS):
            if w.follows_verbs.match_at(words_f, particle_ok, mi) or news_comes((norm(t) for t in subject), words_f[mi]):
                return "follows"  # "Rapport volgt later", "Een update volgt om 15.00 uur"
        return "active" if sort in ("vague", "sender", "np") else None

    def _task(self, fword: str, sort: str, kind: str, words_f, particle_ok, mi: int) -> bool:
        """"Iemand moet morgen naar ticket 4411 kijken", "We moeten nog even kijken": "moeten"
        with someone of ours doing a vague action is a job taken on, not a possibility (a
        concrete act after "moeten" is often a duty: "Na deze tijd moeten wij uw gegevens
        verwijderen", real-text-78)."""
        return fword in ("moet", "moeten") and kind == "active" and sort in ("vague", "sender") \
            and self.words.vague_actions.match_at(words_f, particle_ok, mi) is not None

    def _policy_qualifier(self, ws, start: int, finite: "Token") -> bool:
        """Before "krijgt/ontvangt u": a product or a customer's standing, no moment."""
        w = self.words
        if concrete_time_spans(self.folded, start, finite.idx, w.concrete_when_words) \
                or w.vague_when_words.find(self.folded, start, finite.idx) \
                or any(start <= p.start < finite.idx and is_when_placeholder(p) for p in self.ctx.placeholders):
            return False  # (a moment's placeholder too: "Op {{ datum }} ontvangt u van ...")
        opener = norm(ws[0]) if ws[0].idx < finite.idx else ""
        return opener in _POLICY_OPENERS - {"als"} or bool(w.customer_nouns.find(self.folded, start, finite.idx))
