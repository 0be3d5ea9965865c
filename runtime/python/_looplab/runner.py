"""One run of a program, from request to RunResult."""
from __future__ import annotations

import builtins
import contextvars
import functools
import gc
import os
import sys
import types
from collections.abc import Callable
from typing import Any

from . import datetimes, patches, sandbox, state, threads
from .capture import Capture
from .checks import Checks
from .clock import VirtualClock
from .diagnostics import Diagnostics
from .explain import deadlock_report, limit_note, thread_deadlock_report
from .interrupts import CleanupWatchdog, in_program_code, program_sigint_handler, running_runner
from .network import Network
from .network.api import MODULE as NETWORK_MODULE, loader as network_loader
from .shutdown import InterpreterExit, harness_depth
from .request import Request
from .restore import UndoStack
from .state import RunAborted
from .tasks import Tracker
from .threads import Threads
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
        self.threads = Threads(self)
        self.tracker = Tracker(self)
        self.capture = Capture(request.output_bytes, self.now, lambda: self.tracker.current,
                               self._thread_time, self.clock.next_lazy)
        self.capture.on_limit = self.clock.on_limit = self.stop
        self.diagnostics = Diagnostics()
        self.checks = Checks(self.diagnostics, self.entry)
        self.web = Web(request.web)
        self.network = Network()
        self.simulated_modules = {**self.web.modules(), NETWORK_MODULE: network_loader(self.network)}
        self.simulated_roots = {name.partition(".")[0] for name in self.simulated_modules}
        self.abort: str | None = None
        self.notes: list[str] = []
        self.root = ""
        # `looplab run` (request.py `location`): the program sits where `python FILE` finds it
        self.located = request.location is not None
        self.created: list[str] = []  # folders this run made, removed at its end
        self.entry_name = self.entry  # the name the entry file is compiled under
        self.exit = InterpreterExit(self)
        # Stop and the wall-clock limit answered as Ctrl-C (interrupts.py); cleanup is bounded
        self.interrupted = False
        self.watchdog = CleanupWatchdog(self._cleanup_overran)
        self._real_start = REAL["perf_counter"]()
        self._finished = False
        self.modules_before: dict[str, Any] = {}
        # Observing hooks (observing/): the program's module, the exception it ended with, tasks
        # asyncio.run() had to cancel because main() returned first, and a callback that runs
        # after the program's code and before interpreter exit (probes call functions there).
        self.main_module: types.ModuleType | None = None
        self.uncaught: tuple[type, str] | None = None  # class and message, never the object:
        # its traceback would keep the program's frames (and their garbage) alive past exit
        self.left_pending: list[int] = []
        self.after_main: Callable[[Run], None] | None = None

    # ---- time and stopping -------------------------------------------------------------------
    def now(self) -> float:
        if self.realtime:
            return REAL["perf_counter"]() - self._real_start
        return self.clock.peek()

    def _thread_time(self) -> float | None:
        """The time of the simulated thread writing output (None: the main thread)."""
        span = self.clock.span
        if span is None:
            return None
        return -1.0 if span.dead else span.start + span.elapsed

    def stop(self, status: str) -> None:
        """Record why the program stops here; nothing it does afterwards counts."""
        if self.abort is None:
            self.abort = status
            if status != "output-limit":  # what threads printed before this instant is shown
                try:
                    self.capture.flush_until(self.clock.now)
                except RunAborted:
                    pass
        self.capture.frozen = True
        self.diagnostics.frozen = True

    def on_interrupt(self, signum: int, frame: Any) -> None:
        """The engine's wall-clock limit (SIGINT / Pyodide's interrupt buffer). Python would print a
        KeyboardInterrupt traceback from where the program was; we take it from here and stop at
        once, so no cleanup code of the program can keep it running."""
        if self._finished:
            return
        if self.abort is None and self._like_ctrl_c(frame):
            return
        if self.abort is None:
            self.notes.append(interrupt_traceback(frame))
        self.stop("interrupted")
        raise RunAborted("interrupted")

    def _like_ctrl_c(self, frame: Any) -> bool:
        """The first interrupt of a program's own run, answered as CPython answers Ctrl-C
        (interrupts.py): True when the program goes on (its main task is cancelled, or its own
        SIGINT handler is called); raises KeyboardInterrupt where it is; False to stop at once (a
        second interrupt, a grading run, inside a simulated thread, or in the harness's own code
        with no asyncio.run to tell)."""
        if (self.interrupted or self.after_main is not None or self.main_module is None
                or self.clock.span is not None):
            return False
        handler = program_sigint_handler()
        found = running_runner(frame)
        if handler is None and found is None and not in_program_code(frame, self.root):
            return False
        self.interrupted = True
        if handler is not None:
            self.watchdog.arm(frame)
            handler()
            return True
        if found is not None and not found[1].done():
            runner, task = found
            runner._interrupt_count += 1
            task.cancel()
            self.watchdog.arm(frame, second_press=self._second_press)
            return True
        self.watchdog.arm(frame)
        raise KeyboardInterrupt

    @staticmethod
    def _second_press() -> None:
        """The program stayed busy after its main task was cancelled: a second Ctrl-C, which the
        Runner answers with KeyboardInterrupt where the program is."""
        raise KeyboardInterrupt

    def _cleanup_overran(self, frame: Any) -> None:
        """The program's cleanup after the interrupt outlived its budget: stop it there."""
        self.notes.append(interrupt_traceback(frame))
        self.stop("interrupted")
        raise RunAborted("interrupted")

    def deadlock(self, loop: Any, frame: Any, thread_notes: list[str] | None = None) -> None:
        text, findings = deadlock_report(loop, self.entry_name, frame, thread_notes or [])
        for line, message in findings:
            self.diagnostics.add("deadlock", message, line)
        self.notes.append(text)
        self.stop("deadlock")

    def thread_deadlock(self, what: str, thread_notes: list[str]) -> None:
        """The main thread blocks (outside any running loop, or blocking the loop) for good."""
        text, findings = thread_deadlock_report(what, self.entry_name, sys._getframe(2),
                                                thread_notes)
        for line, message in findings:
            self.diagnostics.add("deadlock", message, line)
        self.notes.append(text)
        self.stop("deadlock")

    # ---- the program ---------------------------------------------------------------------------
    def shown_name(self, relative: str) -> str:
        """The name a file of the program is compiled under: folder-relative ("main.py"), or its
        absolute path when the run is located (CPython compiles `python FILE` so)."""
        return os.path.join(self.root, relative) if self.located else relative

    def execute(self) -> int:
        undo = self._undo = UndoStack()
        try:
            source = self.request.files.get(self.entry)
            if source is None:
                self.capture.emit("stderr", f"python3: can't open file {self.entry!r}: "
                                            "[Errno 2] No such file or directory\n")
                return 2
            self.root = sandbox.write_files(self.request.files, self)
            self.entry_name = self.checks.entry = self.shown_name(self.entry)
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
            sandbox.install_process_guard(undo, *sandbox.writable_folders(self))
            patches.install_warnings(undo)
            patches.install_logging(undo)
            patches.install_asyncio(undo, self.realtime)
            if not self.realtime:
                patches.install_time(undo)
                datetimes.install(undo)
                threads.install(undo, self)
            self.exit.install(undo)
            sandbox.install_signal(undo, self)
            code = self._run_main(source)
            if self.after_main is not None:
                self.after_main(self)
            self.exit.shut_down()
            self.watchdog.disarm()
            if self.interrupted:  # the program ended after the interrupt: a stopped run all the same
                self.stop("interrupted")
            self._finished = True
            return code
        finally:
            self.watchdog.disarm()
            undo.unwind()

    def _run_main(self, source: str) -> int:
        main = types.ModuleType("__main__")
        main.__file__ = os.path.join(self.root, self.entry)
        main.__dict__.update(__builtins__=builtins, __cached__=None)
        sys.modules["__main__"] = main
        self.main_module = main
        try:
            code = _compiled(source, self.entry_name)
            sandbox.hide_harness_depth(self._undo, harness_depth())
            try:
                contextvars.Context().run(exec, code, main.__dict__)
            finally:
                self.watchdog.disarm()  # from here on the harness reports; the program is over
            return 0
        except SystemExit as exc:
            return self._exit_code(exc)
        except RunAborted as exc:
            if self.harness_stopped(exc):
                return 1
            return self._uncaught(exc)
        except KeyboardInterrupt as exc:
            self.print_exception(exc)
            return 130
        except BaseException as exc:  # noqa: BLE001 — exactly what `python main.py` reports
            return self._uncaught(exc)
        finally:
            self.tracker._stack.clear()

    def harness_stopped(self, exc: RunAborted) -> bool:
        """The harness records why it stops a program before it raises RunAborted; one the program
        raised itself (it can find the class) is an exception like any other, never a status."""
        return self.abort is not None

    def _uncaught(self, exc: BaseException) -> int:
        self.uncaught = (type(exc), _message(exc))
        self.checks.exception_seen(exc)
        self.print_exception(exc)
        return 1

    def print_exception(self, exc: BaseException) -> None:
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

    def result(self, exit_code: int, wall_ms: float) -> dict[str, Any]:
        if self.abort is None or self.abort == "interrupted":
            try:  # what threads printed up to the end (daemon threads' later output never shows)
                self.capture.flush_until(self.clock.now)
            except RunAborted:
                pass
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
        programs_part = len(stderr)
        for note in self.notes:
            if stderr and not stderr.endswith("\n"):
                self.capture.append_note("stderr", "\n")
            self.capture.append_note("stderr", note)
            stderr = self.capture.text("stderr")
        seconds = self.now() if self.realtime else self.clock.now
        if status == "time-limit":
            seconds = min(seconds, self.clock.limit)
        result: dict[str, Any] = {
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
        if self.abort is not None:
            # The UI shows LoopLab's words apart from the program's own stderr: it reads them
            # here, typed, never by parsing stderr (docs/architecture.md, "The shapes").
            note = stderr[programs_part:].lstrip("\n")
            result["stopped"] = {"reason": self.abort, "note": note}
        return result


@functools.lru_cache(maxsize=8)
def _compiled(source: str, filename: str) -> types.CodeType:
    """Code objects are immutable: a grade runs the same program again for each probe."""
    return compile(source, filename, "exec", dont_inherit=True)


def _message(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:  # noqa: BLE001 — a learner's broken __str__
        return "<unprintable message>"


def python_label() -> str:
    v = sys.version_info
    engine = "pyodide" if sys.platform == "emscripten" else "cpython"
    return f"{v.major}.{v.minor}.{v.micro} ({engine})"


__all__ = ["Run", "python_label"]
