"""The lint engine: segments -> prepared texts -> spaCy Docs -> rules -> findings.

One :class:`Engine` per run: it loads and filters the rule packs once, loads the
pipeline (without components no active rule needs) and compiles the matchers
lazily on the first analysis, parses every distinct segment text exactly once
(``nlp.pipe`` over all segments of all documents, or over contiguous slices of
them in ``--jobs`` worker processes), and maps each hit back to exact characters
of the source file.

Analysis works on segments alone and yields :class:`SegmentFinding` objects in
segment-relative offsets; only :meth:`Engine.lint` knows files.  That split is
what lets the result cache (:mod:`smartlint.cache`) store a message's findings
and lets workers (:mod:`smartlint.parallel`) analyse any slice of the segments.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import TYPE_CHECKING, Iterable, Iterator

from smartlint.cache import SegmentFinding, Unit, source_id
from smartlint.cache_writer import CacheWriter
from smartlint.checks import CheckContext, Hit
from smartlint.context import CONTEXT_CHOICES, resolve_context
from smartlint.errors import ConfigError
from smartlint.findings import CATEGORIES, SEVERITIES, Finding
from smartlint.packs import Rule, load_packs
from smartlint.preprocess import PreparedText, apply_sentence_starts, in_formula, prepare, set_structure
from smartlint.segments import Segment, SourceDocument, identity_map
from smartlint.settings import Settings
from smartlint.text_dates import fill_dates

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from smartlint.cache import ResultCache
    from smartlint.matching import CompiledRules

# When two categories report overlapping text, the weaker one is dropped: a vague
# word ("snel") is not also reported as an unquantified adjective.
YIELDS_TO: dict[str, tuple[str, ...]] = {"unquantified-adjective": ("vague-word",)}
_BATCH_SIZE = 64
# Pipeline components that only produce what these token attributes read.  The
# checks read text, POS, morphology, dependencies and sentences, never lemmas or
# entities (tests/test_jobs.py guards this), so such a component is left out of
# the pipeline unless a rule's pattern asks for its attribute.
_OPTIONAL_COMPONENTS = {
    "trainable_lemmatizer": ("LEMMA",),
    "lemmatizer": ("LEMMA",),
    "ner": ("ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID"),
}


class Engine:
    def __init__(self, settings: Settings, rules: list[Rule] | None = None, cache: "ResultCache | None" = None):
        if settings.context not in CONTEXT_CHOICES:
            raise ConfigError(
                f"unknown context '{settings.context}' (expected one of {', '.join(CONTEXT_CHOICES)})"
            )
        self.settings = settings
        self.all_rules = rules if rules is not None else load_packs(settings.packs)
        self.rules = select_rules(self.all_rules, settings)
        self.rules_by_id = {rule.id: rule for rule in self.rules}
        self.cache = cache
        self.cache_stats = {"enabled": cache is not None, "hits": 0, "misses": 0}
        self._nlp: "Language | None" = None
        self._compiled: "CompiledRules | None" = None

    @property
    def nlp(self) -> "Language":
        if self._nlp is None:
            from smartlint.nlp import load_pipeline

            self._nlp = load_pipeline(self.settings.model, unneeded_components(self.rules))
        return self._nlp

    @property
    def compiled(self) -> "CompiledRules":
        if self._compiled is None:
            from smartlint.matching import CompiledRules

            self._compiled = CompiledRules(self.nlp, self.rules)
        return self._compiled

    def lint(self, documents: Iterable[SourceDocument]) -> list[Finding]:
        groups = []
        for document in documents:
            segments = [segment for segment in document.segments if segment.text.strip()]
            if segments:
                groups.append((document, segments))
        if not groups or not self.rules:
            return []
        results = self._results(groups)
        findings = [
            self._finding(document, segment, found)
            for (document, segments), per_segment in zip(groups, results)
            for segment, found_list in zip(segments, per_segment)
            for found in found_list
        ]
        unique = {(f.path, f.key, f.start, f.end, f.rule): f for f in findings}
        return sorted(unique.values(), key=Finding.sort_key)

    def _results(self, groups) -> list[list[list[SegmentFinding]]]:
        """Per document, per segment: findings from the cache or a fresh analysis."""
        units = [[Unit(s.text, s.today, frozenset(s.disabled), s.kind) for s in segments] for _, segments in groups]
        if self.cache is not None:
            self.cache.stats.hits = self.cache.stats.misses = 0
            rule_ids = set(self.rules_by_id)
            results = [self.cache.lookup(source_id(d.path), u, rule_ids) for (d, _), u in zip(groups, units)]
        else:
            results = [[None] * len(u) for u in units]
        todo: dict[Unit, str] = {}  # each distinct miss once, with a path for errors
        for (document, _), doc_units, doc_results in zip(groups, units, results):
            for unit, found in zip(doc_units, doc_results):
                if found is None:
                    todo.setdefault(unit, document.path)
        if todo:
            writer = CacheWriter(self.cache, [source_id(d.path) for d, _ in groups], units, results)
            misses = list(todo)
            for i, found in self.analyse_stream(misses):
                writer.finished(misses[i], found)
            writer.flush()
        stats = self.cache.stats if self.cache is not None else None
        self.cache_stats = {
            "enabled": stats is not None,
            "hits": stats.hits if stats else 0,
            "misses": stats.misses if stats else sum(len(u) for u in units),
        }
        return results

    def analyse(self, units: list[Unit]) -> list[list[SegmentFinding]]:
        """The findings of each unit, in order; in worker processes with ``--jobs``."""
        results: list[list[SegmentFinding]] = [[] for _ in units]
        for i, found in self.analyse_stream(units):
            results[i] = found
        return results

    def analyse_stream(self, units: list[Unit]) -> Iterator[tuple[int, list[SegmentFinding]]]:
        """(index in ``units``, findings) as each unit is done, in worker processes
        with ``--jobs``: the caller can keep finished work (the cache) before the end."""
        from smartlint.parallel import analyse_in_workers, worth_parallel

        if self.settings.jobs > 1 and worth_parallel(units, self.settings.jobs):
            return analyse_in_workers(self, units, self.settings.jobs)
        return self._stream_here(units)

    def analyse_here(self, units: list[Unit]) -> list[list[SegmentFinding]]:
        """The findings of each unit, in this process.  Each Doc is analysed as
        ``nlp.pipe`` yields it and then dropped: memory does not grow with the run."""
        results: list[list[SegmentFinding]] = [[] for _ in units]
        for i, found in self._stream_here(units):
            results[i] = found
        return results

    def _stream_here(self, units: list[Unit]) -> Iterator[tuple[int, list[SegmentFinding]]]:
        prepared = [prepare(unit.text) for unit in units]
        for doc, indices in self._parsed(prepared):
            for i in indices:
                yield i, self._segment_findings(units[i], prepared[i], doc)

    def parse(self, texts: list[tuple[str, PreparedText]]) -> list["Doc"]:
        """The Docs of (path, prepared text) pairs, in order; each distinct text is
        parsed once, all in one batched ``nlp.pipe``.  No length limit: a text longer
        than ``nlp.max_length`` is parsed in pieces (:mod:`smartlint.long_text`)."""
        docs: list = [None] * len(texts)
        for doc, indices in self._parsed([prepared for _, prepared in texts]):
            for i in indices:
                docs[i] = doc
        return docs

    def _parsed(self, prepared: list[PreparedText]) -> Iterator[tuple["Doc", list[int]]]:
        """(Doc, indices of ``prepared`` with that text): each distinct text parsed
        once, in order, in one batched ``nlp.pipe``.  A long text is parsed in
        pieces and joined back into one Doc (:mod:`smartlint.long_text`)."""
        from smartlint.long_text import batches, pieces, regroup

        nlp = self.nlp
        groups: dict[str, list[int]] = {}
        for i, p in enumerate(prepared):
            groups.setdefault(p.text, []).append(i)
        sizes: list[int] = []  # pieces per distinct text, filled as tokenised() runs

        def tokenised():
            for indices in groups.values():
                text = prepared[indices[0]]
                cuts = pieces(text.text)
                sizes.append(len(cuts))
                for start, end in cuts:
                    doc = nlp.make_doc(text.text[start:end])
                    apply_sentence_starts(doc, text, offset=start)  # the parser respects these
                    yield doc

        parsed = (
            doc for batch in batches(tokenised(), _BATCH_SIZE) for doc in nlp.pipe(batch, batch_size=len(batch))
        )
        docs = regroup(parsed, sizes)
        for doc, indices in zip(docs, groups.values()):
            set_structure(doc, prepared[indices[0]])  # a joined Doc has no user_data yet
            yield doc, indices

    def _segment_findings(self, unit: Unit, prepared: PreparedText, doc) -> list[SegmentFinding]:
        settings = self.settings
        ctx = CheckContext(
            today=unit.today or settings.today,
            context=resolve_context(settings.context, prepared.text),
            client=settings.client,
            clients=list(settings.clients),
            placeholders=list(prepared.placeholders),
            kind=segment_kind(unit.kind, doc),
        )
        active = [
            rule
            for rule in self.rules
            if ctx.context in rule.contexts
            and ctx.kind in rule.kinds
            and rule.id not in unit.disabled
            and rule.category not in unit.disabled
        ]
        hits = self.compiled.run(doc, ctx, [rule.id for rule in active])
        candidates: list[tuple[Rule, Hit]] = []
        for rule in active:
            for hit in hits.get(rule.id, ()):
                hit = _trimmed(hit, prepared.text)
                if hit is None or _touches_placeholder(hit, ctx):
                    continue
                if not rule.in_formulas and in_formula(doc, hit.start, hit.end):
                    continue
                candidates.append((rule, hit))
        if not candidates:
            return []
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        starts = [s for s, _ in sentences]
        out = []
        for rule, hit in _resolve_overlaps(candidates):
            seg_text = unit.text[hit.start : hit.end]
            k = max(bisect.bisect_right(starts, hit.start) - 1, 0)
            sent_start, sent_end = sentences[k] if sentences else (0, len(unit.text))
            out.append(SegmentFinding(
                rule=rule.id,
                start=hit.start,
                end=hit.end,
                message=(hit.message or rule.message).replace("{text}", seg_text),
                suggestion=fill_dates(_fill(hit.suggestion or rule.suggestion, seg_text), ctx.today),
                sentence=" ".join(unit.text[sent_start:sent_end].split()) or None,
            ))
        return out

    def _finding(self, document: SourceDocument, segment: Segment, found: SegmentFinding) -> Finding:
        rule = self.rules_by_id[found.rule]
        start, end = segment.offsets.to_source(found.start, found.end)
        line, column = document.line_col(start)
        end_line, end_column = document.line_col(end)
        return Finding(
            rule=rule.id,
            category=rule.category,
            severity=rule.severity,
            message=found.message,
            path=document.path,
            start=start,
            end=end,
            text=document.source_text[start:end],
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            suggestion=found.suggestion,
            sentence=found.sentence,
            key=segment.key,
        )


def segment_kind(declared: str | None, doc: "Doc") -> str:
    """The kind of a segment: as the reader or configuration declared it, else a message."""
    return declared or "message"


def unneeded_components(rules: Iterable[Rule]) -> tuple[str, ...]:
    """Optional pipeline components that no rule's token pattern or phrase needs."""
    used: set[str] = set()
    for rule in rules:
        for spec in [rule.match, *rule.unless_parts]:
            if "phrases" in spec and spec.get("on") == "lemma":
                used.add("LEMMA")
            for pattern in spec.get("patterns", ()):
                used.update(str(key).upper() for token in pattern for key in token)
    return tuple(
        sorted(name for name, attrs in _OPTIONAL_COMPONENTS.items() if not used.intersection(attrs))
    )


