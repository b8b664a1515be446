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
