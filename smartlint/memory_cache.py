"""An in-process result cache: a message's findings, kept while the process runs.

The language server lints a document again on every edit; in a library of canned
responses (YAML, JSON, CSV) an edit changes one message, so the others are taken
from here instead of being parsed again.  Same interface as the on-disk
:class:`smartlint.cache.ResultCache` (``lookup``/``store``/``stats``), keyed by the
same per-segment digest; one cache belongs to one linter (one set of settings),
which is what the on-disk cache's run fingerprint stands for.  Bounded: the least
recently used entries go first.
"""

from __future__ import annotations

from collections import OrderedDict

from smartlint.cache import CacheStats, SegmentFinding, Unit

MAX_ENTRIES = 20_000  # segments; a few MB of findings at most


class MemoryCache:
    def __init__(self, max_entries: int = MAX_ENTRIES):
        self.max_entries = max_entries
        self.stats = CacheStats(enabled=True)
        self._entries: OrderedDict[str, list[SegmentFinding]] = OrderedDict()

    def lookup(self, source: str, units: list[Unit], rule_ids: set[str]) -> list[list[SegmentFinding] | None]:
        out: list[list[SegmentFinding] | None] = []
        for unit in units:
            found = self._entries.get(unit.digest())
            if found is not None and all(f.rule in rule_ids for f in found):
                self._entries.move_to_end(unit.digest())
                self.stats.hits += 1
                out.append(list(found))
            else:
                self.stats.misses += 1
                out.append(None)
        return out

    def store(self, source: str, units: list[Unit], results: list[list[SegmentFinding]]) -> None:
        for unit, found in zip(units, results):
            self._entries[unit.digest()] = list(found)
            self._entries.move_to_end(unit.digest())
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)
