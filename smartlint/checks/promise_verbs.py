"""What a promise does: its lexical verb and whether that action is concrete.

A mixin of the promise analysis (:class:`smartlint.checks.promises._Analysis`), which
gives it ``words`` (the pack's verb lists). "zal worden opgelost" -> "opgelost"
(passive); "We zullen u vertellen of ..." -> "vertellen", not the verb of the
complement clause; "We pakken het op" -> vague; "we zorgen dat Sanne u belt" ->
concrete, "zorgt ervoor dat uw bank wordt geleverd" -> vague (nobody delivers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.checks.clauses import is_infinitive, is_participle, norm
from smartlint.checks.promise_parts import DONE, Part
from smartlint.checks.verbs import PARTICLES
from smartlint.checks.word_classes import (
    COMPLEMENTISERS,
    CUSTOMER_PRONOUNS,
    DETERMINERS,
    FUTURE,
    GAAN,
    KOMEN,
    MODALS,
    NEGATIONS,
    PREPOSITIONS,
    WORDEN,
    ZIJN,
)
from smartlint.nl import RELATIVE_PRONOUNS
from smartlint.nl.lexicon import LexiconSet, lexicon
from smartlint.nl.verbs import infinitives_of

if TYPE_CHECKING:
    from spacy.tokens import Token

_RESERVATIONS = LexiconSet("reservation_markers")
_OBJECT_PRONOUNS = {"je", "jullie", "die", "dat", "dit", "deze", "het", "haar", "ons"}
# Finite verbs whose clause has its lexical verb elsewhere: "zal worden opgelost".
AUXILIARY_HEADS = FUTURE | GAAN | KOMEN | MODALS | WORDEN


class VerbReading:
    def _main_verb(self, ws, fi: int) -> tuple["Token | None", bool]:
        """The lexical verb and whether the clause is passive."""
        finite, fword = ws[fi], norm(ws[fi])
        rest = ws[fi + 1:]
        purpose = next((k for k, t in enumerate(rest) if norm(t) == "om" and "te" in map(norm, rest[k:])), None)
        rest = rest[:purpose] if purpose else rest  # not the verb of "om ... te interageren"
        # nor the verb of a complement clause after the promise's own infinitive: "Wij
        # zullen u vertellen | of een terugbetaling ... kan worden geïnitieerd"
        # (the clause follows the verb cluster: "proberen met uw kaart of rekening te
        # betalen" coordinates nouns)
        # ... nor of a subclause the parse marks: "U gaat ermee akkoord | dat uw aanvraag
        # gecontroleerd zal worden" (the reader consents, nothing is promised)
        complement = next((k for k, t in enumerate(rest) if k and norm(t) in COMPLEMENTISERS
                           and (t.dep_ == "mark" or is_infinitive(rest[k - 1 - (norm(rest[k - 1]) == "," and k > 1)],
                                                                  self.words.known_forms))), None)
        rest = rest[:complement] if complement else rest
        # ... nor of a relative clause: "(We zullen) contact met je opnemen over functies | die
        # beter passen bij je vaardigheden/VERB"
        relative = next((k for k, t in enumerate(rest) if k and norm(t) in RELATIVE_PRONOUNS
                         and t.head.dep_ == "acl:relcl" and t.head.i > t.i), None)
        rest = rest[:relative] if relative else rest
        if fword not in AUXILIARY_HEADS:
            return finite, False  # most clauses: the finite verb is the lexical verb
        participle = self._last_participle(rest)
        if fword in FUTURE | GAAN | KOMEN | MODALS:
            if any(norm(t) == "worden" for t in rest) and participle is not None:
                return participle, True  # "zal worden opgelost"
            infinitives = [t for t in rest if is_infinitive(t, self.words.known_forms)]
            if fword in KOMEN:
                # "komt de meter vervangen", not "komt een scherm met de vraag je codes te
                # delen": "komen" takes a bare infinitive; one after "te" is a noun's
                infinitives = [t for t in infinitives if t.i == 0 or norm(t.doc[t.i - 1]) != "te"]
            return (infinitives[-1] if infinitives else finite), False
        return (participle, True) if participle is not None else (None, False)

    def _last_participle(self, words) -> "Token | None":
        """The last participle that is a verb: not one before its noun ("wordt
        veroorzaakt door een verlopen certificaat", "een gewijzigde route")."""
        found = [t for t in words if is_participle(t, self.words.participles)
                 and not (t.dep_ == "amod" and t.i < t.head.i)
                 # "in volgorde/obl van binnenkomst": a noun after its preposition the
                 # tagger calls a participle ("er wordt aan gewerkt/ROOT" keeps its verb)
                 and not (t.i and norm(t.doc[t.i - 1]) in PREPOSITIONS and t.dep_ in ("obl", "nmod", "obl:arg"))]
        # the agent after "door" names who, its noun is no participle of the clause
        # ("wordt veroorzaakt door graafwerkzaamheden/VERB")
        agent = next((t.i for t in words if norm(t) == "door"), None)
        before_agent = [t for t in found if agent is None or t.i < agent]
        return (before_agent or found or [None])[-1]

    def _what(self, words_f, particle_ok, mi: int, region) -> Part:
        w = self.words
        vague = w.vague_actions.match_at(words_f, particle_ok, mi)
        if vague is None or _provides_a_list(region, mi):
            return DONE
        # A concrete verb elsewhere makes it concrete ("we zorgen dat Sanne u belt"),
        # but not in a purpose clause ("we doen ons best om het te laten bezorgen").
        outside = [  # "uw aanvraag" is no "aanvragen"; "met je op" keeps its "op"
            "" if k and word not in PARTICLES and word in w.known_forms
            and (words_f[k - 1] in DETERMINERS - _OBJECT_PRONOUNS or _possessed_stem(words_f[k - 1], word)) else word
            for k, word in enumerate(words_f)
        ]
        for k, word in enumerate(words_f[:-1]):
            if word == "zoals":
                outside[k + 1] = ""  # "Zoals afgesproken gaat Noor ... regelen": as agreed, no act
        for k, word in enumerate(words_f):
            # nor in a reservation: "Jeroen pakt het op, tenzij u liever zelf belt"
            if word == "om" and "te" in words_f[k + 1:] and not _clock_after(words_f, k) or word in _RESERVATIONS:
                outside[k:] = [""] * (len(words_f) - k)
                break
        concrete = w.concrete_actions.match(outside, particle_ok)
        # (a concrete verb that is the vague phrase's own verb is that phrase: "breng ... in
        # orde" is no "brengen")
        if concrete and not set(concrete[1]) <= set(vague) and not self._passive_complement(words_f, concrete[1]):
            return DONE
        received = w.receive_verbs.match(outside, particle_ok)
        that = next((k for k, word in enumerate(outside) if word == "dat"), None)
        if received and that is not None and any(word in CUSTOMER_PRONOUNS for word in outside[that:min(received[1])]) \
                and not any(word in NEGATIONS for word in outside[that:]):
            # "Ik zorg ervoor dat u morgen een nieuwe pas krijgt": what the reader gets (not
            # "dat u nooit meer last krijgt": something kept away, no act)
            return DONE
        lo, hi = region[min(vague)], region[max(vague)]
        empty = w.empty_actions.match_at(words_f, particle_ok, mi) is not None
        return Part("vague", lo.idx, hi.idx + len(hi.text), "empty" if empty else "")

    @staticmethod
    def _passive_complement(words_f: list[str], matched: list[int]) -> bool:
        """The concrete verb sits in a passive "dat"-clause: "zorgt ervoor dat uw bank vandaag
        wordt geleverd" names no one who delivers (unlike "zorg dat Sanne u belt"), nor does
        its state passive: "zorgt ervoor dat de factuur vrijdag is aangepast"."""
        that = next((k for k, word in enumerate(words_f) if word == "dat"), None)
        return that is not None and min(matched) > that and any(word in WORDEN or word in ZIJN for word in words_f[that:])


def _clock_after(words_f: list[str], k: int) -> bool:
    """"om 9.00 uur", "om half tien": the "om" of a clock time, not of a purpose ("om de
    afleverdatum af te spreken")."""
    after = words_f[k + 1] if k + 1 < len(words_f) else ""
    lex = lexicon()
    return after[:1].isdigit() or after in lex["clock_fractions"].words or after in lex["spoken_hours"].words


def _provides_a_list(region, mi: int) -> bool:
    """"Wij zorgen voor: je introductieshirt, slaapplek en ...": a verb of providing
    (lexicon ``provision_verbs``) with "voor" before a colon provides what the list names
    (real-text-249, judged blind), no vague care."""
    if mi + 1 >= len(region) or norm(region[mi + 1]) != "voor" \
            or not infinitives_of(norm(region[mi])) & lexicon()["provision_verbs"].words:
        return False
    voor = region[mi + 1]
    return voor.i + 1 < len(voor.doc) and voor.doc[voor.i + 1].text == ":"  # (the clause ends at the colon)


def _possessed_stem(before: str, word: str) -> bool:
    """ "je aanvraag", "je vraag": a bare stem after "je" is a noun it owns; after the
    object "je" a verb is an infinitive or a finite form in -t ("we bellen je", "dat je
    belt")."""
    return before == "je" and not word.endswith(("en", "t"))
