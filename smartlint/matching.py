"""The one place where a rule's ``match`` and ``unless`` are applied to a ``Doc``.

:class:`CompiledRules` turns the rules' phrases and token patterns into a single
spaCy ``Matcher`` and ``PhraseMatcher`` (built once per engine), runs them once per
``Doc``, calls named checks, and drops matches that an ``unless`` condition
excuses.  All rule families go through here, so phrase, pattern and check rules
behave the same way.  Results are character offsets into ``doc.text``.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from smartlint.checks import CheckContext, Hit, get_check
from smartlint.errors import PackError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from smartlint.packs import Rule

MATCH = "match"


@dataclass(frozen=True)
class _Part:
    """One ``match`` or ``unless`` condition of a rule."""

    rule: "Rule"
    role: str  # "match" or "unless0", "unless1", ...
    spec: dict

    @property
    def key(self) -> str:
        return f"{self.rule.id}\x1f{self.role}"


class CompiledRules:
    """All rules of an engine, compiled against one pipeline's vocabulary."""

    def __init__(self, nlp: "Language", rules: Iterable["Rule"]):
        from spacy.matcher import Matcher, PhraseMatcher

        self.rules = {rule.id: rule for rule in rules}
        self._matcher = Matcher(nlp.vocab, validate=True)
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._parts: dict[str, list[_Part]] = defaultdict(list)  # rule id -> parts
        self._has_matcher = self._has_phrases = False
        for rule in self.rules.values():
            parts = [_Part(rule, MATCH, rule.match)]
            parts += [_Part(rule, f"unless{i}", spec) for i, spec in enumerate(rule.unless_parts)]
            for part in parts:
                self._compile(nlp, part)
                self._parts[rule.id].append(part)

    def _compile(self, nlp: "Language", part: _Part) -> None:
        spec = part.spec
        if "check" in spec:
            return  # looked up at run time; pack validation checked the name
        if "phrases" in spec and spec.get("on", "lower") == "lower":
            docs = [nlp.make_doc(phrase.lower()) for phrase in spec["phrases"]]
            self._phrases.add(part.key, docs)
            self._has_phrases = True
            return
        if "phrases" in spec:  # on: lemma -> one token pattern per phrase
            patterns = [
                [{"LEMMA": token.text} for token in nlp.make_doc(phrase.lower())]
                for phrase in spec["phrases"]
            ]
        else:
            patterns = spec["patterns"]
        try:
            self._matcher.add(part.key, patterns)
        except ValueError as err:  # spaCy's MatchPatternError is a ValueError
            field = "match" if part.role == MATCH else "unless"
            detail = " ".join(str(err).split())
            raise PackError(
                f"rule '{part.rule.id}': invalid pattern in '{field}': {detail[:300]}",
                part.rule.source,
            ) from None
        self._has_matcher = True

    def run(self, doc: "Doc", ctx: CheckContext, rule_ids: Iterable[str]) -> dict[str, list[Hit]]:
        """Surviving hits per rule id for the rules in ``rule_ids``."""
        wanted = [rid for rid in rule_ids if rid in self.rules]
        if not wanted:
            return {}
        found = self._token_matches(doc)
        sentences = _SentenceIndex(doc)
        results: dict[str, list[Hit]] = {}
        for rule_id in wanted:
            parts = self._parts[rule_id]
            hits = self._hits(doc, ctx, parts[0], found)
            if hits and len(parts) > 1:
                hits = [
                    hit
                    for hit in hits
                    if not any(
                        _excuses(hit, self._hits(doc, ctx, part, found), part.spec, sentences)
                        for part in parts[1:]
                    )
                ]
            hits = _longest_first(hits)
            if hits:
                results[rule_id] = hits
        return results

    def _token_matches(self, doc: "Doc") -> dict[str, list[Hit]]:
        """Run the two matchers once over ``doc``; hits grouped by part key."""
        found: dict[str, list[Hit]] = defaultdict(list)
        matches = []
        if self._has_matcher:
            matches += self._matcher(doc)
        if self._has_phrases:
            matches += self._phrases(doc)
        strings = doc.vocab.strings
        for match_id, start, end in matches:
            span = doc[start:end]
            found[strings[match_id]].append(Hit(span.start_char, span.end_char))
        return found

    def _hits(self, doc, ctx, part: _Part, found) -> list[Hit]:
        if "check" not in part.spec:
            return found.get(part.key, [])
        # The same check with the same params (e.g. in several rules) runs once per Doc.
        cache_key = "check\x1f" + part.spec["check"] + json.dumps(
            part.spec.get("params") or {}, sort_keys=True, default=str
        )
        if cache_key not in found:
            check = get_check(part.spec["check"])
            found[cache_key] = [h for h in check(doc, ctx, part.spec.get("params") or {}) if h.end > h.start]
        return found[cache_key]


class _SentenceIndex:
    """Which sentence a character offset belongs to (sentences are preset or parsed)."""

    def __init__(self, doc: "Doc"):
        self._starts: list[int] | None = None
        self._doc = doc

    def sentence_of(self, offset: int) -> int:
        if self._starts is None:
            self._starts = [sent.start_char for sent in self._doc.sents] if len(self._doc) else [0]
        return bisect.bisect_right(self._starts, offset) - 1


def _excuses(hit: Hit, unless_hits: list[Hit], spec: dict, sentences: _SentenceIndex) -> bool:
    if spec.get("scope", MATCH) == "sentence":
        own = sentences.sentence_of(hit.start)
        return any(sentences.sentence_of(u.start) == own for u in unless_hits)
    return any(u.start < hit.end and hit.start < u.end for u in unless_hits)


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Of overlapping hits of one rule keep the longest ("zo snel mogelijk", not "snel")."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= k.start or k.end <= hit.start for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def overlaps(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end
