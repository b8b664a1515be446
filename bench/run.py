"""smartlint benchmarks: wall time and peak memory, side by side with their floors.

    python bench/run.py [--repeat 3] [--messages 2000] [--skip-library] [--json OUT]
    python bench/run.py --only-big [--big 1,5]     # section 7 alone: one 1 MB and one 5 MB message

Every figure is the median of ``--repeat`` runs of a fresh process, so it includes
interpreter start and pipeline load, as a user sees them.  A command and its floor
run alternately (command, floor, command, floor, ...), so load from other work on
the machine hits both alike; the ratios are what the targets are about, absolute
seconds depend on the machine.  Peak memory is the child's maximum RSS
(``os.wait4``; with ``--jobs 2`` that is the largest single process, not the sum).

Floors (bare Python, no smartlint code on the measured path):

* single draft: import spaCy, load the same embedded pipeline (all components),
  process the draft's text;
* library: the same, plus reading the library's string values with PyYAML's
  fastest safe loader, then ``nlp.pipe`` over exactly the texts smartlint lints;
* light commands: ``python -c pass``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from generate_library import message, write_library  # noqa: E402

PY = sys.executable
SMARTLINT = [PY, "-m", "smartlint"]
DRAFT = ROOT / "examples" / "draft.txt"
TODAY = "2026-11-22"  # fixed, so every run (and the cache key) sees the same date


class Failed(SystemExit):
    pass


def measure(cmd: list[str], env: dict, stdout: Path | None = None) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one fresh process; exit codes 0 and 1 are fine."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, env=env)
        stderr = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    finally:
        if stdout:
            out.close()
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise Failed(f"benchmark command failed ({code}): {' '.join(map(str, cmd))}\n{stderr.decode()}")
    return seconds, usage.ru_maxrss / 1024


def side_by_side(name: str, cmd: list[str], floor: list[str], repeat: int, env: dict, floor_name="floor") -> dict:
    runs, floors = [], []
    for _ in range(repeat):
        runs.append(measure(cmd, env))
        floors.append(measure(floor, env))
    t, f = statistics.median(r[0] for r in runs), statistics.median(r[0] for r in floors)
    mem, fmem = max(r[1] for r in runs), max(r[1] for r in floors)
    print(f"  {name:36} {t:7.2f} s {mem:6.0f} MB | {floor_name} {f:7.2f} s {fmem:6.0f} MB"
          f" | ratio {t / f:5.2f} ({t - f:+.2f} s)", flush=True)
    return {"seconds": t, "floor_seconds": f, "ratio": t / f, "peak_mb": mem, "floor_peak_mb": fmem,
            "runs": [r[0] for r in runs], "floor_runs": [r[0] for r in floors]}


def floor_command(load_texts: str) -> list[str]:
    code = (
        "import sys, spacy\n"
        "from smartlint.nlp import EMBEDDED_PATH\n"  # only a path constant: no smartlint work
        "nlp = spacy.load(EMBEDDED_PATH)\n"
        f"{load_texts}\n"
        "for doc in nlp.pipe(texts, batch_size=64): pass\n"
    )
    return [PY, "-c", code]


def library_texts(path: Path) -> str:
    """Code that reads the messages smartlint lints: every string value with a space."""
    return (
        "import yaml\n"
        "Loader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)\n"
        f"data = yaml.load(open({str(path)!r}, encoding='utf-8'), Loader=Loader)['responses']\n"
        "texts = [v for m in data.values() for v in m.values() if ' ' in v.strip()]\n"
    )


def check(*args: str) -> list[str]:
    return [*SMARTLINT, "check", "--today", TODAY, *args]


def machine() -> str:
    load = os.getloadavg()
    return f"{os.cpu_count()} cores, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"


def revision() -> str:
    """The commit measured, with '+changes' when the working tree differs from it."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    return (git("rev-parse", "--short", "HEAD") or "unknown") + ("+changes" if git("status", "--porcelain") else "")


