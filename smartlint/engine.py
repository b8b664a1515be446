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

import dataclasses
from collections import deque
from typing import TYPE_CHECKING, Iterable, Iterator

from smartlint.cache import SegmentFinding, Unit, source_id
from smartlint.cache_writer import CacheWriter
from smartlint.checks import CheckContext
from smartlint.context import CONTEXT_CHOICES, resolve_context
from smartlint.errors import ConfigError
from smartlint.findings import CATEGORIES, SEVERITIES, Finding
from smartlint.fixes import source_fix
from smartlint.packs import Rule, load_packs
from smartlint.message_findings import MessageFindings
from smartlint.preprocess import (
    FORMULAS_KEY,
    HEADINGS_KEY,
    PreparedText,
    apply_sentence_starts,
    prepare,
    set_structure,
)
from smartlint.segments import Segment, SourceDocument, identity_map
from smartlint.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from smartlint.cache import ResultCache
    from smartlint.matching import CompiledRules

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
        units = [[Unit(s.text, s.today, frozenset(s.disabled), s.kind, s.from_library) for s in segments] for _, segments in groups]
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
            try:
                for i, found in self.analyse_stream(misses):
                    writer.finished(misses[i], found)
            finally:  # also on Ctrl-C: keep what was finished since the last store
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
        messages: dict[int, MessageFindings] = {}  # unit index -> findings so far
        for doc, indices, start, count in self._parsed_pieces(prepared):
            for i in indices:
                if start == 0:
                    messages[i] = self._message(units[i], prepared[i], doc, count)
                message = messages[i]
                message.add_piece(doc, start)
                if message.pieces_done == count:
                    del messages[i]
                    yield i, message.findings()

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
        once; a long one in pieces, joined back into one Doc."""
        from smartlint.long_text import join

        done: list["Doc"] = []
        for doc, indices, _, count in self._parsed_pieces(prepared):
            done.append(doc)
            if len(done) == count:
                whole = join(done)
                done = []
                set_structure(whole, prepared[indices[0]])  # a joined Doc has no user_data yet
                yield whole, indices

    def _parsed_pieces(self, prepared: list[PreparedText]) -> Iterator[tuple["Doc", list[int], int, int]]:
        """(Doc, indices of ``prepared`` with that text, where the Doc starts in the
        text, how many pieces the text has): each distinct text parsed once, in
        order, in batched ``nlp.pipe`` calls; a long text in pieces
        (:mod:`smartlint.long_text`), each with the formula and heading ranges
        inside it in its own offsets."""
        from smartlint.long_text import Spans, batches, pieces

        nlp = self.nlp
        groups: dict[str, list[int]] = {}
        for i, p in enumerate(prepared):
            groups.setdefault(p.text, []).append(i)
        where: deque[tuple[list[int], int, int]] = deque()  # per piece, filled as tokenised() runs

        def tokenised():
            for indices in groups.values():
                text = prepared[indices[0]]
                cuts = pieces(text.text)
                formulas, headings = Spans(text.formulas), Spans(text.headings)
                for start, end in cuts:
                    doc = nlp.make_doc(text.text[start:end])
                    apply_sentence_starts(doc, text, offset=start)  # the parser respects these
                    if len(cuts) > 1:
                        doc.user_data[FORMULAS_KEY] = formulas.within(start, end)
                        doc.user_data[HEADINGS_KEY] = headings.within(start, end)
                    where.append((indices, start, len(cuts)))
                    yield doc

        for batch in batches(tokenised(), _BATCH_SIZE):
            for doc in nlp.pipe(batch, batch_size=len(batch)):
                indices, start, count = where.popleft()
                yield doc, indices, start, count

    def _message(self, unit: Unit, prepared: PreparedText, doc: "Doc", pieces: int) -> MessageFindings:
        """The collector of one message's findings, for its first parsed Doc."""
        settings = self.settings
        ctx = CheckContext(
            today=unit.today or settings.today,
            # the text as written: a bracketed tag "[STORING]" is masked as a placeholder
            context=resolve_context(settings.context, unit.text),
            client=settings.client,
            clients=list(settings.clients),
            placeholders=list(prepared.placeholders),
            kind=segment_kind(unit.kind, doc, unit.library),
            # strings the software sends; canned replies of agents are read like drafts
            library=unit.library and settings.library.sender == "software",
            declared_message=unit.kind == "message",
        )
        active = [
            rule
            for rule in self.rules
            if ctx.context in rule.contexts
            and ctx.kind in rule.kinds
            and ("library" if ctx.library else "draft") in rule.sources
            and rule.id not in unit.disabled
            and rule.category not in unit.disabled
        ]
        return MessageFindings(unit.text, prepared.text, ctx, active, self.compiled, pieces)

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
            key=segment.key,
            fix=source_fix(document, segment, found.start, found.end, found.replacement),
        )


def segment_kind(declared: str | None, doc: "Doc", library: bool) -> str:
    """The kind of a segment: as the reader or configuration declared it; a whole draft
    is a message; a library string is read from the clause analysis (smartlint.nl.kinds)."""
    if declared:
        return declared
    if not library:
        return "message"
    from smartlint.nl.kinds import classify_segment

    return classify_segment(doc)


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
