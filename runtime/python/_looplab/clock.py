"""The virtual clock: seconds since the run started, advanced by the event loop, not by waiting.

Every read advances it by 1 µs, as real reads take a little time. That tiny drift is what makes a
timer set later fire later, so equal-looking deadlines keep CPython's real order.

Besides the main thread's time (`now`), the clock keeps the time of the simulated thread that is
running (`span`, threads.py) and a queue of *events*: things that happen at a given instant of
the main timeline — a thread starting or finishing, a thread's `call_soon_threadsafe`, data
arriving over the simulated network. Whoever waits (the loop's selector, a blocking call) runs
the events due before it wakes, in time order.
"""
from __future__ import annotations

import heapq
from collections.abc import Callable
from typing import Any

from .state import RunAborted, ThreadPastLimit

TICK = 1e-6
# loop.time()/time.monotonic() start here rather than at 0: code that initialises `last = 0` and
# checks `monotonic() - last > interval` then behaves as on a machine that booted a while ago.
MONOTONIC_BASE = 10_000.0
# time.time() at the start of every run: 2026-01-05 09:00:00 UTC, a realistic fixed date.
EPOCH = 1_767_603_600.0


class ThreadSpan:
    """A simulated thread's own clock: it starts at `start` and runs independently of the rest."""

    __slots__ = ("start", "elapsed", "thread", "dead")

    def __init__(self, start: float, thread: Any = None) -> None:
        self.start = start
        self.elapsed = 0.0
        self.thread = thread
        self.dead = False  # past the time limit: the thread is being unwound

    @property
    def now(self) -> float:
        return self.start + self.elapsed

    def advance_to(self, when: float) -> None:
        if when > self.start + self.elapsed:
            self.elapsed = when - self.start


class VirtualClock:
    def __init__(self, limit: float) -> None:
        self.now = 0.0
        self.limit = limit
        self.span: ThreadSpan | None = None
        self.on_limit: Any = None  # called with "time-limit" just before RunAborted is raised
        self._events: list[tuple[float, int, Callable[[], None]]] = []
        # Threads started outside the loop: their code runs once something needs it (threads.py);
        # the main thread's time.sleep() passes them by.
        self._lazy: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = 0
        # A blocked thread that drives the loop does not let it wait past its own deadline.
        self.horizon: float | None = None
        self.reads = 0  # clock reads so far (a task step that reads the clock may be polling)
        # At exit, daemon threads run no further than the end of the program.
        self.cutoff: float | None = None

    # ---- reading ---------------------------------------------------------------------------
    def tick(self) -> float:
        """One clock read: advance 1 µs and return the time (run-relative seconds)."""
        self.reads += 1
        span = self.span
        if span is not None:
            span.elapsed += TICK
            return span.start + span.elapsed
        self.now += TICK
        return self.now

    def peek(self) -> float:
        span = self.span
        return span.start + span.elapsed if span is not None else self.now

    # ---- passing time ----------------------------------------------------------------------
    def _limit_reached(self) -> None:
        if self.on_limit is not None:
            self.on_limit("time-limit")
        raise RunAborted("time-limit")

    def _span_limit(self) -> float:
        return self.limit if self.cutoff is None else min(self.limit, self.cutoff)

    def _span_past_limit(self, span: ThreadSpan) -> None:
        """A thread's clock cannot pass the limit: the thread is unwound (threads.py decides what
        that means for whoever waits for it)."""
        span.elapsed = max(0.0, self._span_limit() - span.start)
        span.dead = True
        raise ThreadPastLimit()

    def charge(self, seconds: float) -> None:
        """Executed work: the current thread's time moves on (nothing else runs meanwhile)."""
        span = self.span
        if span is not None:
            span.elapsed += seconds
            if span.start + span.elapsed > self._span_limit():
                self._span_past_limit(span)
            return
        self.now += seconds
        if self.now > self.limit:
            self.now = self.limit
            self._limit_reached()

    def span_sleep(self, seconds: float) -> None:
        """A simulated thread blocks for `seconds`: only its own clock moves."""
        span = self.span
        assert span is not None
        if span.dead or span.start + span.elapsed + seconds > self._span_limit():
            self._span_past_limit(span)
        span.elapsed += seconds

    def wait_until(self, when: float) -> None:
        """The main thread has nothing to do until `when` (run-relative); events are the caller's."""
        if when > self.limit:
            self.now = max(self.now, self.limit)
            self._limit_reached()
        if when > self.now:
            self.now = when

    # ---- events ----------------------------------------------------------------------------
    def schedule(self, when: float, callback: Callable[[], None], lazy: bool = False) -> None:
        self._seq += 1
        heapq.heappush(self._lazy if lazy else self._events, (when, self._seq, callback))

    def next_event(self, lazy: bool = True) -> float | None:
        events, later = self._events, self._lazy
        first = events[0][0] if events else None
        if lazy and later and (first is None or later[0][0] < first):
            return later[0][0]
        return first

    def next_lazy(self) -> float | None:
        return self._lazy[0][0] if self._lazy else None

    def run_due(self, until: float, lazy: bool = True) -> bool:
        """Run the earliest events, if due by `until` (all those at that same instant, in the order
        they were scheduled), on the main timeline; True if any ran."""
        when = self.next_event(lazy)
        if when is None or when > until:
            return False
        if when > self.limit:
            self.now = max(self.now, self.limit)
            self._limit_reached()
        if when > self.now:
            self.now = when
        events, later = self._events, self._lazy
        while True:
            a = events[0] if events and events[0][0] <= when else None
            b = later[0] if lazy and later and later[0][0] <= when else None
            if a is None and b is None:
                return True
            if b is None or (a is not None and a[1] < b[1]):
                heapq.heappop(events)[2]()
            else:
                heapq.heappop(later)[2]()

    def drop_events(self) -> None:
        self._events.clear()
        self._lazy.clear()
