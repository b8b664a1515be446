"""``--jobs N``: analyse segments in N worker processes.

The segments of all files form one list, cut into contiguous slices of about
equal length (in characters), so a single large library spreads over the
workers as well as many small files do.  Results come back in slice order, so
the findings are the same, in the same order, as with ``--jobs 1``.

On Linux the workers are forked after the parent has loaded the pipeline and
compiled the rules: each worker starts with both in place (shared copy-on-write)
instead of loading them again.  Where ``fork`` is not available each worker builds
its own :class:`~smartlint.engine.Engine` once, in the pool initializer.
"""

from __future__ import annotations

import multiprocessing
import signal
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from smartlint.cache import SegmentFinding, Unit
    from smartlint.engine import Engine
    from smartlint.packs import Rule
    from smartlint.settings import Settings

# Below this many characters per worker, starting workers costs more than it saves.
MIN_CHARS_PER_WORKER = 20_000
# Slices per worker: enough to even out slices that parse slower than others.
SLICES_PER_WORKER = 4

_ENGINE: "Engine | None" = None  # the engine of this (worker) process


def worth_parallel(units: list["Unit"], jobs: int) -> bool:
    return jobs > 1 and len(units) >= jobs and sum(len(u.text) for u in units) >= MIN_CHARS_PER_WORKER * jobs


def slices(units: list["Unit"], count: int) -> list[list["Unit"]]:
    """``units`` cut into at most ``count`` contiguous, non-empty slices of about
    equal total length, in order."""
    total = sum(len(u.text) for u in units) or 1
    out: list[list[Unit]] = []
    current: list[Unit] = []
    done = 0
    for unit in units:
        current.append(unit)
        done += len(unit.text)
        if done * count >= total * (len(out) + 1):
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def analyse_in_workers(engine: "Engine", units: list["Unit"], jobs: int) -> Iterator[tuple[int, list["SegmentFinding"]]]:
    """(index in ``units``, findings) as ``engine.analyse_here`` would give them,
    computed by ``jobs`` worker processes and yielded slice by slice as they finish
    (in order), so the caller can store finished work before the end.

    Ctrl-C reaches only this process: the workers ignore SIGINT (set before they
    are forked, so there is no moment where they would print a traceback) and are
    terminated when the KeyboardInterrupt leaves the pool's ``with`` block.
    """
    global _ENGINE
    parts = slices(units, jobs * SLICES_PER_WORKER)
    if "fork" in multiprocessing.get_all_start_methods():
        engine.compiled  # load the pipeline and compile the rules once, before forking
        _ENGINE = engine
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # inherited by the forked workers
        try:
            pool = multiprocessing.get_context("fork").Pool(jobs)
        finally:
            signal.signal(signal.SIGINT, previous)
    else:  # pragma: no cover - macOS/Windows
        pool = multiprocessing.get_context("spawn").Pool(
            jobs, initializer=_start_worker, initargs=(type(engine), engine.settings, engine.all_rules)
        )
    try:
        with pool:
            first = 0
            for part, found in zip(parts, pool.imap(_analyse_slice, parts, chunksize=1)):
                for offset, one in enumerate(found):
                    yield first + offset, one
                first += len(part)
    finally:
        _ENGINE = None


def _start_worker(engine_class: type, settings: "Settings", rules: list["Rule"]) -> None:  # pragma: no cover - spawn only
    """Build the worker's engine.  The class comes from the parent (pickled by name), so
    this module never imports smartlint.engine: no import cycle."""
    global _ENGINE
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _ENGINE = engine_class(settings, rules=rules)


def _analyse_slice(part: list["Unit"]) -> list[list["SegmentFinding"]]:
    assert _ENGINE is not None, "worker started without an engine"
    return _ENGINE.analyse_here(part)
