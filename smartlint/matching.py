"""The one place where a rule's ``match`` and ``unless`` are applied to a ``Doc``.

:class:`CompiledRules` turns the rules' phrases and token patterns into spaCy
``Matcher``/``PhraseMatcher`` objects (built once per engine, each distinct
condition once), runs them once per ``Doc``, calls named checks, and drops matches
that an ``unless`` condition excuses.  All rule families go through here, so phrase, pattern and check rules
behave the same way.  Results are character offsets into ``doc.text``.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from smartlint.checks import CheckContext, Hit, get_check
from smartlint.errors import PackError
from smartlint.nl.folding import fold

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from smartlint.packs import Rule

MATCH = "match"


def spec_key(spec: dict) -> str:
    """One key for equal conditions: the four adjective rules share one ``unless``,
    which is then compiled and matched once, not four times.  ``scope`` is left
    out: it changes how hits are used, not which hits there are."""
    return json.dumps({k: v for k, v in spec.items() if k != "scope"}, sort_keys=True, default=str)


@dataclass(frozen=True)
class _Part:
    """One ``match`` or ``unless`` condition of a rule."""

    rule: "Rule"
    role: str  # "match" or "unless0", "unless1", ...
    spec: dict
    key: str  # spec_key(spec): equal conditions share their hits


class _Matchers:
    """A ``PhraseMatcher`` and, per condition, token-pattern ``Matcher`` objects.

    A pattern can only match a ``Doc`` that has, for each of its required tokens
    with a ``LOWER`` value or ``IN`` list, one of those words.  Each pattern of a
    condition has a ``Matcher`` of its own that runs only on a Doc where the pattern
    passes that test: most conditions ("hopelijk", "ons best doen", "aan de slag")
    are absent from most messages, a condition's patterns rarely all apply, and a
    Matcher's cost grows with every pattern it holds.
    """

    def __init__(self, nlp: "Language"):
        from spacy.matcher import PhraseMatcher

        # Phrases match on NORM, which smartlint's last component sets to the folded
        # word (smartlint.nl.clauses.fold_norms): "zó snel mogelijk" = "zo snel mogelijk".
        self._phrases = PhraseMatcher(nlp.vocab, attr="NORM")
        self._phrase_keys: set[str] = set()
        # (key, per pattern: its Matcher and the hashes of the words each required
        # token may be)
        self._patterns: list[tuple[str, list[tuple[Any, list[frozenset[int]]]]]] = []

    def add(self, nlp: "Language", part: _Part) -> None:
        from spacy.matcher import Matcher

        spec = part.spec
        if "phrases" in spec and spec.get("on", "lower") == "lower":
            from smartlint.nl.clauses import fold_norms

            docs = [fold_norms(nlp.make_doc(fold(phrase))) for phrase in spec["phrases"]]
            self._phrases.add(part.key, docs)
            self._phrase_keys.add(part.key)
            return
        if "phrases" in spec:  # on: lemma -> one token pattern per phrase
            patterns = [
                [{"LEMMA": token.text} for token in nlp.make_doc(phrase.lower())]
                for phrase in spec["phrases"]
            ]
        else:
            patterns = spec["patterns"]
        matcher = Matcher(nlp.vocab, validate=True)
        try:
            matcher.add(part.key, patterns)
        except ValueError as err:  # spaCy's MatchPatternError is a ValueError
            field = "match" if part.role == MATCH else "unless"
            detail = " ".join(str(err).split())
            raise PackError(
                f"rule '{part.rule.id}': invalid pattern in '{field}': {detail[:300]}",
                part.rule.source,
            ) from None
        strings = nlp.vocab.strings  # compared as hashes: no Token objects per Doc
        needed = [[frozenset(strings.add(w) for w in options) for options in words_needed(p)] for p in patterns]
        if len(patterns) == 1:
            self._patterns.append((part.key, [(matcher, needed[0])]))
            return
        runs = []
        for pattern, words in zip(patterns, needed):  # validated above, as one list
            single = Matcher(nlp.vocab)
            single.add(part.key, [pattern])
            runs.append((single, words))
        self._patterns.append((part.key, runs))

    def __call__(self, doc: "Doc", found: dict[str, list[Hit]], keys: set[str] | None = None) -> None:
        """Add the hits in ``doc`` of the conditions ``keys`` (default: all) to
        ``found``, grouped by condition key."""
        matches = []
        if self._phrase_keys and (keys is None or not keys.isdisjoint(self._phrase_keys)):
            matches += self._phrases(doc)
        words: set[int] | None = None
        for key, runs in self._patterns:
            if keys is not None and key not in keys:
                continue
            if words is None:
                from spacy.attrs import LOWER

                words = set(doc.to_array(LOWER).tolist())
            mine = []
            for matcher, needed in runs:
                if all(not words.isdisjoint(options) for options in needed):
                    mine += matcher(doc)
            # one Matcher reports a span once, however many of its patterns match it
            matches += dict.fromkeys(mine) if len(runs) > 1 else mine
        strings = doc.vocab.strings
        for match_id, start, end in matches:
            key = strings[match_id]
            if keys is None or key in keys:
                span = doc[start:end]
                found[key].append(Hit(span.start_char, span.end_char))


def words_needed(pattern: list[dict]) -> list[frozenset[str]]:
    """For each token a match cannot do without, the lower-case words it may be
    (from ``LOWER: word`` or ``LOWER: {IN: [...]}``); other tokens add nothing."""
    needed = []
    for token in pattern:
        if not _required(token.get("OP", token.get("op"))):
            continue
        for key, value in token.items():
            if str(key).upper() != "LOWER":
                continue
            if isinstance(value, str):
                needed.append(frozenset([value]))
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                needed.append(frozenset(str(word) for word in value["IN"]))
    return needed


def _required(op) -> bool:
    """Whether a token with this ``OP`` occurs in every match (no OP, ``+``, ``{2}``, ``{1,3}``)."""
    if op is None or op == "+":
        return True
    if isinstance(op, str) and op.startswith("{") and op.endswith("}"):
        low = op[1:-1].split(",")[0].strip()
        return low.isdigit() and int(low) > 0
    return False  # ?, *, ! and {0,n} may leave the token out


class CompiledRules:
    """All rules of an engine, compiled against one pipeline's vocabulary.

    ``match`` conditions run on every ``Doc``; a condition used only in ``unless``
    runs on a ``Doc`` only when a rule with that ``unless`` has a hit there (the
    adjective exceptions start at every word, so this saves most of their cost).
    """

    def __init__(self, nlp: "Language", rules: Iterable["Rule"]):
        self.rules = {rule.id: rule for rule in rules}
        self._eager = _Matchers(nlp)
        self._lazy = _Matchers(nlp)
        self._parts: dict[str, list[_Part]] = defaultdict(list)  # rule id -> parts
        compiled: set[str] = set()
        # All match parts first: a condition that is also some rule's match runs eagerly.
        for rule in self.rules.values():
            self._add(nlp, _Part(rule, MATCH, rule.match, spec_key(rule.match)), self._eager, compiled)
        for rule in self.rules.values():
            for i, spec in enumerate(rule.unless_parts):
                self._add(nlp, _Part(rule, f"unless{i}", spec, spec_key(spec)), self._lazy, compiled)

    def _add(self, nlp: "Language", part: _Part, matchers: _Matchers, compiled: set[str]) -> None:
        self._parts[part.rule.id].append(part)
        # A check is looked up at run time (pack validation checked the name).
        if "check" not in part.spec and part.key not in compiled:
            matchers.add(nlp, part)
            compiled.add(part.key)

    def run(self, doc: "Doc", ctx: CheckContext, rule_ids: Iterable[str]) -> dict[str, list[Hit]]:
        """Surviving hits per rule id for the rules in ``rule_ids``."""
        wanted = [rid for rid in rule_ids if rid in self.rules]
        if not wanted:
            return {}
        found: dict[str, list[Hit]] = defaultdict(list)
        self._eager(doc, found)
        lazy_done: set[str] = set()  # unless conditions already matched on this Doc
        sentences = _SentenceIndex(doc)
        results: dict[str, list[Hit]] = {}
        for rule_id in wanted:
            parts = self._parts[rule_id]
            hits = self._hits(doc, ctx, parts[0], found)
            if hits and len(parts) > 1:
                lazy = {part.key for part in parts[1:] if "check" not in part.spec} - lazy_done
                if lazy:
                    self._lazy(doc, found, lazy)
                    lazy_done |= lazy
                excuses = [_Excuses(self._hits(doc, ctx, part, found), part.spec, sentences) for part in parts[1:]]
                hits = [hit for hit in hits if not any(excuse.covers(hit) for excuse in excuses)]
            hits = _longest_first(hits)
            if hits:
                results[rule_id] = hits
        return results

    def _hits(self, doc, ctx, part: _Part, found) -> list[Hit]:
        if "check" not in part.spec:
            return found.get(part.key, [])
        # The same check with the same params (e.g. in several rules) runs once per Doc.
        if part.key not in found:
            check = get_check(part.spec["check"])
            found[part.key] = [h for h in check(doc, ctx, part.spec.get("params") or {}) if h.end > h.start]
        return found[part.key]


class _SentenceIndex:
    """Which sentence a character offset belongs to (sentences are preset or parsed)."""

    def __init__(self, doc: "Doc"):
        self._starts: list[int] | None = None
        self._doc = doc

    def sentence_of(self, offset: int) -> int:
        if self._starts is None:
            self._starts = [sent.start_char for sent in self._doc.sents] if len(self._doc) else [0]
        return bisect.bisect_right(self._starts, offset) - 1


class _Excuses:
    """The hits of one ``unless`` condition, indexed so that asking whether they
    excuse a hit costs a lookup, not a scan (messages can have thousands of hits)."""

    def __init__(self, unless_hits: list[Hit], spec: dict, sentences: _SentenceIndex):
        self._sentences = sentences
        self._by_sentence = spec.get("scope", MATCH) == "sentence"
        self._anywhere = spec.get("scope", MATCH) == "message" and bool(unless_hits)
        if self._by_sentence:
            self._sentence_ids = {sentences.sentence_of(u.start) for u in unless_hits}
            return
        ordered = sorted(unless_hits, key=lambda u: u.start)
        self._starts = [u.start for u in ordered]
        self._max_end: list[int] = []  # the largest end among the first k+1 hits
        for u in ordered:
            self._max_end.append(max(u.end, self._max_end[-1]) if self._max_end else u.end)

    def covers(self, hit: Hit) -> bool:
        """Anywhere in the text (scope: message), the same sentence (scope: sentence) or
        an overlapping span (scope: match)."""
        if self._anywhere:
            return True
        if self._by_sentence:
            return self._sentences.sentence_of(hit.start) in self._sentence_ids
        k = bisect.bisect_left(self._starts, hit.end)  # hits starting before hit.end
        return k > 0 and self._max_end[k - 1] > hit.start


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Of overlapping hits of one rule keep the longest ("zo snel mogelijk", not "snel").

    The kept hits never overlap, so they stay sorted by start and a new hit only
    needs comparing with its neighbours there (linear in the hits, not quadratic).
    """
    starts: list[int] = []
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        k = bisect.bisect_left(starts, hit.start)
        if k > 0 and kept[k - 1].end > hit.start:
            continue
        if k < len(kept) and kept[k].start < hit.end:
            continue
        starts.insert(k, hit.start)
        kept.insert(k, hit)
    return kept

