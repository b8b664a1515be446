"""smartlint benchmarks: wall time and peak memory, side by side with their floors.

    python bench/run.py [--repeat 3] [--messages 2000] [--skip-library]

Every figure is the median of ``--repeat`` runs of a fresh process (so the numbers
include interpreter start and pipeline load, as a user sees them); runs of a command
and of its floor alternate, so machine noise hits both alike.  Peak memory is the
child's maximum RSS (``os.wait4``).  Ratios are what the targets in docs/benchmarks.md
are about; absolute seconds depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from generate_library import write_library  # noqa: E402

PY = sys.executable
SMARTLINT = [PY, "-m", "smartlint"]
DRAFT = ROOT / "examples" / "draft.txt"


def measure(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of one fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(map(str, cmd))}\n{proc.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024, code


def side_by_side(name: str, cmd: list[str], floor: list[str], repeat: int, env=None, cwd=None) -> dict:
    runs, floors = [], []
    for _ in range(repeat):
        runs.append(measure(cmd, env, cwd))
        floors.append(measure(floor, env, cwd))
    t = statistics.median(r[0] for r in runs)
    f = statistics.median(r[0] for r in floors)
    mem = max(r[1] for r in runs)
    fmem = max(r[1] for r in floors)
    print(f"{name:34} {t:7.2f} s  {mem:6.0f} MB | floor {f:7.2f} s  {fmem:6.0f} MB | ratio {t / f:5.2f}  (+{t - f:.2f} s)")
    return {"time": t, "floor": f, "ratio": t / f, "mem": mem}


def floor_script(texts_from: str) -> list[str]:
    """A bare process: import spaCy, load the same embedded pipeline, process the texts."""
    code = (
        "import sys, spacy\n"
        "from smartlint.nlp import EMBEDDED_PATH\n"
        "nlp = spacy.load(EMBEDDED_PATH)\n"
        f"{texts_from}\n"
        "for doc in nlp.pipe(texts, batch_size=64): pass\n"
    )
    return [PY, "-c", code]


def library_texts_code(path: Path) -> str:
    # The floor gets the message bodies directly (no YAML offset mapping, no rules).
    return (
        "import yaml\n"
        f"data = yaml.safe_load(open({str(path)!r}, encoding='utf-8'))['responses']\n"
        "texts = [v for m in data.values() for v in m.values()]\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--skip-library", action="store_true")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="smartlint-bench-"))
    cache = work / "cache"
    env = dict(os.environ, SMARTLINT_CACHE_DIR=str(cache), NO_COLOR="1")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, repeat {args.repeat} (median)\n")

    print("1. cold single draft")
    draft = side_by_side("check draft.txt --no-cache", [*SMARTLINT, "check", "--no-cache", str(DRAFT)],
                         floor_script(f"texts = [open({str(DRAFT)!r}, encoding='utf-8').read()]"), args.repeat, env)

    print("\n5. light commands (floor: python -c pass)")
    bare = [PY, "-c", "pass"]
    for name, cmd in (("--help", ["--help"]), ("rules", ["rules"]), ("explain vague-zsm", ["explain", "vague-zsm"])):
        side_by_side(name, [*SMARTLINT, *cmd], bare, args.repeat, env)

    if not args.skip_library:
        lib = work / "library.yaml"
        n, words = write_library(lib, args.messages, seed=7)
        print(f"\n2. library throughput: {n} messages, {words} words")
        one = side_by_side("check library --no-cache --jobs 1", [*SMARTLINT, "check", "--no-cache", "--jobs", "1", str(lib)],
                           floor_script(library_texts_code(lib)), args.repeat, env)
        print(f"{'':34} smartlint {words / one['time']:,.0f} words/s, floor {words / one['floor']:,.0f} words/s, "
              f"speed ratio {one['floor'] / one['time']:.2f}")

        print("\n3. parallelism")
        two = side_by_side("check library --no-cache --jobs 2", [*SMARTLINT, "check", "--no-cache", "--jobs", "2", str(lib)],
                           [*SMARTLINT, "check", "--no-cache", "--jobs", "1", str(lib)], args.repeat, env)
        print(f"{'':34} --jobs 2 is {1 / two['ratio']:.2f}x as fast as --jobs 1")

        print("\n4. cache")
        shutil.rmtree(cache, ignore_errors=True)
        measure([*SMARTLINT, "check", str(lib)], env)  # fill the cache
        warm = side_by_side("check library (cached, unchanged)", [*SMARTLINT, "check", str(lib)],
                            [*SMARTLINT, "check", "--no-cache", str(lib)], args.repeat, env)
        text = lib.read_text(encoding="utf-8").replace("Antwoord 17\n", "Antwoord zeventien\n", 1)
        lib.write_text(text, encoding="utf-8")
        changed = measure([*SMARTLINT, "check", str(lib)], env)
        print(f"{'check library (one message changed)':34} {changed[0]:7.2f} s  {changed[1]:6.0f} MB | "
              f"ratio to uncached {changed[0] / warm['floor']:.2f}")
        probe = subprocess.run([*SMARTLINT, "check", "--format", "json", str(lib)], env=env,
                               capture_output=True, text=True)
        stats = __import__("json").loads(probe.stdout).get("summary", {}).get("cache")
        print(f"{'':34} cache statistics of a rerun: {stats}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
