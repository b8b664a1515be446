"""Long profile of the fuzz harness: many inputs per reader and loader, every failure kept.

    nice python bench/fuzz.py --per-reader 10000 [--targets yaml md] [--engine-sample 200]

Runs ``tests/fuzz_harness.py`` for each target with hypothesis (random and mutated
inputs of at most ~10 KB, each under a 2 s bound), in a process whose address space
is capped (``--memory-mb``), so a runaway input ends as a MemoryError finding instead
of swapping.  Unlike the test profile it does not stop at the first failure: each
distinct violation is counted and one example input of it is saved under
``--out`` (default ``bench/fuzz-findings/``).  ``--engine-sample N`` also lints N
accepted inputs with the real engine and checks that every finding's ``text`` is
exactly ``source_text[start:end]``.  Exit code 1 if anything was found.
"""

from __future__ import annotations

import argparse
import collections
import heapq
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bounded import TookTooLong  # noqa: E402
from fuzz_harness import TARGETS, Violation, check, inputs  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402


def _cap_memory(megabytes: int) -> None:
    limit = megabytes * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


def fuzz_target(target: str, count: int, out: Path, accepted: list[tuple[int, bytes]], keep: int):
    """Run ``count`` inputs; ``accepted`` keeps the ``keep`` longest accepted ones (a heap)."""
    outcomes: collections.Counter[str] = collections.Counter()
    violations: dict[str, int] = {}
    workdir = Path(tempfile.mkdtemp(prefix=f"smartlint-fuzz-{target}-"))

    @settings(max_examples=count, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(inputs(target))
    def run(data: bytes) -> None:
        try:
            outcome = check(target, data, workdir)
        except (Violation, MemoryError, TookTooLong) as err:
            key = str(err).splitlines()[0][:200]
            if key not in violations:
                (out / f"{target}-{len(violations) + 1}.bin").write_bytes(data)
                print(f"  {target}: {key}", flush=True)
            violations[key] = violations.get(key, 0) + 1
            outcome = "violation"
        outcomes[outcome] += 1
        if outcome == "ok" and keep and target not in ("config", "pack"):
            (heapq.heappush if len(accepted) < keep else heapq.heappushpop)(accepted, (len(data), data))

    started = time.perf_counter()
    run()
    return outcomes, violations, time.perf_counter() - started


def engine_sample(samples: list[tuple[str, bytes]]) -> tuple[int, int, list[str]]:
    """Lint accepted inputs with the real engine; every finding must slice its own text."""
    from smartlint.engine import Engine
    from smartlint.inputs import read_stdin
    from smartlint.settings import Settings

    engine = Engine(Settings(cache=False))
    problems, findings = [], 0
    for target, data in samples:
        doc = read_stdin(data, name=f"fuzz.{target}", settings=Settings())
        for finding in engine.lint([doc]):
            findings += 1
            if finding.text != doc.source_text[finding.start : finding.end]:
                problems.append(f"{target}: {finding.rule} text {finding.text!r} != source slice")
    return len(samples), findings, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-reader", type=int, default=10000, help="inputs per target (default 10000)")
    parser.add_argument("--targets", nargs="*", default=list(TARGETS), choices=TARGETS)
    parser.add_argument("--engine-sample", type=int, default=200, help="accepted inputs linted by the engine")
    parser.add_argument("--memory-mb", type=int, default=2048, help="address-space cap of this process")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "fuzz-findings")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    accepted: list[tuple[str, bytes]] = []  # (target, input) for the engine sample
    keep_per_target = max(1, args.engine_sample // max(1, len(args.targets)))
    found_any = False
    print(f"{'target':8} {'inputs':>7} {'accepted':>8} {'refused':>8} {'violations':>10} {'seconds':>8}", flush=True)
    for target in args.targets:
        _cap_memory(args.memory_mb)
        longest: list[tuple[int, bytes]] = []
        outcomes, violations, seconds = fuzz_target(target, args.per_reader, args.out, longest, keep_per_target)
        accepted.extend((target, data) for _, data in longest)
        total = sum(outcomes.values())
        refused = total - outcomes["ok"] - outcomes["violation"]
        print(f"{target:8} {total:7} {outcomes['ok']:8} {refused:8} {outcomes['violation']:10} {seconds:8.1f}", flush=True)
        for key, times in violations.items():
            print(f"    {times} x {key}", flush=True)
        found_any = found_any or bool(violations)
    if args.engine_sample and accepted:
        resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        inputs_linted, findings, problems = engine_sample(accepted[: args.engine_sample])
        print(f"engine sample: {inputs_linted} inputs, {findings} findings, {len(problems)} with a wrong text", flush=True)
        for problem in problems[:20]:
            print(f"    {problem}", flush=True)
        found_any = found_any or bool(problems)
    return 1 if found_any else 0


if __name__ == "__main__":
    sys.exit(main())
