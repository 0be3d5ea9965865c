"""One run of a program, from request to RunResult."""
from __future__ import annotations

import asyncio
import atexit
import builtins
import contextvars
import gc
import os
import sys
import types
from asyncio import events
from typing import Any, Callable

from . import datetimes, patches, sandbox, state
from .capture import Capture
from .checks import Checks
from .clock import ThreadSpan, VirtualClock
from .diagnostics import Diagnostics
from .explain import deadlock_report, limit_note
from .request import Request
from .restore import UndoStack
from .state import RunAborted
from .tasks import Tracker
from .timepatch import REAL
from .tracebacks import format_exception, interrupt_traceback
from .web import Web


class Run:
    def __init__(self, request: Request) -> None:
        self.request = request
        self.entry = request.entry
        self.argv = request.argv
        self.stdin = request.stdin
        self.realtime = request.realtime
        self.clock = VirtualClock(request.virtual_seconds)
        self.tracker = Tracker(self)
        self.capture = Capture(request.output_bytes, self.now, lambda: self.tracker.current)
        self.capture.on_limit = self.clock.on_limit = self.stop
        self.diagnostics = Diagnostics()
        self.checks = Checks(self.diagnostics, self.entry)
        self.web = Web(request.web)
        self.simulated_modules = self.web.modules()
        self.simulated_roots = {name.partition(".")[0] for name in self.simulated_modules}
        self.abort: str | None = None
        self.notes: list[str] = []
        self.root = ""
        self._atexit: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = []
        self._real_start = REAL["perf_counter"]()
        self._finished = False
        self.modules_before: dict[str, Any] = {}

    # ---- time and stopping -------------------------------------------------------------------
    def now(self) -> float:
        if self.realtime:
            return REAL["perf_counter"]() - self._real_start
        return self.clock.peek()

    def stop(self, status: str) -> None:
        """Record why the program stops here; nothing it does afterwards counts."""
        if self.abort is None:
            self.abort = status
        self.capture.frozen = True
        self.diagnostics.frozen = True

    def on_interrupt(self, signum: int, frame: Any) -> None:
        """The engine's wall-clock limit (SIGINT / Pyodide's interrupt buffer). Python would print a
        KeyboardInterrupt traceback from where the program was; we take it from here and stop at
        once, so no cleanup code of the program can keep it running."""
        if self._finished:
            return
        if self.abort is None:
            self.notes.append(interrupt_traceback(frame))
        self.stop("interrupted")
        raise RunAborted("interrupted")

    def deadlock(self, loop: Any, frame: Any) -> None:
        text, findings = deadlock_report(loop, self.entry, frame)
        for line, message in findings:
            self.diagnostics.add("deadlock", message, line)
        self.notes.append(text)
        self.stop("deadlock")

    def run_inline(self, func: Callable[[], Any]) -> tuple[str, Any, ThreadSpan]:
        """Run a "thread" now, on its own span of the clock; its output is delivered later."""
        clock = self.clock
        span = ThreadSpan(clock.peek())
        running = events._get_running_loop()
        outer_span, outer_deferred = clock.span, self.capture.deferred
        clock.span, self.capture.deferred = span, span.output
        events._set_running_loop(None)  # as on a worker thread: no running loop there
        try:
            return "ok", func(), span
        except (RunAborted, KeyboardInterrupt):
            raise
        except BaseException as exc:  # noqa: BLE001 — the future carries it, like a real thread
            return "error", exc, span
        finally:
            events._set_running_loop(running)
            clock.span, self.capture.deferred = outer_span, outer_deferred

    # ---- the program ---------------------------------------------------------------------------
    def execute(self) -> int:
        undo = self._undo = UndoStack()
        try:
            source = self.request.files.get(self.entry)
            if source is None:
                self.capture.emit("stderr", f"python3: can't open file {self.entry!r}: "
                                            "[Errno 2] No such file or directory\n")
                return 2
            self.root = sandbox.write_files(self.request.files)
            # Everything alive now belongs to the harness: the end-of-run collection (which must
            # find the program's garbage) then scans only what the program made.
            gc.collect()
            gc.freeze()
            state.active = self
            undo.push(lambda: setattr(state, "active", None))
            sandbox.install_sources(undo, self)
            sandbox.install_streams(undo, self)
            sandbox.install_folder(undo, self)
            sandbox.install_modules(undo, self)
            sandbox.install_snapshots(undo)
            sandbox.install_sys(undo, self)
            patches.install_warnings(undo)
            patches.install_logging(undo)
            patches.install_asyncio(undo, self.realtime)
            if not self.realtime:
                patches.install_time(undo)
                datetimes.install(undo)
            undo.setattr(atexit, "register", self._atexit_register)
            undo.setattr(atexit, "unregister", self._atexit_unregister)
            sandbox.install_signal(undo, self)
            code = self._run_main(source)
            self._shutdown()
            self._finished = True
            return code
        finally:
            undo.unwind()

    def _run_main(self, source: str) -> int:
        main = types.ModuleType("__main__")
        main.__file__ = os.path.join(self.root, self.entry)
        main.__builtins__ = builtins
        main.__cached__ = None
        sys.modules["__main__"] = main
        try:
            code = compile(source, self.entry, "exec", dont_inherit=True)
            sandbox.hide_harness_depth(self._undo, _harness_depth())
            contextvars.Context().run(exec, code, main.__dict__)
            return 0
        except SystemExit as exc:
            return self._exit_code(exc)
        except RunAborted as exc:
            self.stop(exc.status)
            return 1
        except KeyboardInterrupt as exc:
            self._print_exception(exc)
            return 130
        except BaseException as exc:  # noqa: BLE001 — exactly what `python main.py` reports
            self.checks.exception_seen(exc)
            self._print_exception(exc)
            return 1
        finally:
            self.tracker._stack.clear()

    def _print_exception(self, exc: BaseException) -> None:
        try:
            self.capture.emit("stderr", format_exception(exc))
        except RunAborted:
            pass

    def _exit_code(self, exc: SystemExit) -> int:
        code = exc.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code & 0xFF
        try:
            self.capture.emit("stderr", f"{code}\n")
        except RunAborted:
            pass
        return 1

    def _atexit_register(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        self._atexit.append((func, args, kwargs))
        return func

    def _atexit_unregister(self, func: Callable[..., Any]) -> None:
        self._atexit = [entry for entry in self._atexit if entry[0] != func]

    def _shutdown(self) -> None:
        """What the interpreter does at exit: atexit callbacks, then module teardown and the last
        garbage collection (where "never awaited" and "destroyed but pending" warnings appear)."""
        try:
            if self.abort is None:
                while self._atexit:
                    func, args, kwargs = self._atexit.pop()
                    try:
                        func(*args, **kwargs)
                    except RunAborted:
                        raise
                    except BaseException as exc:  # noqa: BLE001
                        self.capture.emit("stderr", "Error in atexit._run_exitfuncs:\n")
                        self._print_exception(exc)
            before = self.modules_before
            for name, module in [(n, m) for n, m in sys.modules.items() if n not in before or n == "__main__"]:
                if name == "__main__" or (module is not None and sandbox.is_user_module(module, self.root)):
                    if name != "__main__":
                        del sys.modules[name]
                    _clear_module(module)
            events._event_loop_policy = None
            self._report_pending_tasks()
            gc.collect()
            gc.collect()
        except RunAborted as exc:
            self.stop(exc.status)
        except KeyboardInterrupt:
            self.stop("interrupted")

    def _report_pending_tasks(self) -> None:
        """At exit CPython destroys every task still pending and logs "Task was destroyed but it
        is pending!". Done here, in creation order, before the collector can close their
        coroutines first (which would turn "running at main.py:8" into "done")."""
        if self.abort is not None:
            return
        for task in self.tracker.pending_tasks():
            if not task._log_destroy_pending:
                continue
            task._log_destroy_pending = False
            context: dict[str, Any] = {"task": task, "message": "Task was destroyed but it is pending!"}
            if task._source_traceback:
                context["source_traceback"] = task._source_traceback
            task.get_loop().call_exception_handler(context)

    def result(self, exit_code: int, wall_ms: float) -> dict[str, Any]:
        status = self.abort
        if status is None:
            status = "ok" if exit_code == 0 else "error"
        elif status == "interrupted":
            exit_code = 130
        else:
            exit_code = 1
        if self.abort is not None and self.abort != "deadlock":
            self.notes.append(limit_note(self.abort, self.request))
        stderr = self.capture.text("stderr")
        for note in self.notes:
            if stderr and not stderr.endswith("\n"):
                self.capture.append_note("stderr", "\n")
            self.capture.append_note("stderr", note)
            stderr = self.capture.text("stderr")
        seconds = self.now() if self.realtime else self.clock.now
        if status == "time-limit":
            seconds = min(seconds, self.clock.limit)
        return {
            "status": status,
            "exitCode": exit_code,
            "stdout": self.capture.text("stdout"),
            "stderr": stderr,
            "events": self.capture.events,
            "virtualSeconds": round(seconds, 6),
            "wallMs": round(wall_ms, 3),
            "timeline": self.tracker.events,
            "diagnostics": self.diagnostics.as_list(),
            "python": python_label(),
        }


_DEPTHS: dict[int, int] = {}


def _harness_depth() -> int:
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


def _clear_module(module: Any) -> None:
    """As CPython tears a module down: names starting with one underscore first, then the rest."""
    namespace = vars(module)
    for first_pass in (True, False):
        for key in list(namespace):
            if key == "__builtins__" or not isinstance(key, str):
                continue
            if first_pass == (key.startswith("_") and not key.startswith("__")):
                namespace[key] = None


def python_label() -> str:
    v = sys.version_info
    engine = "pyodide" if sys.platform == "emscripten" else "cpython"
    return f"{v.major}.{v.minor}.{v.micro} ({engine})"


__all__ = ["Run", "python_label", "asyncio"]
