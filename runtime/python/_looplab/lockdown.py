"""The first line of containment: what a learner's program may not do, refused where it happens.

An audit hook (PEP 578) is installed once per interpreter by `seal()`, before the engine takes the
image every job starts from. A program can neither list, remove nor replace an audit hook, and an
import refused here cannot be bypassed by taking an object off `sys.meta_path`. The hook is
dormant until a program starts (`enter_strict()`); from then on it stays on for the rest of the
job, and the next job starts from the image again (SECURITY.md, "Layers").

This is NOT the defence: a program that escapes Python is assumed to own the interpreter (which is
why the verdict is computed elsewhere, the JavaScript bridge is cut on the JavaScript side, and the
process runs in an OS sandbox). It makes the known doors refuse with words a learner can read.
"""
from __future__ import annotations

import errno
import importlib
import os
import sys
import tempfile
from collections.abc import Callable
from typing import Any

from .state import is_harness_file

# Modules that reach outside plain Python (JavaScript, C, the host) or into the harness itself.
BLOCKED_ROOTS = frozenset({
    "ctypes", "_ctypes", "js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "micropip",
    "_looplab", "looplab_cpython", "looplab_checks", "looplab_probes", "_posixsubprocess",
})

_PROCESS_EVENTS = frozenset({
    "os.system", "os.exec", "os.spawn", "os.posix_spawn", "os.fork", "os.forkpty", "os.kill",
    "os.killpg", "subprocess.Popen", "pty.spawn", "os.startfile", "webbrowser.open",
})
_NETWORK_EVENTS = frozenset({"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"})
_CODE_EVENTS = frozenset({"code.__new__"})
# Imports of compiled modules go through marshal.loads: refused only when a program calls it.
_MARSHAL_EVENTS = frozenset({"marshal.loads", "marshal.load"})
_INTROSPECTION_EVENTS = frozenset({
    "gc.get_objects", "gc.get_referrers", "gc.get_referents", "sys._current_frames",
    "sys._current_exceptions",
})
# Events that change the file system, with the positions of the paths they change.
_FILE_CHANGES: dict[str, tuple[int, ...]] = {
    "os.remove": (0,), "os.rename": (0, 1), "os.rmdir": (0,), "os.mkdir": (0,),
    "os.chmod": (0,), "os.chown": (0,), "os.link": (0, 1), "os.symlink": (1,),
    "os.truncate": (0,), "os.utime": (0,), "os.chflags": (0,), "os.lchflags": (0,),
    "os.mkfifo": (0,), "os.mknod": (0,), "shutil.rmtree": (0,), "shutil.copyfile": (1,),
    "shutil.copymode": (1,), "shutil.copystat": (1,), "shutil.move": (1,),
}
# Every event _judge can refuse (besides the "ctypes." ones). The interpreter calls the hook for
# every event, and the harness's own task tracing raises ~900 in a run of 100 tasks
# (object.__getattr__ for f_code, cr_code and cr_frame; sys._getframe): those return before any
# other work (docs/performance.md).
_JUDGED_EVENTS = frozenset({
    "import", "sys.addaudithook", "open", *_PROCESS_EVENTS, *_NETWORK_EVENTS, *_CODE_EVENTS,
    *_MARSHAL_EVENTS, *_INTROSPECTION_EVENTS, *_FILE_CHANGES,
})
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

_sealed = False
_THIS_FILE = os.path.abspath(__file__)
_TMP = os.path.realpath(tempfile.gettempdir())
_IMPORTLIB_DIR = os.path.dirname(os.path.abspath(importlib.__file__ or ""))


def seal() -> None:
    """Install the hook (once per interpreter). Called by every engine right after boot."""
    global _sealed
    if _sealed:
        return
    _sealed = True
    writable = tuple(sorted({os.path.realpath(tempfile.gettempdir()),
                             os.path.realpath(os.path.expanduser("~"))}))
    sys.addaudithook(_make_hook(writable))


def enter_strict(*folders: str) -> None:
    """A program is about to run from its folder (and, located, its caller's working folder):
    from here to the end of the job, the hook refuses (those folders are where it may write,
    besides /tmp and $HOME)."""
    sys.audit("looplab.strict", *folders)


def _make_hook(writable: tuple[str, ...]) -> Callable[[str, tuple[Any, ...]], None]:
    # Both flags live only in this closure; the hook function itself is referenced by the
    # interpreter's hook list alone.
    strict = False
    busy = False

    def hook(event: str, args: tuple[Any, ...]) -> None:
        nonlocal strict, busy, writable
        if busy:
            return  # an event raised while this hook looks at the caller's frame
        if (event not in _JUDGED_EVENTS and event != "looplab.strict"
                and not event.startswith("ctypes.")):
            return
        if not strict:
            if event == "looplab.strict":
                strict = True
                writable += tuple(os.path.realpath(folder) for folder in args
                                  if isinstance(folder, str) and folder)
            return
        busy = True
        try:
            _judge(event, args, writable)
        finally:
            busy = False

    return hook


