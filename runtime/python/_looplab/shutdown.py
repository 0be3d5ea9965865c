"""What CPython does around the program: the stack below it, and what happens at exit."""
from __future__ import annotations

import atexit
import contextvars
import gc
import sys
from asyncio import events
from collections.abc import Callable
from typing import Any

from .imports import is_user_module
from .restore import UndoStack
from .state import RunAborted


class InterpreterExit:
    """atexit callbacks, module teardown and the last garbage collection, in CPython's order:
    that is where "never awaited" and "Task was destroyed but it is pending!" appear."""

    def __init__(self, run: Any) -> None:
        self.run = run
        self._callbacks: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = []

    def install(self, undo: UndoStack) -> None:
        # the program's atexit callbacks run at the end of the program, not of the host process
        undo.setattr(atexit, "register", self._register)
        undo.setattr(atexit, "unregister", self._unregister)

    def _register(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        self._callbacks.append((func, args, kwargs))
        return func

    def _unregister(self, func: Callable[..., Any]) -> None:
        self._callbacks = [entry for entry in self._callbacks if entry[0] != func]

    def shut_down(self) -> None:
        run = self.run
        try:
            if run.abort is None:
                run.threads.at_exit()
            if run.abort is None:
                self._run_callbacks()
            self._tear_down_modules()
            events._event_loop_policy = None  # type: ignore[attr-defined]  # private: drop the loop the program left set
            self._report_pending_tasks()
            gc.collect()
            gc.collect()
        except RunAborted as exc:
            if not run.harness_stopped(exc):
                run.print_exception(exc)
        except KeyboardInterrupt:
            run.stop("interrupted")

    def _run_callbacks(self) -> None:
        while self._callbacks:
            func, args, kwargs = self._callbacks.pop()
            try:
                func(*args, **kwargs)
            except RunAborted as exc:
                if self.run.harness_stopped(exc):
                    raise
                self.run.capture.emit("stderr", "Error in atexit._run_exitfuncs:\n")
                self.run.print_exception(exc)
            except BaseException as exc:  # noqa: BLE001 — reported as Python does, then go on
                self.run.capture.emit("stderr", "Error in atexit._run_exitfuncs:\n")
                self.run.print_exception(exc)

    def _tear_down_modules(self) -> None:
        before = self.run.modules_before
        for name, module in [(n, m) for n, m in sys.modules.items() if n not in before or n == "__main__"]:
            if name == "__main__" or (module is not None and is_user_module(module, self.run.root)):
                if name != "__main__":
                    del sys.modules[name]
                clear_module(module)

    def _report_pending_tasks(self) -> None:
        """At exit CPython destroys every task still pending and logs "Task was destroyed but it
        is pending!". Done here, in creation order, before the collector can close their
        coroutines first (which would turn "running at main.py:8" into "done")."""
        if self.run.abort is not None:
            return
        for task in self.run.tracker.pending_tasks():
            if not task._log_destroy_pending:
                continue
            task._log_destroy_pending = False
            context: dict[str, Any] = {"task": task, "message": "Task was destroyed but it is pending!"}
            if task._source_traceback:
                context["source_traceback"] = task._source_traceback
            task.get_loop().call_exception_handler(context)


def clear_module(module: Any) -> None:
    """As CPython tears a module down: names starting with one underscore first, then the rest."""
    namespace = vars(module)
    for first_pass in (True, False):
        for key in list(namespace):
            if key == "__builtins__" or not isinstance(key, str):
                continue
            if first_pass == (key.startswith("_") and not key.startswith("__")):
                namespace[key] = None


_DEPTHS: dict[int, int] = {}


def harness_depth() -> int:
    """How much of the recursion limit the harness uses below the program's <module>.

    Measured once per call path: recurse from where the program will start until RecursionError
    (C calls count too on 3.11, so counting Python frames alone is not enough)."""
    frame, frames = sys._getframe(1), 0
    while frame is not None:
        frames += 1
        frame = frame.f_back
    if frames not in _DEPTHS:
        reached = [0]

        def dive(depth: int) -> None:
            reached[0] = depth
            dive(depth + 1)

        try:
            contextvars.Context().run(dive, 1)
        except RecursionError:
            pass
        # under `python main.py`, <module> plus the program's calls fill the whole limit
        _DEPTHS[frames] = max(0, sys.getrecursionlimit() - reached[0] - 1)
    return _DEPTHS[frames]
