"""Where a library run's time goes, measured in-process without a profiler.

    python bench/time_split.py [--messages 1000] [--seed 7] [--repeat 2] [--cpu]

Generates the benchmark library (bench/generate_library.py), reads it as
``smartlint check`` does, then times each step the engine takes, best of
``--repeat``: preparing the texts, each pipeline component (run one after another
over all Docs in batches of 64, as ``nlp.pipe`` does), each check of the rules
(wrapped where the matcher calls it) and the rest of the per-message work
(matchers, ``unless`` conditions, scope and overlap filtering).  The bare-spaCy
floor's pipeline (all components, as bench/run.py's floor loads it) is timed on the
same texts for comparison.  A profiler (cProfile, pyinstrument) slows the many small
Python calls of the analysis several times more than spaCy's compiled code, so its
shares mislead; these are wall-clock seconds of the real code (``--cpu``: this
process's CPU seconds, which other processes on a shared machine inflate less).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_library import write_library  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--cpu", action="store_true", help="CPU seconds of this process instead of wall seconds")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter

    import spacy

    from smartlint import matching
    from smartlint.cache import Unit
    from smartlint.engine import Engine
    from smartlint.inputs import read_path
    from smartlint.nlp import EMBEDDED_PATH
    from smartlint.preprocess import apply_sentence_starts, prepare
    from smartlint.settings import Settings

    with tempfile.TemporaryDirectory() as work:
        lib = Path(work) / "library.yaml"
        n, words = write_library(lib, args.messages, seed=args.seed)
        settings = Settings()
        segments = [s for s in read_path(lib, settings).segments if s.text.strip()]
    engine = Engine(settings)
    nlp = engine.nlp
    units = [Unit(s.text, s.today, frozenset(s.disabled), s.kind, s.from_library) for s in segments]
    floor = spacy.load(EMBEDDED_PATH)
    times: Counter = Counter()

    def best(label: str, seconds: float) -> None:
        times[label] = min(times.get(label, seconds), seconds)

    check_time: Counter = Counter()
    plain_get_check = matching.get_check

    def timed_check(name: str):
        check = plain_get_check(name)

        def run(*a, **k):
            start = clock()
            try:
                return list(check(*a, **k))
            finally:
                check_time[name] += clock() - start

        return run

    matching.get_check = timed_check
    for _ in range(args.repeat):
        start = clock()
        for _doc in floor.pipe([u.text for u in units], batch_size=64):
            pass
        best("floor: nlp.pipe, all components (bare spaCy)", clock() - start)

        start = clock()
        prepared = [prepare(u.text) for u in units]
        best("prepare texts", clock() - start)
        start = clock()
        docs = []
        for text in prepared:
            doc = nlp.make_doc(text.text)
            apply_sentence_starts(doc, text)
            docs.append(doc)
        best("tokenizer + preset sentence starts", clock() - start)
        for name, component in nlp.pipeline:
            start = clock()
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=64))
            else:
                docs = [component(doc) for doc in docs]
            best(f"component {name}", clock() - start)

        check_time.clear()
        start = clock()
        for unit, text, doc in zip(units, prepared, docs):
            message = engine._message(unit, text, doc, 1)
            message.add_piece(doc, 0)
            message.findings()
        total = clock() - start
        for name, seconds in check_time.items():
            best(f"check {name}", seconds)
        best("rules: matchers, unless, scope, overlaps", total - sum(check_time.values()))
    matching.get_check = plain_get_check

    print(f"{n} messages, {len(units)} segments, {words:,} words; best of {args.repeat}; {'CPU' if args.cpu else 'wall'} seconds")
    ours = sum(v for k, v in times.items() if not k.startswith("floor"))
    for label, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {seconds:7.3f} s  {label}")
    print(f"  {ours:7.3f} s  smartlint in all (after loading)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
