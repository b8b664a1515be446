"""Fast profile of the fuzz harness (``tests/fuzz_harness.py``): a few seconds per run.

The long profile, 10,000 inputs or more per target, is ``python bench/fuzz.py``.
"""

from __future__ import annotations

import pytest
from fuzz_harness import SEEDS, TARGETS, check, inputs
from hypothesis import HealthCheck, given, settings

EXAMPLES_PER_TARGET = 40


@pytest.mark.parametrize("target", TARGETS)
def test_hostile_inputs_never_crash_hang_or_misplace(target, tmp_path_factory):
    workdir = tmp_path_factory.mktemp(f"fuzz-{target}")

    @settings(max_examples=EXAMPLES_PER_TARGET, deadline=None, suppress_health_check=list(HealthCheck))
    @given(inputs(target))
    def run(data):
        check(target, data, workdir)

    run()


@pytest.mark.parametrize("target", TARGETS)
def test_every_seed_is_accepted(target, tmp_path):
    """The seeds are valid inputs, so mutations start from something the reader accepts."""
    for seed in SEEDS[target]:
        assert check(target, seed.encode("utf-8"), tmp_path) == "ok"


def test_engine_findings_slice_their_own_text(tmp_path):
    """A small engine-level sample: mutated seeds that the readers accept, through the
    real engine; each finding's ``text`` is exactly the source characters it points at."""
    import random

    from fuzz_harness import PIECES_FOR, mutate
    from lint_helpers import engine

    from smartlint.inputs import read_stdin
    from smartlint.settings import Settings

    rng = random.Random(10)
    linter = engine()
    checked = 0
    for target in ("txt", "md", "html", "eml", "yaml", "json", "csv"):
        for seed in SEEDS[target][:2]:
            for _ in range(3):
                edits = [(rng.randrange(4), rng.randrange(len(seed)), rng.randrange(40), rng.choice(PIECES_FOR[target]))
                         for _ in range(3)]
                data = mutate(seed[:2000], edits).encode("utf-8", "surrogatepass")
                if check(target, data, tmp_path) != "ok":
                    continue
                doc = read_stdin(data, name=f"fuzz.{target}", settings=Settings())
                for finding in linter.lint([doc]):
                    assert finding.text == doc.source_text[finding.start : finding.end], (target, finding)
                    checked += 1
    assert checked > 20  # the sample did reach the rules