def cache_summary(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["summary"]["cache"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--skip-library", action="store_true")
    parser.add_argument("--json", type=Path, help="also write all figures to this file")
    parser.add_argument("--big", default="1,5", help="sizes in MB of the one-message section 7 (empty: skip)")
    parser.add_argument("--only-big", action="store_true", help="run only section 7")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="smartlint-bench-"))
    cache = work / "cache"
    env = dict(os.environ, SMARTLINT_CACHE_DIR=str(cache), NO_COLOR="1")
    report: dict = {"python": sys.version.split()[0], "start": machine(), "repeat": args.repeat, "code": revision()}
    print(f"python {report['python']}, {report['start']}, median of {args.repeat}, code {report['code']}", flush=True)
    try:
        if args.only_big:
            report["big"] = big_messages(work, env, args.big)
            return 0
        print("\n1. cold single draft (floor: bare spaCy load + process)")
        report["draft"] = side_by_side(
            "check draft.txt --no-cache", check("--no-cache", str(DRAFT)),
            floor_command(f"texts = [open({str(DRAFT)!r}, encoding='utf-8').read()]"), args.repeat, env)
        shutil.rmtree(cache, ignore_errors=True)
        measure(check(str(DRAFT)), env)  # fill the cache
        report["draft_cached"] = side_by_side(
            "check draft.txt (cached)", check(str(DRAFT)), [PY, "-c", "pass"], args.repeat, env, "python")

        print("\n5. light commands (floor: python -c pass)")
        report["light"] = {
            name: side_by_side(name, [*SMARTLINT, *cmd], [PY, "-c", "pass"], args.repeat, env, "python")
            for name, cmd in (("--help", ["--help"]), ("rules", ["rules"]), ("explain vague-zsm", ["explain", "vague-zsm"]))
        }
        if not args.skip_library:
            library(work, cache, env, args, report)
        report["scaling"] = scaling(work, env, args.repeat)
        if args.big:
            report["big"] = big_messages(work, env, args.big)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report["end"] = machine()
    print(f"\n{report['end']} at the end")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


def library(work: Path, cache: Path, env: dict, args, report: dict) -> None:
    lib = work / "library.yaml"
    n, words = write_library(lib, args.messages, seed=7)
    print(f"\n2. library throughput: {n} messages, {words:,} words, one YAML file")
    one = side_by_side("check library --no-cache --jobs 1", check("--no-cache", "--jobs", "1", str(lib)),
                       floor_command(library_texts(lib)), args.repeat, env)
    one.update(words=words, messages=n, words_per_s=words / one["seconds"], floor_words_per_s=words / one["floor_seconds"])
    print(f"  {'':36} smartlint {one['words_per_s']:,.0f} words/s, floor {one['floor_words_per_s']:,.0f} words/s:"
          f" {one['floor_seconds'] / one['seconds']:.2f}x the floor's speed")
    report["library"] = one

    print("\n3. parallelism (compared with --jobs 1)")
    two = side_by_side("check library --no-cache --jobs 2", check("--no-cache", "--jobs", "2", str(lib)),
                       check("--no-cache", "--jobs", "1", str(lib)), args.repeat, env, "jobs 1")
    two["speedup"] = 1 / two["ratio"]
    print(f"  {'':36} --jobs 2 is {two['speedup']:.2f}x as fast as --jobs 1")
    report["jobs2"] = two

    print("\n4. cache (compared with the uncached --jobs 1 run of section 2)")
    shutil.rmtree(cache, ignore_errors=True)
    out = work / "out.json"
    first = measure(check("--format", "json", str(lib)), env, stdout=out)
    filled = cache_summary(out)
    print(f"  {'first run (fills the cache)':36} {first[0]:7.2f} s {first[1]:6.0f} MB | cache {filled}")
    warm_runs = [measure(check("--format", "json", str(lib)), env, stdout=out) for _ in range(args.repeat)]
    warm = statistics.median(r[0] for r in warm_runs), max(r[1] for r in warm_runs)
    warm_stats = cache_summary(out)
    print(f"  {'rerun, library unchanged':36} {warm[0]:7.2f} s {warm[1]:6.0f} MB | ratio to uncached "
          f"{warm[0] / one['seconds']:.3f} | cache {warm_stats}")
    lib.write_text(change_one_message(lib.read_text(encoding="utf-8")), encoding="utf-8")
    changed = measure(check("--format", "json", str(lib)), env, stdout=out)
    changed_stats = cache_summary(out)
    print(f"  {'rerun, one message changed':36} {changed[0]:7.2f} s {changed[1]:6.0f} MB | ratio to uncached "
          f"{changed[0] / one['seconds']:.3f} | cache {changed_stats}")
    spacy_loaded = probe_spacy_loaded(lib, env)
    print(f"  {'':36} spaCy or dateparser imported by the unchanged rerun: {spacy_loaded}")
    report["cache"] = {
        "first": {"seconds": first[0], "peak_mb": first[1], "stats": filled},
        "unchanged": {"seconds": warm[0], "peak_mb": warm[1], "ratio": warm[0] / one["seconds"], "stats": warm_stats},
        "one_changed": {"seconds": changed[0], "peak_mb": changed[1], "ratio": changed[0] / one["seconds"],
                        "stats": changed_stats},
        "heavy_modules_imported": spacy_loaded,
    }