def _judge(event: str, args: tuple[Any, ...], writable: tuple[str, ...]) -> None:
    if event == "import":
        name = args[0] if args and isinstance(args[0], str) else ""
        if name.partition(".")[0] in BLOCKED_ROOTS and not _from_harness():
            raise ModuleNotFoundError(
                f"No module named {name!r} (the LoopLab sandbox leaves out modules that reach "
                "outside Python)", name=name)
    elif event.startswith("ctypes."):
        raise PermissionError("ctypes is not available in the LoopLab sandbox")
    elif event in _PROCESS_EVENTS:
        raise PermissionError(errno.EPERM, "the LoopLab sandbox cannot start or signal other "
                                           f"programs ({event})")
    elif event in _NETWORK_EVENTS:
        raise OSError(errno.ENETUNREACH, "Network is unreachable (the LoopLab sandbox has no "
                                         "network; the simulated web needs none)")
    elif event in _CODE_EVENTS:
        if not _from_program(writable):
            return  # the standard library's own use (types.coroutine sets a flag this way)
        raise PermissionError(f"{event} is not available in the LoopLab sandbox: a program "
                              "cannot build code objects by hand")
    elif event in _MARSHAL_EVENTS:
        if not _from_import_machinery():
            raise PermissionError(f"{event} is not available in the LoopLab sandbox: a program "
                                  "cannot build code objects by hand")
    elif event in _INTROSPECTION_EVENTS:
        if not _from_harness():
            raise PermissionError(f"{event}() is not available in the LoopLab sandbox")
    elif event == "sys.addaudithook":
        raise PermissionError("sys.addaudithook() is not available in the LoopLab sandbox")
    elif event == "open":
        if _opens_for_writing(args) and not _inside(args[0], writable):
            raise PermissionError(errno.EACCES, "a program in the LoopLab sandbox can write only "
                                                "in its own folder and in /tmp", _shown(args[0]))
    elif event in _FILE_CHANGES:
        for index in _FILE_CHANGES[event]:
            if index < len(args) and not _inside(args[index], writable):
                raise PermissionError(errno.EACCES, "a program in the LoopLab sandbox can change "
                                                    "files only in its own folder and in /tmp",
                                      _shown(args[index]))


def _from_harness() -> bool:
    """The nearest caller outside this module and the import machinery is harness code."""
    frame = sys._getframe(1)
    while frame is not None:
        filename = frame.f_code.co_filename
        if not (filename.startswith("<frozen ") or _same_file(filename, _THIS_FILE)
                or os.path.dirname(filename) == _IMPORTLIB_DIR):
            return is_harness_file(filename)
        frame = frame.f_back
    return False


def _from_program(writable: tuple[str, ...]) -> bool:
    """The nearest caller outside this module is the program's own code: compiled under a path
    relative to its folder (main.py, pkg/mod.py), or found where a program may write (/tmp, its
    folder: `looplab run` compiles it under the folder's absolute path, request.py `location`)."""
    frame = sys._getframe(1)
    while frame is not None:
        filename = frame.f_code.co_filename
        if not _same_file(filename, _THIS_FILE):
            return not os.path.isabs(filename) or _inside(filename, (_TMP, *writable))
        frame = frame.f_back
    return True


def _from_import_machinery() -> bool:
    """The nearest caller outside this module is importlib's own bootstrap code."""
    frame = sys._getframe(1)
    while frame is not None:
        filename = frame.f_code.co_filename
        if not _same_file(filename, _THIS_FILE):
            return filename.startswith("<frozen importlib")
        frame = frame.f_back
    return False


def _same_file(a: str, b: str) -> bool:
    return os.path.abspath(a) == b


def _opens_for_writing(args: tuple[Any, ...]) -> bool:
    mode = args[1] if len(args) > 1 else None
    flags = args[2] if len(args) > 2 else 0
    if isinstance(mode, str) and any(c in mode for c in "wax+"):
        return True
    return isinstance(flags, int) and bool(flags & _WRITE_FLAGS)


def _inside(path: Any, roots: tuple[str, ...]) -> bool:
    if isinstance(path, int):
        return True  # an open descriptor: its file was checked when it was opened
    try:
        full = os.path.realpath(os.fsdecode(os.fspath(path)))
    except (TypeError, ValueError):
        return False
    return any(full == root or full.startswith(root + os.sep) for root in roots)


def _shown(path: Any) -> str:
    try:
        return os.fsdecode(os.fspath(path))
    except (TypeError, ValueError):
        return repr(path)


# Pyodide's own modules: its bridge to JavaScript (`js`, `pyodide_js`, `pyodide.ffi`, `pyodide.code`)
# and what implements it. The harness needs none of them once the interpreter has booted.
_PYODIDE_ROOTS = frozenset({"js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "micropip"})


def cut_pyodide_bridge() -> None:
    """Pyodide only, once, before the image jobs start from. The finder that serves `import js`
    goes (with its table of JavaScript objects), and Pyodide's modules leave `sys.modules` with
    their namespaces emptied, so a program that finds one anyway (through a function's
    `__globals__`) finds nothing to call. Pyodide's JavaScript keeps its own references to what
    it needs. The JavaScript side neuters the objects themselves (engines/pyodide/bridge.ts)."""
    if sys.platform != "emscripten":
        return
    for finder in list(sys.meta_path):
        owner = finder if isinstance(finder, type) else type(finder)
        if owner.__module__.partition(".")[0] in _PYODIDE_ROOTS:
            for value in list(vars(finder).values()):
                if isinstance(value, dict):
                    value.clear()
            sys.meta_path.remove(finder)
    for name in list(sys.modules):
        if name.partition(".")[0] in _PYODIDE_ROOTS | {"ctypes", "_ctypes"}:
            module = sys.modules.pop(name)
            namespace = getattr(module, "__dict__", None)
            if isinstance(namespace, dict):
                for key in [k for k in namespace if k not in ("__name__", "__spec__")]:
                    del namespace[key]


__all__ = ["BLOCKED_ROOTS", "cut_pyodide_bridge", "enter_strict", "seal"]