def select_rules(rules: list[Rule], settings: Settings) -> list[Rule]:
    """Apply select/ignore/disabled_rules and severity overrides (ids or categories)."""
    known = {rule.id for rule in rules} | set(CATEGORIES)
    for field_name in ("select", "ignore", "disabled_rules"):
        for name in getattr(settings, field_name):
            if name not in known:
                raise ConfigError(f"unknown rule or category '{name}' in {field_name}")
    for name, severity in settings.severity_overrides.items():
        if name not in known:
            raise ConfigError(f"unknown rule or category '{name}' in severity overrides")
        if severity not in SEVERITIES:
            raise ConfigError(
                f"unknown severity '{severity}' for '{name}' (expected one of {', '.join(SEVERITIES)})"
            )
    off = set(settings.ignore) | set(settings.disabled_rules)
    chosen = []
    for rule in rules:
        names = {rule.id, rule.category}
        if settings.select and not names & set(settings.select):
            continue
        if names & off:
            continue
        overrides = settings.severity_overrides
        severity = overrides.get(rule.id, overrides.get(rule.category, rule.severity))
        chosen.append(dataclasses.replace(rule, severity=severity) if severity != rule.severity else rule)
    return chosen


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


def _resolve_overlaps(candidates: list[tuple[Rule, Hit]]) -> list[tuple[Rule, Hit]]:
    """Drop a hit that another hit makes redundant (see :func:`_shadows`).

    Only overlapping hits can shadow each other, so each hit is compared with the
    hits that start less than the longest hit's length before it and before its end
    (sorted by start): a message with thousands of findings stays linear, not quadratic.
    """
    ordered = sorted(candidates, key=lambda pair: pair[1].start)
    starts = [hit.start for _, hit in ordered]
    longest = max((hit.end - hit.start for _, hit in ordered), default=0)
    kept = []
    for rule, hit in candidates:
        near = ordered[bisect.bisect_right(starts, hit.start - longest) : bisect.bisect_left(starts, hit.end)]
        if not any(_shadows(other_rule, other, rule, hit) for other_rule, other in near):
            kept.append((rule, hit))
    return kept


