"""A time bound for code that must not hang (a bound that catches a hang, not a benchmark)."""

from __future__ import annotations

import contextlib
import signal


class TookTooLong(Exception):
    pass


@contextlib.contextmanager
def time_bound(seconds: float):
    """Raise :class:`TookTooLong` if the block runs longer than ``seconds`` (main thread only)."""

    def expire(signum, frame):
        raise TookTooLong(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
