"""Score the clause analysis against the in-domain gold set.

    python tests/nl_gold/score.py [dev|dev2|dev3|dev+dev2|dev+dev2+dev3|test] [--errors]

Per field (act, subject_kind, finite_verb, mood, negated, condition), the share of
lines whose main clause the analysis gets right.  The main clause is the first clause
with role ``main`` (the gold set annotates the first main clause of a sentence).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("act", "subject_kind", "finite_verb", "mood", "negated", "condition")


def main_clause(doc):
    clauses = doc._.clauses or []
    mains = [c for c in clauses if c._.role == "main"]
    return (mains or clauses or [None])[0]


def predict(doc) -> dict:
    clause = main_clause(doc)
    if clause is None:
        return {f: None for f in FIELDS}
    return {
        "act": clause._.act,
        "subject_kind": clause._.subject_kind,
        "finite_verb": clause._.finite.text if clause._.finite is not None else None,
        "mood": clause._.mood,
        "negated": bool(clause._.negated),
        "condition": clause._.condition is not None,
    }


SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev+dev2", "dev+dev2+dev3", "dev+dev2+dev3+dev4",
          "dev+dev2+dev3+dev4+dev5", "dev6", "dev7", "dev8", "test", "test2", "test3", "test4", "test5", "test6",
          "dev9", "test7", "dev10", "test8", "dev11", "test9", "dev12", "test10", "dev13", "test11", "dev14", "test12", "dev15", "test13", "dev16", "test14", "dev17", "test15")


def load(split: str) -> list[dict]:
    """The lines of one split; ``dev+dev2`` (and ``dev+dev2+dev3``) joins the development files in order."""
    return [
        json.loads(line)
        for part in split.split("+")
        for line in (HERE / f"{part}.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def score(split: str, show_errors: bool = False) -> dict[str, tuple[int, int]]:
    from smartlint.nlp import load_pipeline
    from smartlint.preprocess import apply_sentence_starts, prepare

    nlp = load_pipeline(None)
    items = load(split)

    def tokenised():  # as the engine parses a message: sentence starts preset
        for item in items:
            prepared = prepare(item["text"])
            doc = nlp.make_doc(prepared.text)
            apply_sentence_starts(doc, prepared)
            yield doc

    right: Counter = Counter()
    confusion: Counter = Counter()
    for item, doc in zip(items, nlp.pipe(tokenised())):
        got = predict(doc)
        gold = dict(item)
        gold["condition"] = item.get("condition") is not None
        for field in FIELDS:
            ok = got[field] == gold[field]
            right[field] += ok
            if field == "act":
                confusion[(gold["act"], got["act"])] += 1
            if not ok and show_errors and field in ("act", "subject_kind"):
                print(f"{item['id']} {field}: gold={gold[field]} got={got[field]} | {item['text']}")
    n = len(items)
    print(f"{split}: {n} lines")
    for field in FIELDS:
        print(f"  {field:<13} {right[field]:>4}/{n}  {right[field] / n:.3f}")
    if show_errors:
        print("act confusion (gold -> got):", {f"{g}->{p}": c for (g, p), c in sorted(confusion.items()) if g != p})
    return {field: (right[field], n) for field in FIELDS}


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("split", nargs="?", default="dev", choices=SPLITS)
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent.parent))
    score(args.split, args.errors)
