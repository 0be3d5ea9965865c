"""The virtual-time event loop: stock asyncio scheduling over a clock that jumps instead of waiting."""
from __future__ import annotations

import asyncio
import functools
import signal
from asyncio import base_events, events
from typing import Any

from . import state
from .clock import MONOTONIC_BASE
from .network.loop_methods import NetworkLoop
from .state import RunAborted
from .tasks import CTask
from .waits import _callable_name, executor_futures


def _task_of(callback: Any) -> Any:
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, CTask) and hasattr(owner, "_ll_id"):
        return owner
    return None


# What one turn of a polling task costs (a step that read the clock and yielded straight back to
# the loop, as `while time.time() < deadline: yield` does): about what CPython spends on such a
# turn, so a homemade sleep ends after as many turns as there, not a million (docs/runtime-fidelity.md).
POLL_STEP_SECONDS = 20e-6


class _TracedHandle(events.Handle):
    """A callback; when it is a task step (C step wrapper or task_wakeup), the timeline sees it."""

    __slots__ = ()

    def _run(self) -> None:
        task = _task_of(self._callback)
        run = state.active
        if task is None or run is None:
            return super()._run()
        clock = run.clock
        reads = clock.reads
        run.tracker.step_start(task)
        try:
            super()._run()
        finally:
            run.tracker.step_end(task)
        # Time passes while Python runs: a busy-wait through the loop must see its deadline come.
        if clock.reads != reads and task._fut_waiter is None and not task.done():
            clock.charge(POLL_STEP_SECONDS)


class _VirtualSelector:
    """select(timeout) passes virtual time instead of waiting (threads.Threads.select): events
    due meanwhile happen (a thread's call_soon_threadsafe wakes the loop at once, as the self-pipe
    does); with nothing to wait for at all, the program is stuck.

    Like Linux's epoll (CPython's default selector), the wait is rounded up to whole milliseconds,
    so a wake-up also collects timers due within that millisecond, in one batch, as CPython does.
    """

    def __init__(self, loop: VirtualTimeLoop) -> None:
        self._loop = loop

    def select(self, timeout: float | None) -> list[Any]:
        run = self._loop._ll_run
        if run.abort is not None:  # the program was stopped: the loop never runs again
            raise RunAborted(run.abort)
        run.threads.select(self._loop, timeout)
        return []

    def close(self) -> None:
        pass

    def get_map(self) -> dict[Any, Any]:
        return {}


class VirtualTimeLoop(NetworkLoop, base_events.BaseEventLoop):  # streams: network/
    def __init__(self) -> None:
        super().__init__()
        self._ll_run = state.active
        self._selector = _VirtualSelector(self)
        # CPython on Linux: 1 ns. Pyodide reports its own; keep timer batching identical everywhere.
        self._clock_resolution = 1e-9
        self._ll_target: Any = None
        self._ll_forever = False
        self._ll_signals: dict[int, Any] = {}
        self._ll_in_select = False  # idle in its selector: a waiting thread may drive it
        self._ll_driven = 0
        self._ll_run.threads.loops.add(self)

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
        self._ready.append(handle)  # type: ignore[attr-defined]  # private: BaseEventLoop's ready queue
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
        """As on Unix. Stop and the wall-clock limit deliver SIGINT here (interrupts.py); no other
        signal ever reaches a sandboxed program."""
        signal.Signals(sig)  # ValueError for a number that is not a signal, as on Unix
        if not callable(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._ll_signals[sig] = events.Handle(callback, args, self, None)

    def remove_signal_handler(self, sig: int) -> bool:
        return self._ll_signals.pop(sig, None) is not None

    def call_soon_threadsafe(self, callback: Any, *args: Any, context: Any = None) -> Any:
        """From a simulated thread, the callback reaches the loop at that thread's time."""
        span = self._ll_run.clock.span
        if span is None:
            return super().call_soon_threadsafe(callback, *args, context=context)
        # private BaseEventLoop checks, as the stock call_soon_threadsafe makes them
        self._check_closed()  # type: ignore[attr-defined]
        if self._debug:  # type: ignore[attr-defined]
            self._check_callback(callback, "call_soon_threadsafe")  # type: ignore[attr-defined]
        handle = _TracedHandle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ll_run.clock.schedule(span.now, functools.partial(self._ll_wake, handle))
        return handle

    def _ll_wake(self, handle: Any) -> None:
        if not handle._cancelled and not self.is_closed():
            self._ready.append(handle)  # type: ignore[attr-defined]  # private: BaseEventLoop's ready queue

    def run_in_executor(self, executor: Any, func: Any, *args: Any) -> Any:
        """The stock method on simulated executors (threads.py); the timeline names the wait."""
        future = super().run_in_executor(executor, func, *args)
        executor_futures[future] = _executor_name(func, args)
        return future


def _executor_name(func: Any, args: tuple[Any, ...]) -> str:
    if isinstance(func, functools.partial) and type(getattr(func.func, "__self__", None)).__name__ == "Context":
        func = func.args[0] if func.args else func
    elif type(getattr(func, "__self__", None)).__name__ == "Context" and args:
        func = args[0]
    return _callable_name(func)


# A program asking type(loop) sees what `python main.py` on Linux would show.
VirtualTimeLoop.__name__ = VirtualTimeLoop.__qualname__ = "_UnixSelectorEventLoop"
VirtualTimeLoop.__module__ = "asyncio.unix_events"
# ... and its methods' names in error messages ("BaseEventLoop.run_in_executor() got an unexpected
# keyword argument") are the stock ones.
for _name, _method in list(vars(VirtualTimeLoop).items()):
    if callable(_method) and not _name.startswith("_ll_"):
        for _base in asyncio.unix_events._UnixSelectorEventLoop.__mro__:
            if _name in vars(_base):
                _method.__qualname__ = getattr(vars(_base)[_name], "__qualname__", _method.__qualname__)
                break

# newer Pythons (Pyodide's 3.14) keep only the private name
_BasePolicy = getattr(events, "BaseDefaultEventLoopPolicy", None) or events._BaseDefaultEventLoopPolicy  # type: ignore[attr-defined]


class VirtualTimePolicy(_BasePolicy):
    _loop_factory = VirtualTimeLoop

    def get_event_loop(self) -> Any:
        if self._local._loop is None and state.active is not None:
            state.active.checks.get_event_loop_without_loop()
        return super().get_event_loop()
