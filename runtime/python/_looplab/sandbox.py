"""The process-wide state a run sees — folder, environment, sys, imports — and its restoration."""
from __future__ import annotations

import builtins
import gc
import os
import shutil
import signal
import sys
import tempfile
import time
from typing import Any

from . import lockdown
from .capture import CapturedStream, StdinStream
from .imports import HIDDEN_ROOTS, ImportGate, is_hidden, is_user_module, user_path_hook
from .restore import Pristine, UndoStack
from .state import HARNESS_DIR

CLEAN_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"}


# Where a located program may never appear: Python's own files and the system's.
_SYSTEM_DIRS = ("/bin", "/dev", "/etc", "/lib", "/proc", "/sbin", "/sys", "/usr")


def _system_path(path: str) -> bool:
    # (Pyodide's sys.prefix is "/": the standard library's own folder is named instead.)
    roots = {*_SYSTEM_DIRS, sys.prefix, sys.base_prefix, os.path.dirname(os.__file__),
             HARNESS_DIR} - {"/"}
    return path == "/" or any(path == root or path.startswith(root + "/") for root in roots)


def _make_folder(path: str, created: list[str]) -> bool:
    """Creates `path` (absent until now), noting the topmost folder made, for removal at the end."""
    top = path
    while not os.path.exists(os.path.dirname(top)):
        top = os.path.dirname(top)
    try:
        os.makedirs(path)
    except OSError:
        return False
    created.append(top)
    return True


