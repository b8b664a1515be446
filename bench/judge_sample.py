"""A stratified random sample of findings for blind judging, and the precision it gives.

    python bench/judge_sample.py sample FINDINGS.json --per-category 30 --seed 7 > sample.jsonl
    python bench/judge_sample.py score sample.jsonl judged.jsonl

``sample`` reads smartlint's JSON output (run over real message libraries, e.g.
``smartlint check ../shared/real-text --format json --no-cache``) and writes one line
per sampled finding with what a judge needs and nothing of the engine's internals:
the whole message (segment) text with the flagged words marked ``[[...]]``, the rule's
message and its ``smartlint explain`` text (why, write instead).  Categories with fewer
findings than ``--per-category`` are taken whole.

``score`` joins the judge's verdicts (lines ``{"n": ..., "correct": true|false}``) with
the sample and prints precision per category with the counts (correct / judged).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path


def _message_text(finding: dict, cache: dict) -> str:
    """The source lines of the finding's message: the finding's line and, for a string
    spread over several lines, up to its end line; the flagged words marked.  A finding
    about the whole message (no-next-step) in a draft shows the whole file (up to 4,000
    characters): judged on its first line alone, a step further on goes unseen (a blind
    judge called 4 such findings right that the full text answered, real-text-78..83)."""
    path = finding["path"]
    if path not in cache:
        try:
            cache[path] = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            cache[path] = ""
    text = cache[path]
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    start = starts[finding["line"] - 1] + finding["column"] - 1
    end = starts[finding["end_line"] - 1] + finding["end_column"] - 1
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if finding["category"] == "no-next-step" and finding.get("key") is None:
        line_start, line_end = max(0, start - 2_000), min(len(text), end + 2_000)
    # a window around the mark, not the first 1,200 characters: on a long line (a
    # paragraph of terms, a minified file) the mark must stay in view
    window = 2_000 if finding["category"] == "no-next-step" else 600
    before = text[max(line_start, start - window):start]
    after = text[end:min(line_end, end + window)]
    return (before + "[[" + text[start:end] + "]]" + after).strip()


def sample(findings_path: str, per_category: int, seed: int) -> list[dict]:
    from smartlint.packs import load_packs

    rules = {rule.id: rule for rule in load_packs([])}
    data = json.loads(Path(findings_path).read_text(encoding="utf-8"))
    by_category: dict[str, list[dict]] = defaultdict(list)
    for finding in data["findings"]:
        by_category[finding["category"]].append(finding)
    rng = random.Random(seed)
    out, cache = [], {}
    for category in sorted(by_category):
        found = by_category[category]
        chosen = found if len(found) <= per_category else rng.sample(found, per_category)
        for finding in chosen:
            rule = rules.get(finding["rule"])
            out.append({
                "category": category,
                "rule": finding["rule"],
                "file": Path(finding["path"]).name,
                "key": finding.get("key"),
                "flagged": finding["text"],
                "message_in_context": _message_text(finding, cache),
                "finding": finding["message"],
                "why": rule.why if rule else None,
                "write_instead": finding.get("suggestion") or (rule.suggestion if rule else None),
            })
    rng.shuffle(out)
    for n, item in enumerate(out, 1):
        item["n"] = n
    return out


def score(sample_path: str, judged_path: str) -> dict[str, tuple[int, int]]:
    items = {json.loads(line)["n"]: json.loads(line) for line in Path(sample_path).read_text().splitlines() if line}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for line in Path(judged_path).read_text().splitlines():
        if not line.strip():
            continue
        verdict = json.loads(line)
        category = items[verdict["n"]]["category"]
        counts[category][1] += 1
        counts[category][0] += bool(verdict["correct"])
    total = [sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())]
    print(f"{'category':<26} {'correct':>7} {'judged':>6}  precision")
    for category, (right, judged) in sorted(counts.items()):
        print(f"{category:<26} {right:>7} {judged:>6}  {right / judged:.2f}")
    print(f"{'all':<26} {total[0]:>7} {total[1]:>6}  {total[0] / max(total[1], 1):.2f}")
    return {k: (v[0], v[1]) for k, v in counts.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("findings")
    s.add_argument("--per-category", type=int, default=30)
    s.add_argument("--seed", type=int, default=7)
    j = sub.add_parser("score")
    j.add_argument("sample")
    j.add_argument("judged")
    args = parser.parse_args(argv)
    if args.command == "sample":
        for item in sample(args.findings, args.per_category, args.seed):
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    else:
        score(args.sample, args.judged)
    return 0


if __name__ == "__main__":
    sys.exit(main())
