"""Tasks as CPython makes them, plus a timeline of what each one did.

Tasks stay real C `_asyncio.Task`s (isinstance, repr, current_task(), all_tasks() and tracebacks are
exactly CPython's). The subclass only numbers names per run (Task-1, Task-2… as in a fresh process)
and reports its creation; each step is seen by the loop's handles (loop.py).
"""
from __future__ import annotations

import asyncio
import sys
from asyncio import events
import weakref
from typing import Any

from . import state
from .records import TimelineDetails, TimelineEvent, TimelineKind
from .waits import describe_wait, stack_line, wait_line

CTask = asyncio.tasks._CTask if hasattr(asyncio.tasks, "_CTask") else asyncio.Task  # type: ignore[attr-defined]  # private: the C Task
TIMELINE_CAP = 20_000


def _trim(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Task(CTask):  # type: ignore[misc, valid-type]
    def __init__(self, coro: Any, *, loop: Any = None, name: Any = None, **kwargs: Any) -> None:
        run = state.active
        tracker = run.tracker if run is not None and asyncio.iscoroutine(coro) else None
        if tracker is None:
            super().__init__(coro, loop=loop, name=name, **kwargs)
            if self._source_traceback:
                del self._source_traceback[-1]
            return
        if name is None:  # C counts a name only once the coroutine is accepted, as here
            tracker.name_counter += 1
            name = f"Task-{tracker.name_counter}"
        tracker.created(self, coro, str(name))
        # an eager task (3.12+) runs its first step inside __init__, not from the loop
        eager = (bool(kwargs.get("eager_start")) and hasattr(self, "_ll_id")
                 and (loop or events._get_running_loop()) is not None)
        if eager:
            tracker.step_start(self)
        try:
            super().__init__(coro, loop=loop, name=name, **kwargs)
        finally:
            if eager:
                tracker.step_end(self)
        if self._source_traceback:  # debug mode: "created at" names the caller, not this frame
            del self._source_traceback[-1]


    if sys.version_info < (3, 12):
        def cancel(self, msg: Any = None) -> bool:
            # CPython 3.11's TaskGroup cancels its parent when a child fails after the body has
            # ended, and never uncancels it (3.12 does): cancelling() stays above zero though no
            # learner code swallowed anything. Remember who asked, so that is not reported.
            if sys._getframe(1).f_code.co_filename.endswith("taskgroups.py"):
                self._ll_cancelled_by_taskgroup = True
            return super().cancel(msg)


Task.__module__ = "_asyncio"
Task.__qualname__ = "Task"
EAGER_TASK_FACTORY = (asyncio.tasks.create_eager_task_factory(Task)  # type: ignore[attr-defined]  # 3.12+
                      if hasattr(asyncio.tasks, "create_eager_task_factory") else None)


class Tracker:
    """Timeline events and the task currently running (for output attribution)."""

    def __init__(self, run: Any) -> None:
        self.run = run
        self.name_counter = 0
        self.count = 0
        self.events: list[TimelineEvent] = []
        self.truncated = False
        self._stack: list[int] = []
        self.cancel_lines: dict[int, int | None] = {}
        self._refs: list[weakref.ref[Any]] = []

    def reset(self) -> None:
        """Start numbering and recording afresh (grading probes: Task-1 again, empty timeline)."""
        self.name_counter = 0
        self.count = 0
        self.events.clear()
        self.truncated = False
        self.cancel_lines.clear()
        self._refs.clear()

    def pending_tasks(self) -> list[Any]:
        """Tasks of this run still alive and unfinished, in creation order."""
        alive = (ref() for ref in self._refs)
        return [task for task in alive if task is not None and not task.done()]

    @property
    def current(self) -> int | None:
        return self._stack[-1] if self._stack else None

    def _add(self, task: int, kind: TimelineKind, details: TimelineDetails | None = None) -> None:
        if len(self.events) >= TIMELINE_CAP:
            self.truncated = True
            return
        event: TimelineEvent = {"task": task, "kind": kind, **(details or {}), "t": round(self.run.clock.peek(), 6)}
        self.events.append(event)

    def created(self, task: Any, coro: Any, name: str) -> None:
        if getattr(coro, "__qualname__", "").startswith("BaseEventLoop."):
            return  # the loop's own housekeeping (shutdown_asyncgens…): not a lane to draw
        self.count += 1
        task._ll_id = self.count
        self._refs.append(weakref.ref(task))
        details: TimelineDetails = {
            "name": name,
            "parent": self.current,
            "coro": getattr(coro, "__qualname__", type(coro).__name__),
        }
        line = stack_line(self.run.entry_name, sys._getframe(2))
        if line is not None:
            details["line"] = line
        task._ll_created_line = line
        task._ll_entry = self.run.entry_name
        self._add(self.count, "created", details)

    def step_start(self, task: Any) -> None:
        tid = task._ll_id
        self._stack.append(tid)
        self._add(tid, "running")

    def step_end(self, task: Any) -> None:
        tid = task._ll_id
        if self._stack and self._stack[-1] == tid:
            self._stack.pop()
        if not task.done():
            if len(self.events) >= TIMELINE_CAP:  # past the cap no event is kept: the line still is
                self.truncated = True
                line = wait_line(task, self.run.entry_name)
                if line is not None:
                    self.cancel_lines[tid] = line
                return
            what, line = describe_wait(task, self.run.entry_name)
            details: TimelineDetails = {"waitingFor": what}
            if line is not None:
                details["line"] = line
                self.cancel_lines[tid] = line
            self._add(tid, "waiting", details)
            return
        self._finished(task, tid)

    def _finished(self, task: Any, tid: int) -> None:
        if task.cancelled():
            self._add(tid, "cancelled")
            return
        exc = task._exception
        if exc is not None:
            detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            self._add(tid, "failed", {"detail": _trim(detail)})
            self.run.checks.task_failed(task, exc)
            return
        try:
            detail = repr(task._result)
        except Exception:  # noqa: BLE001 — a learner's broken __repr__ must not break the run
            detail = "<unprintable result>"
        self._add(tid, "done", {"detail": _trim(detail)})
        if task.cancelling() > 0 and not getattr(task, "_ll_cancelled_by_taskgroup", False):
            self.run.checks.cancellation_swallowed(task, self.cancel_lines.get(tid))
