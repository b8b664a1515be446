"""What the clause analysis costs: parse a generated library with and without it.

    python bench/analysis_cost.py [--messages 1000] [--repeat 3]

Both runs use the same pipeline object and the same texts in one process, alternated,
best of ``--repeat``; prints ms per 1,000 words for the parse alone and for the two
smartlint analysis components (smartlint_clauses, smartlint_fold_norms).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_library  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from smartlint.nl.clauses import CLAUSES, FOLD_NORMS
    from smartlint.nlp import load_pipeline

    rng = random.Random(7)
    texts = [generate_library.message(rng) for _ in range(args.messages)]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()
    timings: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(args.repeat):
        for label in ("without", "with"):
            disabled = [CLAUSES, FOLD_NORMS] if label == "without" else []
            with nlp.select_pipes(disable=disabled):
                start = time.perf_counter()
                for _doc in nlp.pipe(texts, batch_size=64):
                    pass
                timings[label].append(time.perf_counter() - start)
    without, with_ = min(timings["without"]), min(timings["with"])
    per_k = 1000 / words * 1000
    print(f"{len(texts)} messages, {words} words")
    print(f"parse without analysis: {without * per_k:.1f} ms per 1,000 words")
    print(f"parse with analysis:    {with_ * per_k:.1f} ms per 1,000 words")
    print(f"analysis: {(with_ - without) * per_k:.1f} ms per 1,000 words ({(with_ / without - 1) * 100:.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
