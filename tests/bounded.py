"""A time bound for code that must not hang (a bound that catches a hang, not a benchmark)."""

from __future__ import annotations

import contextlib
import signal
import time


class TookTooLong(Exception):
    pass


@contextlib.contextmanager
def time_bound(seconds: float):
    """Raise :class:`TookTooLong` if the block runs longer than ``seconds`` (main thread only).

    The alarm interrupts a hang; the clock check at the end catches a run whose alarm
    went off where an exception is swallowed (a garbage-collector callback) or that
    sat in one long C call.
    """

    def expire(signum, frame):
        raise TookTooLong(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.monotonic() - started
    if elapsed > seconds:
        raise TookTooLong(f"took {elapsed:.1f} s, more than {seconds} s")
