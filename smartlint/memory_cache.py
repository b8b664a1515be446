"""An in-process result cache: the findings of each document's current messages.

The language server lints a document again on every edit; in a library of canned
responses (YAML, JSON, CSV) an edit changes one message, so the others are taken
from here instead of being parsed again.  Same interface as the on-disk
:class:`smartlint.cache.ResultCache` (``lookup``/``store``/``stats``) and the same
shape: per document (source), the findings of the segments it had at its last lint,
replaced by each lint, so memory follows the open documents, not the number of
edits.  One cache belongs to one linter (one set of settings), which is what the
on-disk cache's run fingerprint stands for.
"""

from __future__ import annotations

from collections import OrderedDict

from smartlint.cache import CacheStats, SegmentFinding, Unit

MAX_SOURCES = 256  # documents remembered; the least recently linted goes first


class MemoryCache:
    def __init__(self, max_sources: int = MAX_SOURCES):
        self.max_sources = max_sources
        self.stats = CacheStats(enabled=True)
        self._sources: OrderedDict[str, dict[str, list[SegmentFinding]]] = OrderedDict()

    def lookup(self, source: str, units: list[Unit], rule_ids: set[str]) -> list[list[SegmentFinding] | None]:
        entries = self._sources.get(source, {})
        out: list[list[SegmentFinding] | None] = []
        for unit in units:
            found = entries.get(unit.digest())
            if found is not None and all(f.rule in rule_ids for f in found):
                self.stats.hits += 1
                out.append(list(found))
            else:
                self.stats.misses += 1
                out.append(None)
        return out

    def store(self, source: str, units: list[Unit], results: list[list[SegmentFinding]]) -> None:
        """Replace the document's entries by those of its current segments."""
        self._sources[source] = {unit.digest(): list(found) for unit, found in zip(units, results)}
        self._sources.move_to_end(source)
        while len(self._sources) > self.max_sources:
            self._sources.popitem(last=False)
