"""time.* on the virtual clock, installed for the duration of a run.

Each replacement looks up the active run when called, so a reference kept after the run (for
instance by a stdlib module first imported during it) quietly falls back to the real function.
"""
from __future__ import annotations

import time as _time
from collections.abc import Callable
from typing import Any

from . import state
from .clock import EPOCH, MONOTONIC_BASE

REAL = {name: getattr(_time, name) for name in (
    "time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "sleep",
    "localtime", "gmtime", "ctime", "asctime", "strftime",
)}


def _clock() -> Any:
    run = state.active
    return run.clock if run is not None and not run.realtime else None


def _reader(name: str, base: float, scale: int | None) -> Callable[[], Any]:
    real = REAL[name]

    def read() -> Any:
        clock = _clock()
        if clock is None:
            return real()
        now = clock.tick()
        if scale is None:
            return base + now
        return int(base) * scale + round(now * scale)

    read.__name__ = read.__qualname__ = name
    read.__doc__ = real.__doc__
    return read


def sleep(seconds: float) -> None:
    clock = _clock()
    if clock is None:
        return REAL["sleep"](seconds)
    if not isinstance(seconds, (int, float)):
        REAL["sleep"](seconds)  # let the real function raise its own TypeError
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    run = state.active
    if clock.span is None:
        run.checks.blocking_call(f"time.sleep({_fmt(seconds)})", float(seconds))
    run.threads.sleep(float(seconds))


def _fmt(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else repr(seconds)


def _wall(t: Any) -> Any:
    if t is not None:
        return t
    clock = _clock()
    return REAL["time"]() if clock is None else EPOCH + clock.peek()


# Local time is UTC inside runs, so both engines print the same clock times.
def localtime(secs: Any = None) -> Any:
    return REAL["gmtime"](_wall(secs))


def gmtime(secs: Any = None) -> Any:
    return REAL["gmtime"](_wall(secs))


def ctime(secs: Any = None) -> str:
    return REAL["asctime"](REAL["gmtime"](_wall(secs)))


def asctime(t: Any = None) -> str:
    return REAL["asctime"](t if t is not None else REAL["gmtime"](_wall(None)))


def strftime(fmt: str, t: Any = None) -> str:
    return REAL["strftime"](fmt, t if t is not None else REAL["gmtime"](_wall(None)))


def replacements() -> dict[str, Any]:
    table: dict[str, Any] = {
        "time": _reader("time", EPOCH, None),
        "time_ns": _reader("time_ns", EPOCH, 1_000_000_000),
        "monotonic": _reader("monotonic", MONOTONIC_BASE, None),
        "monotonic_ns": _reader("monotonic_ns", MONOTONIC_BASE, 1_000_000_000),
        "perf_counter": _reader("perf_counter", MONOTONIC_BASE, None),
        "perf_counter_ns": _reader("perf_counter_ns", MONOTONIC_BASE, 1_000_000_000),
        "sleep": sleep,
        "localtime": localtime,
        "gmtime": gmtime,
        "ctime": ctime,
        "asctime": asctime,
        "strftime": strftime,
    }
    return table


TABLE = replacements()
