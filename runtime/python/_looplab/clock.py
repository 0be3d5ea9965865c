"""The virtual clock: seconds since the run started, advanced by the event loop, not by waiting.

Every read advances it by 1 µs, as real reads take a little time. That tiny drift is what makes a
timer set later fire later, so equal-looking deadlines keep CPython's real order.
"""
from __future__ import annotations

from typing import Any

from .state import RunAborted

TICK = 1e-6
# loop.time()/time.monotonic() start here rather than at 0: code that initialises `last = 0` and
# checks `monotonic() - last > interval` then behaves as on a machine that booted a while ago.
MONOTONIC_BASE = 10_000.0
# time.time() at the start of every run: 2026-01-05 09:00:00 UTC, a realistic fixed date.
EPOCH = 1_767_603_600.0


class ThreadSpan:
    """A function run inline for to_thread/run_in_executor: its own time, as if on a thread."""

    def __init__(self, start: float) -> None:
        self.start = start
        self.elapsed = 0.0
        self.output: list[tuple[float, str, str]] = []


class VirtualClock:
    def __init__(self, limit: float) -> None:
        self.now = 0.0
        self.limit = limit
        self.span: ThreadSpan | None = None
        self.on_limit: Any = None  # called with "time-limit" just before RunAborted is raised

    def _limit_reached(self) -> None:
        if self.on_limit is not None:
            self.on_limit("time-limit")
        raise RunAborted("time-limit")

    def tick(self) -> float:
        """One clock read: advance 1 µs and return the time (run-relative seconds)."""
        span = self.span
        if span is not None:
            span.elapsed += TICK
            return span.start + span.elapsed
        self.now += TICK
        return self.now

    def peek(self) -> float:
        span = self.span
        return span.start + span.elapsed if span is not None else self.now

    def sleep(self, seconds: float) -> None:
        """Pass `seconds` of virtual time (a blocking sleep or a simulated blocking request)."""
        seconds = max(0.0, float(seconds))
        span = self.span
        if span is not None:
            if span.start + span.elapsed + seconds > self.limit:
                span.elapsed = max(0.0, self.limit - span.start)
                self._limit_reached()
            span.elapsed += seconds
            return
        if self.now + seconds > self.limit:
            self.now = max(self.now, self.limit)
            self._limit_reached()
        self.now += seconds

    def wait_until(self, when: float) -> None:
        """The loop's selector: nothing to do until `when` (run-relative)."""
        if when > self.limit:
            self.now = max(self.now, self.limit)
            self._limit_reached()
        if when > self.now:
            self.now = when