def write_files(files: dict[str, str], run: Any) -> str:
    """The program's folder: a fresh temporary one, or (request.py `location`, `looplab run`) the
    folder where `python FILE` would find it, when this interpreter's file system does not have
    it yet (Pyodide's is its own, in memory) and it is not a system folder. Nothing that existed
    before is written to or removed."""
    location = run.request.location
    root = None
    if (location is not None and not _system_path(location.folder)
            and not os.path.exists(location.folder)
            and _make_folder(location.folder, run.created)):
        root = location.folder
    if root is None:
        run.located = False
        root = os.path.realpath(tempfile.mkdtemp(prefix="looplab-"))
        run.created.append(root)
    for relative, text in files.items():
        path = os.path.join(root, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    return root


def install_sources(undo: UndoStack, run: Any) -> None:
    """Tracebacks and warnings read source lines by the names code was compiled under
    ("main.py"): serve them this run's text, never a stale copy from an earlier run."""
    import linecache
    saved = {}
    for relative, text in run.request.files.items():
        if relative.endswith(".py"):
            name = run.shown_name(relative)
            saved[name] = linecache.cache.get(name)
            lines = text.splitlines(keepends=True)
            if lines and not lines[-1].endswith("\n"):
                lines[-1] += "\n"
            linecache.cache[name] = (len(text), None, lines, os.path.join(run.root, relative))

    def restore() -> None:
        for name, entry in saved.items():
            if entry is None:
                linecache.cache.pop(name, None)
            else:
                linecache.cache[name] = entry

    undo.push(restore)


def install_streams(undo: UndoStack, run: Any) -> None:
    saved = (sys.stdout, sys.stderr, sys.stdin, sys.__stdout__, sys.__stderr__, sys.__stdin__)
    # sys.__stdout__ too: under `python main.py` it is the same terminal
    sys.stdout = sys.__stdout__ = CapturedStream(run.capture, "stdout")
    sys.stderr = sys.__stderr__ = CapturedStream(run.capture, "stderr")
    sys.stdin = sys.__stdin__ = StdinStream(run.stdin)

    def restore() -> None:
        sys.stdout, sys.stderr, sys.stdin, sys.__stdout__, sys.__stderr__, sys.__stdin__ = saved

    undo.push(restore)


def install_folder(undo: UndoStack, run: Any) -> None:
    cwd = os.getcwd()
    environ = dict(os.environ)
    working = run.root
    location = run.request.location
    if run.located and location is not None and (os.path.isdir(location.cwd) or (
            not _system_path(location.cwd) and _make_folder(location.cwd, run.created))):
        working = location.cwd  # `python FILE` keeps the caller's folder
    os.chdir(working)
    _set_environ(dict(CLEAN_ENV, HOME=run.root, PWD=working))

    _tzset()

    def restore() -> None:
        _set_environ(environ)
        _tzset()
        os.chdir(cwd)
        for folder in reversed(run.created):  # only what this run made
            shutil.rmtree(folder, ignore_errors=True)

    undo.push(restore)


def _tzset() -> None:
    """Local time is UTC in a run (Pyodide's is anyway): both engines print the same clock."""
    if hasattr(time, "tzset"):
        time.tzset()


def _set_environ(wanted: dict[str, str]) -> None:
    for key in [k for k in os.environ if k not in wanted]:
        del os.environ[key]
    for key, value in wanted.items():
        if os.environ.get(key) != value:
            os.environ[key] = value


def install_sys(undo: UndoStack, run: Any) -> None:
    saved = {name: getattr(sys, name) for name in (
        "argv", "path", "path_hooks", "meta_path", "excepthook", "unraisablehook", "displayhook",
        "dont_write_bytecode",
    )}
    saved_cache = dict(sys.path_importer_cache)
    recursion = sys.getrecursionlimit()
    digits = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else None
    hooks = sys.get_asyncgen_hooks()
    origin = sys.get_coroutine_origin_tracking_depth()
    gc_on, gc_thresholds = gc.isenabled(), gc.get_threshold()
    script_dir = os.path.dirname(os.path.join(run.root, run.entry))
    location = run.request.location
    sys.argv = [location.argv0 if run.located and location else run.entry, *run.argv]
    sys.path = [script_dir] + [p for p in saved["path"] if p and _is_library_path(p)]
    sys.path_hooks = [user_path_hook(run.root, absolute=run.located), *saved["path_hooks"]]
    sys.meta_path = [ImportGate(run.simulated_modules), *saved["meta_path"]]
    sys.dont_write_bytecode = True
    sys.excepthook = sys.__excepthook__
    sys.unraisablehook = sys.__unraisablehook__
    sys.displayhook = sys.__displayhook__
    # Creation sites of coroutines, for the never-awaited diagnostic (the warning text is unchanged).
    sys.set_coroutine_origin_tracking_depth(20)

    trace, profile = sys.gettrace(), sys.getprofile()

    def restore() -> None:
        if sys.gettrace() is not trace:
            sys.settrace(trace)
        if sys.getprofile() is not profile:
            sys.setprofile(profile)
        for name, value in saved.items():
            setattr(sys, name, value)
        sys.path_importer_cache.clear()
        sys.path_importer_cache.update(saved_cache)
        sys.setrecursionlimit(recursion)
        if digits is not None:
            sys.set_int_max_str_digits(digits)
        sys.set_asyncgen_hooks(*hooks)
        sys.set_coroutine_origin_tracking_depth(origin)
        gc.set_threshold(*gc_thresholds)
        (gc.enable if gc_on else gc.disable)()

    undo.push(restore)


def hide_harness_depth(undo: UndoStack, depth: int) -> None:
    """The harness's own frames sit below the program's <module>: raise the recursion limit by
    that much, and let sys.get/setrecursionlimit() report and take the program's view, so a
    runaway recursion stops at the same depth as under `python main.py`."""
    real_get, real_set = sys.getrecursionlimit, sys.setrecursionlimit
    real_set(real_get() + depth)

    def getrecursionlimit() -> int:
        return real_get() - depth

    def setrecursionlimit(limit: int) -> None:
        if not isinstance(limit, int):
            real_set(limit)  # the real function raises its own TypeError
        if limit < 1:
            raise ValueError("recursion limit must be greater or equal than 1")
        real_set(limit + depth)

    getrecursionlimit.__doc__, setrecursionlimit.__doc__ = real_get.__doc__, real_set.__doc__
    undo.setattr(sys, "getrecursionlimit", getrecursionlimit)
    undo.setattr(sys, "setrecursionlimit", setrecursionlimit)


def _is_library_path(path: str) -> bool:
    full = os.path.abspath(path)
    return full != os.path.dirname(HARNESS_DIR) and not full.startswith(HARNESS_DIR)


def install_modules(undo: UndoStack, run: Any) -> None:
    """Hide Pyodide's FFI and the harness; drop the program's own modules afterwards."""
    saved = dict(sys.modules)
    run.modules_before = saved
    for name in list(sys.modules):
        if is_hidden(name) or name.partition(".")[0] in run.simulated_roots:
            del sys.modules[name]

    def restore() -> None:
        for name in [n for n in sys.modules if n not in saved]:
            if is_user_module(sys.modules[name], run.root) or _simulated(name, run):
                del sys.modules[name]
        for name, module in saved.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module

    undo.push(restore)


def _simulated(name: str, run: Any) -> bool:
    return name.partition(".")[0] in run.simulated_roots or name == "__main__"


_PRISTINE: list[Pristine] = []


def install_snapshots(undo: UndoStack) -> None:
    """A program may monkeypatch asyncio, json, time or builtins; the harness and the next run get
    them back intact."""
    import warnings
    if not _PRISTINE:
        # json too: the harness writes its answer with it after the program has run.
        import json  # noqa: F401 — imported so Pristine finds json and its submodules
        _PRISTINE.append(Pristine(("asyncio", "json"), (time, warnings, builtins)))
    undo.push(_PRISTINE[0].restore)


# Emscripten's libc runs system() through Node's child_process when Pyodide runs in Node. The
# audit hook (lockdown.py) refuses every way to start a program, posix.* included; these names
# just say so in the words of the function the program called.
_PROCESS_STARTERS = ("system", "popen", "fork", "forkpty", "posix_spawn", "posix_spawnp",
                     "execv", "execve", "execl", "execle", "execlp", "execlpe", "execvp",
                     "execvpe", "spawnv", "spawnve", "spawnl", "spawnle", "spawnlp", "spawnlpe",
                     "spawnvp", "spawnvpe")


def writable_folders(run: Any) -> list[str]:
    """Where the program may write besides /tmp and $HOME: its folder, and the working folder
    of a located run unless that is a system folder (`looplab run` from /)."""
    cwd = os.getcwd()
    return [run.root] + ([cwd] if cwd != run.root and not _system_path(cwd) else [])


def install_process_guard(undo: UndoStack, *folders: str) -> None:
    """The program's restrictions, last thing before it starts: from here the audit hook refuses
    (a no-op where no engine sealed the interpreter, as in the harness's own unit tests)."""
    if sys.platform == "emscripten":
        import errno

        def refuse(name: str) -> Any:
            def refused(*_args: Any, **_kwargs: Any) -> Any:
                raise OSError(errno.ENOSYS,
                              f"the LoopLab sandbox cannot start other programs (os.{name})")
            refused.__name__ = refused.__qualname__ = name
            return refused

        for name in _PROCESS_STARTERS:
            if hasattr(os, name):
                undo.setattr(os, name, refuse(name))
    lockdown.enter_strict(*folders)


def install_signal(undo: UndoStack, run: Any) -> None:
    """SIGINT (the engine's interrupt) raises KeyboardInterrupt wherever the program is — also
    inside a busy coroutine, where asyncio.Runner's own handler would only cancel the main task."""
    try:
        previous = signal.getsignal(signal.SIGINT)
        signal.signal(signal.SIGINT, run.on_interrupt)
    except (ValueError, OSError, AttributeError):  # not the main thread: leave it alone
        return
    undo.push(lambda: signal.signal(signal.SIGINT, previous))


__all__ = ["HIDDEN_ROOTS", "write_files", "install_streams", "install_folder", "install_sys",
           "install_modules", "install_snapshots", "install_signal", "install_process_guard"]
