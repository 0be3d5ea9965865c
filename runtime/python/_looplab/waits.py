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
from types import CodeType, CoroutineType, FrameType, GeneratorType
from collections.abc import Callable
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


# Coroutines and generators, the links of almost every chain: their frame, code and what they
# await are read directly (this runs at every task step; docs/performance.md). The code is read
# once per link and handed along: every read of f_code or cr_code is an audit event (lockdown.py).
_DIRECT: dict[type, tuple[str, str, str]] = {
    CoroutineType: ("cr_frame", "cr_code", "cr_await"),
    GeneratorType: ("gi_frame", "gi_code", "gi_yieldfrom"),
}
_CHAIN_LIMIT = 200

Link = tuple[FrameType, CodeType]


def coroutine_chain(coro: Any) -> list[Link]:
    """(frame, code) of each link of a suspended coroutine chain, outermost first."""
    links: list[Link] = []
    obj = coro
    # A bounded walk, not a set of ids seen: a chain that loops back ends here too, and each id()
    # would be an audit event (lockdown.py) at every task step.
    for _ in range(_CHAIN_LIMIT):
        if obj is None or len(links) >= 100:
            break
        direct = _DIRECT.get(type(obj))
        if direct is not None:
            frame = getattr(obj, direct[0])
            if frame is not None:
                links.append((frame, getattr(obj, direct[1])))
            obj = getattr(obj, direct[2])
            continue
        frame = _frame_of(obj)
        if frame is not None:
            links.append((frame, frame.f_code))
        obj = _inner(obj)
    return links


def coroutine_frames(coro: Any) -> list[FrameType]:
    """Frames of a suspended coroutine chain, outermost first."""
    return [frame for frame, _ in coroutine_chain(coro)]


def line_in(frames: list[FrameType], entry: str) -> int | None:
    """The innermost line in the entry file among `frames` (outermost first)."""
    for frame in reversed(frames):
        if frame.f_code.co_filename == entry:
            return frame.f_lineno
    return None


def _line_in_chain(links: list[Link], entry: str) -> int | None:
    for frame, code in reversed(links):
        if code.co_filename == entry:
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


def _marker_of(frame: FrameType) -> str | None:
    marker = frame.f_locals.get(_MARKER)
    return marker if isinstance(marker, str) else None


def _asyncio_plan(code: CodeType) -> Callable[[FrameType], str | None] | None:
    """How a frame of asyncio's own `code` names its wait, read from its locals (None: it does
    not; asyncio's next frame or the awaited future will)."""
    name = code.co_name
    module = os.path.basename(code.co_filename)
    if module == "tasks.py":
        if name == "sleep":
            return lambda frame: f"sleep({_number(frame.f_locals.get('delay'))})"
        if name == "wait_for":
            return lambda frame: f"wait_for(…, timeout={_number(frame.f_locals.get('timeout'))})"
        if name in ("wait", "_wait"):
            def wait(frame: FrameType) -> str:
                fs = frame.f_locals.get("fs")
                return f"wait({len(fs)})" if fs is not None and hasattr(fs, "__len__") else "wait()"
            return wait
        if name == "_wait_for_one":
            return lambda frame: "as_completed()"
        if name == "__sleep0":
            return lambda frame: "sleep(0)"
        return None
    if module == "threads.py" and name == "to_thread":
        return lambda frame: f"to_thread({_callable_name(frame.f_locals.get('func'))})"
    if module == "timeouts.py" or name.startswith("_") or (
            "self" not in code.co_varnames and "self" not in code.co_cellvars):
        return None

    def method(frame: FrameType) -> str | None:
        this = frame.f_locals.get("self")
        return f"{type(this).__name__}.{name}()" if this is not None else None
    return method


def _plan(code: CodeType) -> Callable[[FrameType], str | None] | None:
    asyncio_plan = _asyncio_plan(code) if code.co_filename.startswith(ASYNCIO_DIR) else None
    if _MARKER in code.co_varnames or _MARKER in code.co_cellvars or _MARKER in code.co_freevars:
        def marked(frame: FrameType) -> str | None:
            return _marker_of(frame) or (asyncio_plan(frame) if asyncio_plan is not None else None)
        return marked
    return asyncio_plan


# Every suspended task step is described (docs/performance.md): what to read from a frame is
# decided once per code object. f_locals builds a view of every local, so a frame is only asked
# for the one name its code could hold. Bounded: a program can make code objects without end.
_PLANS: dict[CodeType, Callable[[FrameType], str | None] | None] = {}
_PLANS_CAP = 4096


def _describe_frame(frame: FrameType, code: CodeType) -> str | None:
    try:
        plan = _PLANS[code]
    except KeyError:
        if len(_PLANS) >= _PLANS_CAP:
            _PLANS.clear()
        plan = _PLANS[code] = _plan(code)
    return plan(frame) if plan is not None else None


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
    return _line_in_chain(coroutine_chain(task.get_coro()), entry)


def describe_wait(task: Any, entry: str) -> tuple[str, int | None]:
    """(what `task` awaits, the entry-file line where it waits)."""
    links = coroutine_chain(task.get_coro())
    line = _line_in_chain(links, entry)
    for frame, code in links:
        text = _describe_frame(frame, code)
        if text:
            return text, line
    return describe_future(getattr(task, "_fut_waiter", None)), line
