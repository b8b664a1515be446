"""Test-session setup shared by all test modules."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_result_cache(tmp_path_factory):
    """CLI runs in tests write their result cache to a temporary folder, never to
    the user's ~/.cache/smartlint."""
    mp = pytest.MonkeyPatch()
    mp.setenv("SMARTLINT_CACHE_DIR", str(tmp_path_factory.mktemp("smartlint-cache")))
    yield
    mp.undo()
