"""Stop and the wall-clock limit as Ctrl-C (docs/runtime-fidelity.md, "Ctrl-C, Stop and the time
limit").

The engine interrupts once (SIGINT, or Pyodide's interrupt buffer) and replaces the interpreter if
the program is still running a grace period later. The harness answers the interrupt as CPython
answers Ctrl-C:
- inside `asyncio.run` (or `asyncio.Runner.run`), as the Runner's own SIGINT handler does: the main
  task is cancelled and the program goes on, so `finally` blocks and `except CancelledError`
  cleanup run, then KeyboardInterrupt comes out of asyncio.run. Where the interrupt lands does not
  matter (a coroutine that awaits in a loop is often in its own code at that instant). A program
  that stays busy ignores the cancellation until its next await: on CPython one presses Ctrl-C a
  second time, which raises KeyboardInterrupt where the program is. The harness makes that second
  press itself when no CancelledError has reached Python code SECOND_PRESS_SECONDS after the first;
- when the program set its own SIGINT handler with `loop.add_signal_handler`, that callback runs
  in the loop instead, and the program goes on (CPython's loop replaces KeyboardInterrupt so);
- anywhere else, KeyboardInterrupt is raised where the program is, as Python's default handler does.
Cleanup gets CLEANUP_SECONDS of real time (a trace function counts its lines); past that, the run
is stopped at once, as before this module, so the engine never has to replace the interpreter
because a `finally` block spins.
"""
from __future__ import annotations

import os
import signal
import sys
from asyncio import CancelledError, events
from collections.abc import Callable
from types import FrameType
from typing import Any

from .state import is_harness_file
from .timepatch import REAL

CLEANUP_SECONDS = 0.4  # well inside the engines' grace before they replace the interpreter
# A coroutine that awaits gets the cancellation long before this: traced lines run ~10x slower,
# and the machine may be loaded
SECOND_PRESS_SECONDS = 0.2
_CHECK_EVERY = 200  # trace events between two looks at the real clock


def running_runner(frame: FrameType | None) -> tuple[Any, Any] | None:
    """The asyncio.Runner whose run() is on the stack below `frame`, and its main task."""
    while frame is not None:
        code = frame.f_code
        if code.co_name == "run" and os.path.basename(code.co_filename) == "runners.py":
            runner, task = frame.f_locals.get("self"), frame.f_locals.get("task")
            if runner is not None and task is not None and hasattr(runner, "_interrupt_count"):
                return runner, task
        frame = frame.f_back
    return None


def program_sigint_handler() -> Callable[[], None] | None:
    """What the program registered with loop.add_signal_handler(SIGINT, ...) on the running loop:
    on CPython that callback, not KeyboardInterrupt, is what Ctrl-C brings (loop.py keeps it)."""
    loop = events._get_running_loop()
    handle = getattr(loop, "_ll_signals", {}).get(signal.SIGINT) if loop is not None else None
    if handle is None or loop is None:
        return None
    running = loop

    def deliver() -> None:
        running.call_soon(handle._run)

    return deliver


def in_program_code(frame: FrameType | None, root: str) -> bool:
    """The interrupt landed in the program's own code (not the loop's, the stdlib's or ours)."""
    if frame is None:
        return False
    filename = frame.f_code.co_filename
    if is_harness_file(filename):
        return False
    return not os.path.isabs(filename) or filename.startswith(root + os.sep)


class CleanupWatchdog:
    """After an interrupt: calls `expire(frame)` (which raises) from the program's next line once
    the real-time budget is spent; with `second_press`, calls it (it raises KeyboardInterrupt)
    first, once SECOND_PRESS_SECONDS pass without a CancelledError raised in Python code."""

    def __init__(self, expire: Callable[[FrameType], None]) -> None:
        self._expire = expire
        self._deadline = 0.0
        self._press_at = 0.0
        self._second_press: Callable[[], None] | None = None
        self._count = 0
        self.armed = False

    def arm(self, frame: FrameType | None, seconds: float = CLEANUP_SECONDS,
            second_press: Callable[[], None] | None = None) -> None:
        now = REAL["perf_counter"]()
        self._deadline = now + seconds
        self._press_at = now + SECOND_PRESS_SECONDS
        self._second_press = second_press
        self.armed = True
        sys.settrace(self._trace)
        while frame is not None:  # the frames already running are traced from their next line
            frame.f_trace = self._trace
            frame = frame.f_back

    def disarm(self) -> None:
        if self.armed:
            self.armed = False
            sys.settrace(None)

    def _trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        if not self.armed:
            return None
        if event == "exception" and issubclass(arg[0], CancelledError):
            self._second_press = None  # the cancellation was delivered: no second press
        self._count += 1
        if self._count % _CHECK_EVERY == 0:
            now = REAL["perf_counter"]()
            if now > self._deadline:
                self.disarm()
                self._expire(frame)
            press = self._second_press
            # never inside the harness's own code: it would be left half done
            if press is not None and now > self._press_at and not is_harness_file(
                    frame.f_code.co_filename):
                self._second_press = None
                press()
        return self._trace
