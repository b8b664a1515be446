"""A large real language pack: throughput against the bare-spaCy floor, and a baseline.

    python bench/real_pack.py PACK.po [--repeat 1] [--json OUT]

The pack is not part of the project (real translations keep their own licence); point
the script at one, e.g. the WooCommerce nl_NL catalogue of the development set.

1. ``smartlint check --no-cache --jobs 1 PACK`` against its floor: import spaCy, load
   the same embedded pipeline, and ``nlp.pipe`` over exactly the texts smartlint
   lints (extracted once beforehand, read from JSON: no smartlint code and no PO
   parsing on the floor's path).  Fresh processes, alternating, median of --repeat.
2. Baseline: ``--write-baseline`` over a copy of the pack, then one ``msgstr`` gets a
   vague sentence, then ``--baseline``: the run must report that string and nothing else.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from run import check, floor_command, machine, revision, side_by_side  # noqa: E402

CHANGED_TEXT = " We kijken er even naar."


def lint_texts(pack: Path, out: Path) -> tuple[int, int, int]:
    """Write the segment texts smartlint lints to ``out``; (strings, distinct, words)."""
    from smartlint.inputs import read_path
    from smartlint.settings import Settings

    texts = [segment.text for segment in read_path(pack, Settings()).segments]
    out.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return len(texts), len(set(texts)), sum(len(t.split()) for t in texts)


def change_one_string(text: str) -> tuple[str, str]:
    """The catalogue with a vague sentence added to one translated single-line msgstr
    (the 500th), and that entry's msgid."""
    entries = list(re.finditer(r'^msgid "(.+)"\nmsgstr "(.+)"$', text, re.MULTILINE))
    entry = entries[500]
    end = entry.end() - 1  # before the closing quote
    return text[:end] + CHANGED_TEXT + text[end:], entry.group(1)


def run_json(cmd: list[str], env: dict) -> tuple[float, dict]:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr}")
    return seconds, json.loads(done.stdout) if done.stdout.strip().startswith("{") else {}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pack", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="smartlint-pack-"))
    env = dict(os.environ, SMARTLINT_CACHE_DIR=str(work / "cache"), NO_COLOR="1")
    report: dict = {"pack": args.pack.name, "start": machine(), "code": revision(), "repeat": args.repeat}
    print(f"{args.pack.name}: {report['start']}, code {report['code']}", flush=True)
    try:
        start = time.perf_counter()
        strings, distinct, words = lint_texts(args.pack, work / "texts.json")
        print(f"  read in-process: {strings:,} strings linted ({distinct:,} distinct), {words:,} words,"
              f" {time.perf_counter() - start:.2f} s")
        texts = f"import json\ntexts = json.load(open({str(work / 'texts.json')!r}, encoding='utf-8'))\n"
        print("\n1. throughput (floor: bare spaCy load + nlp.pipe over the same texts)")
        one = side_by_side("check PACK --no-cache --jobs 1", check("--no-cache", "--jobs", "1", "--format", "json",
                           str(args.pack)), floor_command(texts), args.repeat, env)
        speed = one["floor_seconds"] / one["seconds"]
        print(f"  {'':36} smartlint {words / one['seconds']:,.0f} words/s, floor {words / one['floor_seconds']:,.0f}"
              f" words/s: {speed:.2f}x the floor's speed")
        report["throughput"] = {**one, "strings": strings, "distinct": distinct, "words": words, "speed": speed}

        print("\n2. baseline, then one string changed")
        copy = work / args.pack.name
        shutil.copyfile(args.pack, copy)
        baseline = work / "baseline.json"
        written, _ = run_json(check("--write-baseline", str(baseline), "--format", "json", str(copy)), env)
        recorded = len(json.loads(baseline.read_text(encoding="utf-8"))["findings"])
        print(f"  --write-baseline (fills the cache)   {written:7.2f} s, {recorded:,} baseline entries")
        unchanged, result = run_json(check("--baseline", str(baseline), "--format", "json", str(copy)), env)
        print(f"  --baseline, pack unchanged           {unchanged:7.2f} s, {len(result['findings'])} findings")
        changed_text, msgid = change_one_string(copy.read_text(encoding="utf-8"))
        copy.write_text(changed_text, encoding="utf-8")
        changed, result = run_json(check("--baseline", str(baseline), "--format", "json", str(copy)), env)
        keys = sorted({f["key"] for f in result["findings"]})
        print(f"  --baseline, one msgstr changed       {changed:7.2f} s, {len(result['findings'])} findings,"
              f" keys {keys} (changed: {msgid!r}), cache {result['summary']['cache']}")
        report["baseline"] = {"write_seconds": written, "entries": recorded, "unchanged_seconds": unchanged,
                              "changed_seconds": changed, "changed_msgid": msgid, "reported_keys": keys,
                              "findings": [(f["line"], f["column"], f["rule"], f["text"]) for f in result["findings"]],
                              "only_that_string": keys == [msgid]}
        for f in result["findings"]:
            print(f"    {f['line']}:{f['column']} {f['rule']} {f['text']!r}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report["end"] = machine()
    print(f"\n{report['end']} at the end")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if report["baseline"]["only_that_string"] else 1


if __name__ == "__main__":
    sys.exit(main())
