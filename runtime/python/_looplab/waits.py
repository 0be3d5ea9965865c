"""What a suspended task is waiting for, in words, and the learner's line where it waits.

A task's coroutine chain (cr_await → … → the awaited future) is walked outermost first. The first
asyncio function or method on it names the wait ("sleep(1)", "Queue.get()"); a learner who awaits a
task or future directly gets that object named instead ("Task-3", "gather(3)", "Future").
"""
from __future__ import annotations

import asyncio
import gc
import os
import sys
import weakref
from types import CoroutineType, FrameType, GeneratorType
from typing import Any

ASYNCIO_DIR = os.path.dirname(os.path.abspath(asyncio.__file__)) + os.sep
_WRAPPER_TYPES = {"async_generator_asend", "async_generator_athrow", "coroutine_wrapper"}
# A local of this name in a frame says in words what it awaits (web/sim_aiohttp.py)
_MARKER = "_looplab_awaiting"

# futures made by the loop's inline run_in_executor → the function's name
executor_futures: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def _frame_of(obj: Any) -> FrameType | None:
    for attr in ("cr_frame", "gi_frame", "ag_frame"):
        frame = getattr(obj, attr, None)
        if frame is not None:
            return frame
    return None


def _inner(obj: Any) -> Any:
    for attr in ("cr_await", "gi_yieldfrom", "ag_await"):
        if hasattr(obj, attr):
            return getattr(obj, attr)
    if type(obj).__name__ in _WRAPPER_TYPES:
        # these wrappers hide the generator they drive; the garbage collector can still see it
        for ref in gc.get_referents(obj):
            if _frame_of(ref) is not None or hasattr(ref, "cr_await"):
                return ref
    return None


# Coroutines and generators, the links of almost every chain: their frame and what they await are
# read directly (this runs at every task step; docs/performance.md).
_DIRECT: dict[type, tuple[str, str]] = {
    CoroutineType: ("cr_frame", "cr_await"),
    GeneratorType: ("gi_frame", "gi_yieldfrom"),
}


def coroutine_frames(coro: Any) -> list[FrameType]:
    """Frames of a suspended coroutine chain, outermost first."""
    frames: list[FrameType] = []
    seen: set[int] = set()
    obj = coro
    while obj is not None and id(obj) not in seen and len(frames) < 100:
        seen.add(id(obj))
        direct = _DIRECT.get(type(obj))
        if direct is not None:
            frame = getattr(obj, direct[0])
            if frame is not None:
                frames.append(frame)
            obj = getattr(obj, direct[1])
            continue
        frame = _frame_of(obj)
        if frame is not None:
            frames.append(frame)
        obj = _inner(obj)
    return frames


def line_in(frames: list[FrameType], entry: str) -> int | None:
    """The innermost line in the entry file among `frames` (outermost first)."""
    for frame in reversed(frames):
        if frame.f_code.co_filename == entry:
            return frame.f_lineno
    return None


def stack_line(entry: str, frame: FrameType | None = None) -> int | None:
    """The innermost line of the entry file on the current call stack."""
    frame = frame or sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename == entry:
            return frame.f_lineno
        frame = frame.f_back
    return None


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if not isinstance(value, (int, float)) else str(value)


def _callable_name(func: Any) -> str:
    while hasattr(func, "func"):  # functools.partial, as to_thread builds
        func = func.func
    inner = getattr(func, "__self__", None)
    if getattr(func, "__name__", "") == "run" and inner is not None and type(inner).__name__ == "Context":
        return "a function"
    return getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or "a function"


def _describe_frame(frame: FrameType) -> str | None:
    code = frame.f_code
    # f_locals builds a mapping of every local: read it only where a name could be found in it
    if _MARKER in code.co_varnames or _MARKER in code.co_cellvars or _MARKER in code.co_freevars:
        marker = frame.f_locals.get(_MARKER)
        if isinstance(marker, str):
            return marker
    filename = code.co_filename
    if not filename.startswith(ASYNCIO_DIR):
        return None
    local = frame.f_locals
    name = code.co_name
    module = os.path.basename(filename)
    if module == "tasks.py":
        if name == "sleep":
            return f"sleep({_number(local.get('delay'))})"
        if name == "wait_for":
            return f"wait_for(…, timeout={_number(local.get('timeout'))})"
        if name in ("wait", "_wait"):
            fs = local.get("fs")
            return f"wait({len(fs)})" if fs is not None and hasattr(fs, "__len__") else "wait()"
        if name == "_wait_for_one":
            return "as_completed()"
        if name == "__sleep0":
            return "sleep(0)"
        return None
    if module == "threads.py" and name == "to_thread":
        return f"to_thread({_callable_name(local.get('func'))})"
    if module == "timeouts.py":
        return None
    this = local.get("self")
    if this is not None and not name.startswith("_"):
        return f"{type(this).__name__}.{name}()"
    return None


def describe_future(fut: Any) -> str:
    if fut is None:
        return "sleep(0)"
    if isinstance(fut, asyncio.Task):
        return fut.get_name()
    if type(fut).__name__ == "_GatheringFuture":
        return f"gather({len(getattr(fut, '_children', ()))})"
    name = executor_futures.get(fut)
    if name is not None:
        return f"run_in_executor({name})"
    for callback in getattr(fut, "_callbacks", None) or ():
        function = callback[0] if isinstance(callback, tuple) else callback
        if "_outer_done_callback" in getattr(function, "__qualname__", ""):
            return "shield(…)"
    return "Future"


def wait_line(task: Any, entry: str) -> int | None:
    """The entry-file line where `task` waits (describe_wait's line alone, for less work)."""
    return line_in(coroutine_frames(task.get_coro()), entry)


def describe_wait(task: Any, entry: str) -> tuple[str, int | None]:
    """(what `task` awaits, the entry-file line where it waits)."""
    frames = coroutine_frames(task.get_coro())
    line = line_in(frames, entry)
    for frame in frames:
        text = _describe_frame(frame)
        if text:
            return text, line
    return describe_future(getattr(task, "_fut_waiter", None)), line
