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


@pytest.fixture(scope="module")
def nov22_linter():
    """A :class:`smartlint.api.Linter` without configuration, its today 22 November 2026."""
    from smartlint.api import Linter

    return Linter(config=False, today="2026-11-22")


@pytest.fixture(scope="module")
def nov22_incident_linter():
    """The same during an open incident."""
    from smartlint.api import Linter

    return Linter(config=False, today="2026-11-22", context="incident")
