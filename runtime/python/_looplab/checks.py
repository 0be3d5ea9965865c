"""The rules behind each diagnostic code: when a pitfall really happened, and how to say so."""
from __future__ import annotations

import re
import sys
from asyncio import events
from types import TracebackType
from typing import Any

from .diagnostics import Diagnostics, get_event_loop_message
from .waits import coroutine_frames, line_in, stack_line

_NOT_AWAITABLE = (
    re.compile(r"^object (?P<what>\S+) can't be used in 'await' expression$"),
    re.compile(r"^'(?P<what>[^']+)' object can't be awaited$"),
    re.compile(r"^An asyncio\.Future, a coroutine or an awaitable is required$"),
)


def _tb_line(tb: TracebackType | None, entry: str) -> int | None:
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == entry:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _task_label(task: Any) -> str:
    name = task.get_name()
    coro = getattr(task.get_coro(), "__qualname__", None)
    return f"{name} ({coro})" if coro else name


class Checks:
    def __init__(self, diagnostics: Diagnostics, entry: str) -> None:
        self.diagnostics = diagnostics
        self.entry = entry
        self._reported_exceptions: set[int] = set()

    def _line(self) -> int | None:
        return stack_line(self.entry, sys._getframe(2))

    def loop_entered(self, loop: Any, how: str) -> None:
        running = events._get_running_loop()
        if running is None:
            return
        self.diagnostics.add(
            "asyncio-run-in-running-loop",
            f"loop.{how}() was called while an event loop is already running: a loop cannot be "
            "started from inside a coroutine. Use `await` on the coroutine (or "
            "`asyncio.create_task(...)`) instead.",
            self._line(),
        )

    def asyncio_run_called(self) -> None:
        if events._get_running_loop() is None:
            return
        self.diagnostics.add(
            "asyncio-run-in-running-loop",
            "asyncio.run() was called while an event loop is already running, so it raises "
            "RuntimeError. asyncio.run() starts a program once, at the top level; inside a "
            "coroutine, `await` the coroutine (or `asyncio.create_task(...)` it) instead.",
            self._line(),
        )

    def create_task_called(self) -> None:
        if events._get_running_loop() is not None:
            return
        self.diagnostics.add(
            "create-task-no-running-loop",
            "asyncio.create_task() needs a running event loop, and none is running here, so it "
            "raises RuntimeError: no running event loop. Create tasks inside a coroutine started "
            "with `asyncio.run(main())`.",
            self._line(),
        )

    def get_event_loop_without_loop(self) -> None:
        self.diagnostics.add("get-event-loop-no-loop", get_event_loop_message(), self._line())

    def blocking_call(self, what: str, seconds: float) -> None:
        if events._get_running_loop() is None:
            return
        self.diagnostics.blocking(what, seconds, self._line())

    def never_awaited(self, coro: Any) -> None:
        line = None
        for filename, lineno, _name in getattr(coro, "cr_origin", None) or ():
            if filename == self.entry:
                line = lineno
                break
        name = getattr(coro, "__qualname__", "?")
        self.diagnostics.add(
            "coroutine-never-awaited",
            f"The coroutine {name}() was created but never awaited, so its body never ran. "
            f"Write `await {name.rsplit('.', 1)[-1]}(...)`, or wrap it in "
            "`asyncio.create_task(...)` to run it concurrently.",
            line,
        )

    def exception_seen(self, exc: BaseException) -> None:
        """An exception reached a task boundary or the top level: was it an await mistake?"""
        if not isinstance(exc, TypeError) or id(exc) in self._reported_exceptions:
            return
        text = str(exc)
        for pattern in _NOT_AWAITABLE:
            match = pattern.match(text)
            if match is None:
                continue
            self._reported_exceptions.add(id(exc))
            what = match.groupdict().get("what")
            hint = ""
            if what in ("function", "method", "builtin_function_or_method"):
                hint = " It looks like the function itself was awaited: call it, `await f()`."
            self.diagnostics.add(
                "await-non-awaitable",
                f"`await` was used on something that is not awaitable ({text}). Only coroutines "
                f"(the result of calling an `async def` function), tasks and futures can be "
                f"awaited.{hint}",
                _tb_line(exc.__traceback__, self.entry),
            )
            return

    def task_failed(self, task: Any, exc: BaseException) -> None:
        self.exception_seen(exc)

    def cancellation_swallowed(self, task: Any, line: int | None) -> None:
        self.diagnostics.add(
            "cancelled-error-swallowed",
            f"{_task_label(task)} was cancelled but caught CancelledError and finished normally, "
            "so task.cancelled() is False and the code that cancelled it cannot tell. After "
            "cleaning up, re-raise it (`raise` in the `except asyncio.CancelledError:` block).",
            line,
        )

    def loop_exception(self, context: dict[str, Any]) -> None:
        message = context.get("message", "")
        task = context.get("task") or context.get("future")
        label = _task_label(task) if hasattr(task, "get_coro") else "A task"
        tid = getattr(task, "_ll_id", None)
        if message == "Task exception was never retrieved":
            exc = context.get("exception")
            self.diagnostics.add(
                "task-exception-never-retrieved",
                f"{label} failed with {type(exc).__name__}: {exc}, and nothing ever awaited it "
                "or asked for its result, so the error went unnoticed until the task was "
                "garbage-collected. Await the task (or gather it) to see its exception.",
                _tb_line(getattr(exc, "__traceback__", None), self.entry),
            )
        elif message == "Task was destroyed but it is pending!":
            self.diagnostics.add(
                "task-destroyed-pending",
                f"{label} was still pending when it was destroyed: the event loop stopped (or "
                "nothing kept a reference to the task) before it finished, so the rest of its "
                "code never ran. Await every task you start, or keep the loop running until they "
                "are done (asyncio.run() does this for you).",
                _created_line(task, tid),
            )


def _created_line(task: Any, tid: int | None) -> int | None:
    """Where a destroyed task was stuck; else where it was created."""
    entry = getattr(task, "_ll_entry", None)
    if entry is not None:
        try:
            line = line_in(coroutine_frames(task.get_coro()), entry)
        except Exception:  # noqa: BLE001 — a learner's awaitable can be anything: fall back to the creation line
            line = None
        if line is not None:
            return line
    return getattr(task, "_ll_created_line", None)
