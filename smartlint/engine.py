"""The lint engine: segments -> prepared texts -> spaCy Docs -> rules -> findings.

One :class:`Engine` per run: it loads and filters the rule packs once, loads the
pipeline and compiles the matchers lazily on the first :meth:`Engine.lint`, parses
every distinct segment text exactly once (``nlp.pipe`` over all segments of all
documents), and maps each hit back to exact characters of the source file.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import TYPE_CHECKING, Iterable

from smartlint.checks import CheckContext, Hit
from smartlint.context import CONTEXT_CHOICES, resolve_context
from smartlint.errors import ConfigError, InputError
from smartlint.findings import CATEGORIES, SEVERITIES, Finding
from smartlint.packs import Rule, load_packs
from smartlint.preprocess import PreparedText, apply_sentence_starts, in_formula, prepare
from smartlint.segments import Segment, SourceDocument, identity_map
from smartlint.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from smartlint.matching import CompiledRules

# When two categories report overlapping text, the weaker one is dropped: a vague
# word ("snel") is not also reported as an unquantified adjective.
YIELDS_TO: dict[str, tuple[str, ...]] = {"unquantified-adjective": ("vague-word",)}
_BATCH_SIZE = 64


class Engine:
    def __init__(self, settings: Settings, rules: list[Rule] | None = None):
        if settings.context not in CONTEXT_CHOICES:
            raise ConfigError(
                f"unknown context '{settings.context}' (expected one of {', '.join(CONTEXT_CHOICES)})"
            )
        self.settings = settings
        self.all_rules = rules if rules is not None else load_packs(settings.packs)
        self.rules = select_rules(self.all_rules, settings)
        self._nlp: "Language | None" = None
        self._compiled: "CompiledRules | None" = None

    @property
    def nlp(self) -> "Language":
        if self._nlp is None:
            from smartlint.nlp import load_pipeline

            self._nlp = load_pipeline(self.settings.model)
        return self._nlp

    @property
    def compiled(self) -> "CompiledRules":
        if self._compiled is None:
            from smartlint.matching import CompiledRules

            self._compiled = CompiledRules(self.nlp, self.rules)
        return self._compiled

    def lint(self, documents: Iterable[SourceDocument]) -> list[Finding]:
        jobs: list[tuple[SourceDocument, Segment, PreparedText]] = []
        for document in documents:
            for segment in document.segments:
                if segment.text.strip():
                    jobs.append((document, segment, prepare(segment.text)))
        if not jobs or not self.rules:
            return []
        docs = self.parse([(document.path, prepared) for document, _, prepared in jobs])
        findings: list[Finding] = []
        for (document, segment, prepared), doc in zip(jobs, docs):
            findings += self._lint_segment(document, segment, prepared, doc)
        unique = {(f.path, f.key, f.start, f.end, f.rule): f for f in findings}
        return sorted(unique.values(), key=Finding.sort_key)

    def parse(self, texts: list[tuple[str, PreparedText]]) -> list["Doc"]:
        """The Docs of (path, prepared text) pairs, in order; each distinct text is
        parsed once, all in one batched ``nlp.pipe``."""
        nlp = self.nlp
        todo: dict[str, PreparedText] = {}
        for path, prepared in texts:
            if len(prepared.text) > nlp.max_length:
                raise InputError(
                    f"text too long to analyse ({len(prepared.text)} characters, "
                    f"at most {nlp.max_length})",
                    path,
                )
            todo.setdefault(prepared.text, prepared)

        def tokenised():
            for prepared in todo.values():
                doc = nlp.make_doc(prepared.text)
                apply_sentence_starts(doc, prepared)  # the parser respects these
                yield doc

        parsed = {doc.text: doc for doc in nlp.pipe(tokenised(), batch_size=_BATCH_SIZE)}
        return [parsed[prepared.text] for _, prepared in texts]

    def _lint_segment(self, document, segment: Segment, prepared: PreparedText, doc) -> list[Finding]:
        settings = self.settings
        ctx = CheckContext(
            today=segment.today or settings.today,
            context=resolve_context(settings.context, prepared.text),
            client=settings.client,
            clients=list(settings.clients),
            placeholders=list(prepared.placeholders),
        )
        active = [
            rule
            for rule in self.rules
            if ctx.context in rule.contexts
            and rule.id not in segment.disabled
            and rule.category not in segment.disabled
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
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        return [
            self._finding(document, segment, rule, hit, sentences)
            for rule, hit in _resolve_overlaps(candidates)
        ]

    def _finding(self, document: SourceDocument, segment: Segment, rule: Rule, hit: Hit, sentences) -> Finding:
        start, end = segment.offsets.to_source(hit.start, hit.end)
        seg_text = segment.text[hit.start : hit.end]
        line, column = document.line_col(start)
        end_line, end_column = document.line_col(end)
        k = max(bisect.bisect_right([s for s, _ in sentences], hit.start) - 1, 0)
        sent_start, sent_end = sentences[k] if sentences else (0, len(segment.text))
        return Finding(
            rule=rule.id,
            category=rule.category,
            severity=rule.severity,
            message=(hit.message or rule.message).replace("{text}", seg_text),
            path=document.path,
            start=start,
            end=end,
            text=document.source_text[start:end],
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            suggestion=_fill(hit.suggestion or rule.suggestion, seg_text),
            sentence=" ".join(segment.text[sent_start:sent_end].split()) or None,
            key=segment.key,
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
    """Drop a hit that another hit makes redundant (see :func:`_shadows`)."""
    return [
        (rule, hit)
        for rule, hit in candidates
        if not any(_shadows(other_rule, other, rule, hit) for other_rule, other in candidates)
    ]


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
