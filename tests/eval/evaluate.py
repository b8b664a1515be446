"""Score the smartlint engine against the labelled corpus.

    python tests/eval/evaluate.py [--verbose] [--category C] [--corpus DIR]

Prints, per category, TP/FP/FN, precision and recall at text level, plus the
micro-averaged overall line.  ``--verbose`` also lists every text where the
produced categories differ from the labels, with the findings' spans and messages.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_loader import (  # noqa: E402  (needs the path above)
    CORPUS_DIR,
    CategoryScore,
    CorpusError,
    Disagreement,
    load_corpus,
    overall,
    run_engine,
    score,
)

from smartlint.findings import CATEGORIES  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every disagreement")
    parser.add_argument("--category", "-c", action="append", choices=CATEGORIES,
                        help="only this category (repeatable)")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="corpus folder")
    parser.add_argument("--model", help="a spaCy pipeline (name or path) instead of the embedded one")
    args = parser.parse_args(argv)

    try:
        items = load_corpus(args.corpus)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    categories = args.category or list(CATEGORIES)
    scores, disagreements = score(run_engine(items, args.model), categories)

    print(f"{len(items)} texts, {sum(1 for i in items if not i.expect)} expected clean\n")
    print(_table(list(scores.values()), with_overall=len(categories) > 1))
    if args.verbose:
        print()
        for d in disagreements:
            print(_describe(d, set(categories)))
    return 0


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.2f}"


def _table(scores: list[CategoryScore], with_overall: bool) -> str:
    rows = scores + ([overall(scores)] if with_overall else [])
    lines = [f"{'category':<24} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'recall':>6}"]
    for s in rows:
        lines.append(f"{s.category:<24} {s.tp:>4} {s.fp:>4} {s.fn:>4} {_fmt(s.precision):>6} {_fmt(s.recall):>6}")
    return "\n".join(lines)


def _describe(d: Disagreement, categories: set[str]) -> str:
    item = d.item
    lines = [
        f"== {item.id} ({item.source.name}, {item.kind}, context={item.context})",
        f"   expected: {', '.join(sorted(item.expect)) or '-'}",
        f"   produced: {', '.join(sorted(d.produced)) or '-'}",
    ]
    if d.missed & categories:
        lines.append(f"   missed (FN): {', '.join(sorted(d.missed & categories))}")
    if d.extra & categories:
        lines.append(f"   extra  (FP): {', '.join(sorted(d.extra & categories))}")
    if item.notes:
        lines.append(f"   notes: {item.notes}")
    for f in d.findings:
        marker = "*" if f.category in d.extra & categories else " "
        lines.append(f"  {marker} {f.line}:{f.column}-{f.end_line}:{f.end_column} [{f.category}] "
                     f"{f.rule}: {f.text!r} — {f.message}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
