"""The virtual-time event loop: stock asyncio scheduling over a clock that jumps instead of waiting."""
from __future__ import annotations

import asyncio
import functools
import math
import signal
import sys
from asyncio import base_events, events
from typing import Any

from . import state
from .clock import MONOTONIC_BASE
from .state import RunAborted
from .tasks import CTask
from .waits import _callable_name, executor_futures, stack_line


def _task_of(callback: Any) -> Any:
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, CTask) and hasattr(owner, "_ll_id"):
        return owner
    return None


class _TracedHandle(events.Handle):
    """A callback; when it is a task step (C step wrapper or task_wakeup), the timeline sees it."""

    __slots__ = ()

    def _run(self) -> None:
        task = _task_of(self._callback)
        run = state.active
        if task is None or run is None:
            return super()._run()
        run.tracker.step_start(task)
        try:
            super()._run()
        finally:
            run.tracker.step_end(task)


class _VirtualSelector:
    """select(timeout) passes virtual time instead of waiting; with nothing to wait for, stop.

    Like Linux's epoll (CPython's default selector), the wait is rounded up to whole milliseconds,
    so a wake-up also collects timers due within that millisecond, in one batch, as CPython does.
    """

    def __init__(self, loop: "VirtualTimeLoop") -> None:
        self._loop = loop

    def select(self, timeout: float | None) -> list[Any]:
        run = self._loop._ll_run
        if run.abort is not None:  # the program was stopped: the loop never runs again
            raise RunAborted(run.abort)
        if timeout is None:
            run.deadlock(self._loop, sys._getframe(1))
            raise RunAborted("deadlock")
        if timeout > 0:
            run.clock.wait_until(run.clock.peek() + math.ceil(timeout * 1e3) * 1e-3)
        return []

    def close(self) -> None:
        pass

    def get_map(self) -> dict[Any, Any]:
        return {}


class VirtualTimeLoop(base_events.BaseEventLoop):
    def __init__(self) -> None:
        super().__init__()
        self._ll_run = state.active
        self._selector = _VirtualSelector(self)
        # CPython on Linux: 1 ns. Pyodide reports its own; keep timer batching identical everywhere.
        self._clock_resolution = 1e-9
        self._ll_target: Any = None
        self._ll_forever = False
        self._ll_signals: dict[int, Any] = {}

    def time(self) -> float:
        return MONOTONIC_BASE + self._ll_run.clock.tick()

    def _process_events(self, event_list: Any) -> None:
        pass

    def _write_to_self(self) -> None:
        pass

    def _call_soon(self, callback: Any, args: Any, context: Any) -> Any:
        handle = _TracedHandle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        return handle

    def call_exception_handler(self, context: dict[str, Any]) -> None:
        run = self._ll_run
        if state.active is not run or run.capture.frozen:
            # a stopped program (or one from an earlier run, collected late) logs nothing; the
            # repr of stuck tasks awaiting each other could even recurse deep enough to crash Pyodide
            return
        run.checks.loop_exception(context)
        super().call_exception_handler(context)

    def run_until_complete(self, future: Any) -> Any:
        self._ll_run.checks.loop_entered(self, "run_until_complete")
        previous, self._ll_target = self._ll_target, future
        try:
            return super().run_until_complete(future)
        finally:
            self._ll_target = previous

    def run_forever(self) -> None:
        self._ll_run.checks.loop_entered(self, "run_forever")
        previous, self._ll_forever = self._ll_forever, self._ll_target is None
        try:
            super().run_forever()
        finally:
            self._ll_forever = previous

    def add_signal_handler(self, sig: int, callback: Any, *args: Any) -> None:
        """Accepted as on Unix, though no signal ever reaches a sandboxed program."""
        signal.Signals(sig)  # ValueError for a number that is not a signal, as on Unix
        if not callable(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._ll_signals[sig] = events.Handle(callback, args, self, None)

    def remove_signal_handler(self, sig: int) -> bool:
        return self._ll_signals.pop(sig, None) is not None

    def run_in_executor(self, executor: Any, func: Any, *args: Any) -> Any:
        """Threads cannot start in Pyodide: run `func` now, inline, on its own clock span, and
        deliver its result (and its output) when it would have finished on a real thread."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, "run_in_executor")
        run = self._ll_run
        future = self.create_future()
        executor_futures[future] = _executor_name(func, args)
        start = self.time()
        outcome, value, span = run.run_inline(functools.partial(func, *args))
        for at, pieces in _by_time(span.output):
            self.call_at(MONOTONIC_BASE + at, _emit_all, run.capture, pieces)
        self.call_at(start + span.elapsed, _settle, future, outcome, value)
        return future


def _executor_name(func: Any, args: tuple[Any, ...]) -> str:
    if isinstance(func, functools.partial) and type(getattr(func.func, "__self__", None)).__name__ == "Context":
        func = func.args[0] if func.args else func
    elif type(getattr(func, "__self__", None)).__name__ == "Context" and args:
        func = args[0]
    return _callable_name(func)


def _by_time(output: list[tuple[float, str, str]]) -> list[tuple[float, list[tuple[str, str]]]]:
    """One delivery per instant, keeping write order (equal timer deadlines are not FIFO)."""
    grouped: list[tuple[float, list[tuple[str, str]]]] = []
    for at, stream, text in output:
        if grouped and grouped[-1][0] == at:
            grouped[-1][1].append((stream, text))
        else:
            grouped.append((at, [(stream, text)]))
    return grouped


def _emit_all(capture: Any, pieces: list[tuple[str, str]]) -> None:
    for stream, text in pieces:
        capture.emit(stream, text)


def _settle(future: Any, outcome: str, value: Any) -> None:
    if future.cancelled():
        return
    if outcome == "ok":
        future.set_result(value)
    else:
        future.set_exception(value)


# A program asking type(loop) sees what `python main.py` on Linux would show.
VirtualTimeLoop.__name__ = VirtualTimeLoop.__qualname__ = "_UnixSelectorEventLoop"
VirtualTimeLoop.__module__ = "asyncio.unix_events"

_BasePolicy = getattr(events, "BaseDefaultEventLoopPolicy", None) or events._BaseDefaultEventLoopPolicy


class VirtualTimePolicy(_BasePolicy):  # type: ignore[misc, valid-type]
    _loop_factory = VirtualTimeLoop

    def get_event_loop(self) -> Any:
        if self._local._loop is None and state.active is not None:
            state.active.checks.get_event_loop_without_loop()
        return super().get_event_loop()
