"""Ctrl-C during a --jobs 2 run: exit 130 quietly, and keep what was finished."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from generate_library import write_library  # noqa: E402

from smartlint.cache import ResultCache, SegmentFinding, Unit  # noqa: E402
from smartlint.cache_writer import CacheWriter  # noqa: E402


def _children(pid: int) -> list[str]:
    """The process ids of ``pid``'s children (Linux /proc), empty where unknown."""
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return ["?"]  # no /proc: do not wait for it


def _cache_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*.json") if not p.name.startswith(".tmp-")]


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")
def test_ctrl_c_with_jobs_exits_130_quietly_and_keeps_finished_work(tmp_path):
    library = tmp_path / "library.yaml"
    # ~180,000 characters: worth two workers, 8 slices, and long enough that the first
    # periodic cache write (after 2 s) comes well before the end, even on a busy machine
    write_library(library, 480, seed=7)
    cache = tmp_path / "cache"
    env = dict(os.environ, SMARTLINT_CACHE_DIR=str(cache), NO_COLOR="1")
    command = [sys.executable, "-m", "smartlint", "check", "--jobs", "2", "--today", "2026-11-22", "-q"]
    # A session of its own, so SIGINT goes to the whole group as a terminal's Ctrl-C does.
    # The child starts with SIGINT at its default even if something in this test process
    # left it ignored (an ignored SIGINT is inherited, and Python then never raises
    # KeyboardInterrupt): the run must see Ctrl-C as a terminal user's process does.
    proc = subprocess.Popen([*command, str(library)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    # Interrupt once finished work was stored and the worker pool is running (the parent
    # ignores SIGINT for the moment it forks its workers, as a terminal user cannot see).
    while (not _cache_files(cache) or not _children(proc.pid)) and proc.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before the first cache write: nothing to interrupt"
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in stderr and "ForkPoolWorker" not in stderr
    assert len([line for line in stderr.splitlines() if line.strip()]) <= 1, stderr

    rerun = subprocess.run([*command[:-1], "--format", "json", str(library)],
                           env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode in (0, 1), rerun.stderr
    stats = json.loads(rerun.stdout)["summary"]["cache"]
    assert stats["hits"] > 0 and stats["misses"] > 0  # finished work reused, the rest analysed


def test_cache_writer_stores_finished_units_before_the_end(tmp_path, monkeypatch):
    import smartlint.cache_writer as cache_writer

    monkeypatch.setattr(cache_writer, "FLUSH_SECONDS", 0.0)  # store at every finished unit
    store = ResultCache(tmp_path, "f" * 64)
    units = [[Unit("Een."), Unit("Twee.")], [Unit("Drie.")]]
    results = [[None, None], [[]]]  # document 1 came from the cache
    writer = CacheWriter(store, ["a", "b"], units, results)
    found = [SegmentFinding("vague-zsm", 0, 3, "m", None)]
    writer.finished(Unit("Een."), found)
    # Interrupted here: the first unit of document 'a' is stored, the second is not.
    assert store.lookup("a", units[0], {"vague-zsm"}) == [found, None]
    assert results == [[found, None], [[]]]
    writer.finished(Unit("Twee."), [])
    writer.flush()
    assert store.lookup("a", units[0], {"vague-zsm"}) == [found, []]