def scaling(work: Path, env: dict, repeat: int) -> dict:
    """One long message with many findings, at n and 4n sentences: linear time gives
    a ratio near 4 (minus the fixed start-up), quadratic time near 16."""
    print("\n6. one long message with many findings (2,000 and 8,000 sentences)")
    times = {}
    for n in (2000, 8000):
        path = work / f"long-{n}.txt"
        path.write_text("We doen het zo snel mogelijk. " * n, encoding="utf-8")
        runs = [measure(check("--no-cache", str(path)), env) for _ in range(repeat)]
        times[n] = statistics.median(r[0] for r in runs), max(r[1] for r in runs)
        print(f"  {n:>5} sentences {times[n][0]:7.2f} s {times[n][1]:6.0f} MB", flush=True)
    ratio = times[8000][0] / times[2000][0]
    print(f"  {'':36} 4x the text takes {ratio:.2f}x the time")
    return {"seconds_2000": times[2000][0], "seconds_8000": times[8000][0], "ratio": ratio,
            "peak_mb_8000": times[8000][1]}


def single_message(chars: int, seed: int = 3) -> str:
    """One long message of about ``chars`` characters: a greeting, body paragraphs
    from the library generator (each message's body, without its own greeting and
    sign-off) and one sign-off."""
    rng = random.Random(seed)
    parts, size = ["Beste meneer Jansen,"], 0
    while size < chars:
        paragraphs = message(rng).split("\n\n")
        for paragraph in paragraphs[1:-1]:  # drop the greeting and the sign-off
            parts.append(paragraph)
            size += len(paragraph) + 2
    parts.append("Met vriendelijke groet,\nSanne de Vries\nKlantenservice")
    return "\n\n".join(parts) + "\n"


def big_messages(work: Path, env: dict, sizes: str) -> dict:
    """One message of 1 and 5 MB against a library of short messages of the same
    kind of text: time per word (target <= 2x) and peak memory (target < 1 GB, and
    flat: the 5 MB message may not need much more than the 1 MB one)."""
    print("\n7. one big message (time per word against short messages; peak RSS)")
    lib = work / "short.yaml"
    n, lib_words = write_library(lib, 1000, seed=11)
    short = measure(check("--no-cache", "--jobs", "1", str(lib)), env)
    short_ms = short[0] * 1000 / lib_words
    print(f"  {n} short messages, {lib_words:,} words: {short[0]:7.2f} s {short[1]:6.0f} MB, {short_ms:.3f} ms/word")
    out = {"short": {"messages": n, "words": lib_words, "seconds": short[0], "peak_mb": short[1], "ms_per_word": short_ms}}
    for mb in [float(x) for x in sizes.split(",") if x.strip()]:
        path = work / f"big-{mb:g}mb.txt"
        text = single_message(int(mb * 1_000_000))
        path.write_text(text, encoding="utf-8")
        words = len(text.split())
        seconds, peak = measure(check("--no-cache", str(path)), env)
        ms = seconds * 1000 / words
        print(f"  one message of {len(text.encode()):>10,} bytes, {words:>9,} words: {seconds:7.1f} s {peak:6.0f} MB,"
              f" {ms:.3f} ms/word = {ms / short_ms:.2f}x the short messages'", flush=True)
        out[f"{mb:g}MB"] = {"bytes": len(text.encode()), "words": words, "seconds": seconds, "peak_mb": peak,
                            "ms_per_word": ms, "ratio_to_short": ms / short_ms}
    return out


def change_one_message(text: str) -> str:
    """The library with one word added to the body of one message (msg_00017)."""
    at = text.index("  msg_00017:\n")
    body = text.index("    body: |\n", at) + len("    body: |\n")
    line_end = text.index("\n", body)
    return text[:line_end] + " (gewijzigd)" + text[line_end:]


def probe_spacy_loaded(lib: Path, env: dict) -> list[str]:
    """Heavy modules imported by a fully cached run (expected: none)."""
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'spacy', 'thinc', 'dateparser', 'torch'}), file=sys.stderr))\n"
        f"sys.argv = ['smartlint', 'check', '--today', {TODAY!r}, {str(lib)!r}]\n"
        "from smartlint.cli import main\nmain()\n"
    )
    proc = subprocess.run([PY, "-c", code], env=env, capture_output=True, text=True)
    return json.loads(proc.stderr.strip().splitlines()[-1].replace("'", '"'))


if __name__ == "__main__":
    sys.exit(main())
