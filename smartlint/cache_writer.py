"""Keep finished work while a run goes on: results stored to the cache as they come.

The engine analyses the cache misses of all documents as one stream (in workers
with ``--jobs``); :class:`CacheWriter` puts each finished unit in its documents'
result lists and stores each document's finished units every
:data:`FLUSH_SECONDS` at most, and at the end.  A run stopped by Ctrl-C or a CI
time-out has then stored all but its last seconds of work, and a rerun takes
those from the cache.  Storing a document rewrites its cache file, so storing on
a clock (not per unit) keeps a library of thousands of messages linear.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartlint.cache import ResultCache, SegmentFinding, Unit

FLUSH_SECONDS = 2.0


class CacheWriter:
    """Fills per-document results as units finish and stores each document's
    finished units as it goes (every :data:`FLUSH_SECONDS` at most, and at the end),
    so an interrupted run (Ctrl-C, a CI time-out) keeps what it finished.

    ``results[k]`` is document k's list, None where a unit is still to be analysed;
    it is completed in place.  ``cache`` None: results are only filled in.
    """

    def __init__(self, cache: "ResultCache | None", sources: list[str], units: list[list[Unit]], results: list[list]):
        self.cache, self.sources, self.units, self.results = cache, sources, units, results
        self._where: dict[Unit, list[tuple[int, int]]] = {}  # unit -> (document, segment) slots to fill
        for k, (doc_units, doc_results) in enumerate(zip(units, results)):
            for j, (unit, found) in enumerate(zip(doc_units, doc_results)):
                if found is None:
                    self._where.setdefault(unit, []).append((k, j))
        self._dirty: set[int] = set()
        self._last_flush = time.monotonic()

    def finished(self, unit: Unit, found: list[SegmentFinding]) -> None:
        for k, j in self._where.pop(unit, ()):
            self.results[k][j] = found
            self._dirty.add(k)
        if self.cache is not None and time.monotonic() - self._last_flush >= FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Store the finished units of every document changed since the last flush."""
        if self.cache is not None:
            for k in sorted(self._dirty):
                done = [(u, r) for u, r in zip(self.units[k], self.results[k]) if r is not None]
                self.cache.store(self.sources[k], [u for u, _ in done], [r for _, r in done])
        self._dirty.clear()
        self._last_flush = time.monotonic()