def _shadows(other_rule: Rule, other: Hit, rule: Rule, hit: Hit) -> bool:
    """Does ``other`` make ``hit`` redundant?

    * Same category, ``other`` strictly contains ``hit``: "zo snel mogelijk" is one
      vague-word finding, not also "snel" and "mogelijk".  Equal spans of two rules
      (a date with a wrong weekday that is also in the past) are both kept.
    * A weaker category overlapping a stronger one (YIELDS_TO): "snel" is a vague
      word, not also an unquantified adjective.
    """
    if other is hit:
        return False
    overlapping = other.start < hit.end and hit.start < other.end
    if other_rule.category in YIELDS_TO.get(rule.category, ()):
        return overlapping
    return (
        other_rule.category == rule.category
        and other.start <= hit.start
        and hit.end <= other.end
        and other.end - other.start > hit.end - hit.start
    )


def _fill(text: str | None, matched: str) -> str | None:
    return text.replace("{text}", matched) if text else text


_ENGINES: dict[str, Engine] = {}


def lint_text(text: str, settings: Settings | None = None, path: str = "<text>") -> list[Finding]:
    """Lint one plain text (a convenience for tests and the API)."""
    settings = settings or Settings()
    key = repr(settings)
    engine = _ENGINES.get(key)
    if engine is None:
        if len(_ENGINES) >= 16:
            _ENGINES.clear()
        engine = _ENGINES[key] = Engine(settings)
    segment = Segment(text=text, offsets=identity_map(text))
    return engine.lint([SourceDocument(path=path, source_text=text, segments=[segment])])
