"""Threads under virtual time, the same in Pyodide (which cannot start threads) and on CPython.

A simulated thread (a `threading.Thread`, an executor's worker running a job) runs on the one real
thread, on a clock of its own (clock.ThreadSpan): its `time.sleep` moves only its own time, its
output is stamped with its time and merged with everyone else's in time order (capture.py).
Threads start at the instant `start()`/`submit()` was called, but their code runs when the thread
that started them next waits (the loop's selector, a blocking call): from then on it runs to its
end, or until it waits for something nothing can give it yet (it is then abandoned, and reported
if the program waits for it). Whatever one thread hands another carries the giver's time: a
notified waiter, a queue item, a set Event, a released lock, a finished future are seen no earlier
than they happened. Executors keep CPython's worker limits and queueing order (FIFO; an idle
worker first, else a new one up to max_workers, else the job waits for the first free worker).

The main thread's timeline holds *events* (clock.py): a thread starting, a job finishing, a
thread's `call_soon_threadsafe`. A thread that blocks lets the world move on meanwhile: events in
time order, and an event loop that is idle in its selector (so `run_coroutine_threadsafe(...)`
`.result()` from executor work works) or that runs `run_forever()` in a thread of its own.
"""
from __future__ import annotations

import collections
import concurrent.futures
import contextvars
import errno
import functools
import heapq
import itertools
import math
import os
import queue
import sys
import threading
import weakref
from asyncio import events
from concurrent.futures import _base
from collections.abc import Callable
from typing import Any

from . import state
from .clock import ThreadSpan, VirtualClock
from .restore import UndoStack
from .state import RunAborted, ThreadPastLimit, is_harness_file

# The CPU count a run reports (os.cpu_count() and friends): the default executor, like
# ThreadPoolExecutor(), has min(32, CPU_COUNT + 4) = 8 workers.
CPU_COUNT = 4
DEFAULT_MAX_WORKERS = min(32, CPU_COUNT + 4)

STOCK_THREAD = {name: getattr(threading.Thread, name) for name in
                ("start", "join", "is_alive", "__repr__")}
STOCK_CURRENT_THREAD = threading.current_thread
STOCK_GET_IDENT = threading.get_ident
STOCK_GET_NATIVE_ID = getattr(threading, "get_native_id", None)
STOCK_ENUMERATE = threading.enumerate
STOCK_QUEUE = {name: getattr(queue.Queue, name) for name in ("put", "get", "task_done", "join")}
STOCK_SEMAPHORE = {name: getattr(threading.Semaphore, name) for name in ("__init__", "acquire", "release")}
STOCK_BOUNDED_RELEASE = threading.BoundedSemaphore.release
ALLOCATE_LOCK = threading._allocate_lock  # type: ignore[attr-defined]
# Idents as CPython's look (addresses of thread states), different per thread, the same every run.
_IDENT_BASE = 0x7F3C_8A5F_F6C0
_IDENT_STEP = 0x80_1000


class _Stuck(BaseException):
    """Unwinds a simulated thread that waits for something nothing can give it now."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class _Idle(BaseException):
    """A loop driven by a blocked thread has nothing to do."""


class SimThread:
    """What the run knows of a thread it started."""

    __slots__ = ("thread", "ident", "native_id", "start", "end", "ended", "stuck", "loop",
                 "past_limit", "ran", "__weakref__")

    def __init__(self, thread: threading.Thread, ident: int, native_id: int, start: float) -> None:
        self.thread = thread
        self.ident = ident
        self.native_id = native_id
        self.start = start
        self.end: float | None = None  # known once its code has run to the end
        self.ended = False  # the main timeline has reached `end`
        self.stuck: str | None = None  # what it waited for when it was abandoned
        self.loop: Any = None  # a loop it runs with run_forever() (driven step by step)
        self.past_limit = False
        self.ran = False  # its code has run (threads start lazily: see Threads.start_thread)


class Threads:
    """One run's threads, executors and the waiting that drives them."""

    def __init__(self, run: Any) -> None:
        self.run = run
        self.clock: VirtualClock = run.clock
        self.current: threading.Thread | None = None  # the simulated thread running (None: main)
        self.infos: dict[int, SimThread] = {}
        self.loops: weakref.WeakSet[Any] = weakref.WeakSet()
        self.background: list[SimThread] = []
        self.executors: list[weakref.ref[Any]] = []
        self.notified: dict[Any, float] = {}
        self.stuck: list[tuple[str, str]] = []
        self.past_limit = False
        self.shutting_down = False
        self._count = 0

    # ---- where we are --------------------------------------------------------------------------
    def now(self) -> float:
        return self.clock.peek()

    def info(self, thread: Any) -> SimThread | None:
        return self.infos.get(id(thread))

    def current_thread(self) -> threading.Thread:
        return self.current if self.current is not None else STOCK_CURRENT_THREAD()

    def _enter(self, span: ThreadSpan | None, thread: threading.Thread | None) -> tuple[Any, Any, Any]:
        clock = self.clock
        saved = (clock.span, self.current, events._get_running_loop())
        clock.span = span
        self.current = thread
        events._set_running_loop(None)
        return saved

    def _leave(self, saved: tuple[Any, Any, Any]) -> None:
        self.clock.span, self.current, running = saved
        events._set_running_loop(running)

    def register(self, thread: threading.Thread, start: float) -> SimThread:
        self._count += 1
        info = SimThread(thread, _IDENT_BASE + self._count * _IDENT_STEP,
                         _native_base() + self._count, start)
        self.infos[id(thread)] = info
        thread._ident = info.ident  # type: ignore[attr-defined]
        if hasattr(thread, "_native_id"):
            thread._native_id = info.native_id  # type: ignore[attr-defined]
        return info

    # ---- waiting ---------------------------------------------------------------------------------
    def wait_until(self, when: float) -> None:
        """The current thread waits until `when` (its own time)."""
        span = self.clock.span
        if span is not None:
            if when > self.clock._span_limit():
                self.clock._span_past_limit(span)
            span.advance_to(when)
            return
        if when > self.clock.now:
            self.block_until(_never, when)

    def sleep(self, seconds: float) -> None:
        """time.sleep(): a thread's own clock moves; the main thread lets the world move on."""
        clock = self.clock
        if clock.span is not None:
            clock.span_sleep(seconds)
            return
        # threads started outside the loop wait until something needs them (they may be waiting
        # for what the main thread does after this sleep)
        self._drive(_never, clock.now + seconds, exclude=None, advance=True, lazy=False)

    def block_until(self, cond: Callable[[], bool], deadline: float | None = None, what: str = "",
                    exclude: Any = None) -> bool:
        """The current thread waits until `cond()` or its clock reaches `deadline`; True if
        `cond()` came true. Meanwhile other threads, idle event loops and events run."""
        if cond():
            return True
        clock = self.clock
        span = clock.span
        if span is None:
            ok = self._drive(cond, deadline, exclude=exclude, advance=True)
            if not ok and deadline is None:
                self._main_stuck(what)
            return ok
        if span.dead:
            raise ThreadPastLimit()
        saved = self._enter(None, None)
        try:
            ok = self._drive(cond, deadline, exclude=exclude, advance=False)
        finally:
            self._leave(saved)
        if ok:
            span.advance_to(clock.now)
            return True
        if deadline is None:
            span.dead = True
            raise _Stuck(what)
        self.wait_until(deadline)
        return cond()

    def _drive(self, cond: Callable[[], bool], deadline: float | None, *, exclude: Any,
               advance: bool, loops: bool = True, lazy: bool = True) -> bool:
        """Let the main timeline move on until cond() (True) or `deadline` (False)."""
        clock = self.clock
        while True:
            if cond():
                return True
            if deadline is not None and clock.now >= deadline:
                return False
            if loops and self._drive_loops(exclude, deadline):
                continue
            when = clock.next_event(lazy)
            if when is not None and (deadline is None or when <= deadline):
                clock.run_due(when, lazy)
                continue
            if deadline is not None and advance:
                clock.wait_until(deadline)
                return cond()
            return False

    def _drivable(self, exclude: Any) -> list[tuple[Any, SimThread | None]]:
        found: list[tuple[Any, SimThread | None]] = []
        for loop in list(self.loops):
            if (loop is not exclude and getattr(loop, "_ll_in_select", False)
                    and not loop._stopping and not loop.is_closed()):
                found.append((loop, None))
        for info in self.background:
            if info.loop is not exclude and info.end is None:
                found.append((info.loop, info))
        return found

    def _drive_loops(self, exclude: Any, deadline: float | None) -> bool:
        return any(self._drive_loop_once(loop, info, deadline) for loop, info in self._drivable(exclude))

    def _drive_loop_once(self, loop: Any, info: SimThread | None, deadline: float | None) -> bool:
        """One iteration of an idle loop, for a thread that waits (False: it had nothing to do)."""
        clock = self.clock
        saved_horizon = clock.horizon
        saved = (self.current, events._get_running_loop(), loop._ll_in_select)
        if deadline is not None:
            clock.horizon = deadline if saved_horizon is None else min(deadline, saved_horizon)
        self.current = info.thread if info is not None else None
        events._set_running_loop(loop)
        loop._ll_in_select = False
        loop._ll_driven += 1
        hooks = sys.get_asyncgen_hooks()
        if info is not None:
            sys.set_asyncgen_hooks(firstiter=loop._asyncgen_firstiter_hook,
                                   finalizer=loop._asyncgen_finalizer_hook)
        try:
            loop._run_once()
        except _Idle:
            return False
        finally:
            loop._ll_driven -= 1
            clock.horizon = saved_horizon
            self.current, running, loop._ll_in_select = saved
            events._set_running_loop(running)
            if info is not None:
                sys.set_asyncgen_hooks(*hooks)
        if info is not None and loop._stopping:
            self._background_loop_stopped(info)
        return True

    # ---- the event loop's selector ---------------------------------------------------------------
    def select(self, loop: Any, timeout: float | None) -> None:
        """Nothing to do in `loop` for `timeout` seconds (None: until woken): time passes, events
        happen; return early when one wakes the loop (a callback is ready)."""
        clock = self.clock
        now = clock.peek()
        if timeout is None:
            target: float | None = None
        elif timeout > 0:
            # Linux's epoll (CPython's default selector) waits whole milliseconds, rounded up
            target = now + math.ceil(timeout * 1e3) * 1e-3
        else:
            target = now
        if loop._ll_driven and clock.horizon is not None and (target is None or target > clock.horizon):
            target = max(now, clock.horizon)
        previous = loop._ll_in_select
        loop._ll_in_select = True
        try:
            if clock.span is None:
                woken = self._drive(lambda: bool(loop._ready), target, exclude=loop,
                                    advance=True, loops=False)
            else:  # a loop run by a simulated thread (asyncio.run() inside a thread)
                woken = self.block_until(lambda: bool(loop._ready), target,
                                         what="its event loop", exclude=loop)
            if woken or target is not None:
                return
            if loop._ll_driven:
                raise _Idle()
            self._loop_stuck(loop)
        finally:
            loop._ll_in_select = previous

    def _loop_stuck(self, loop: Any) -> None:
        run = self.run
        if self.past_limit:
            self.clock._limit_reached()
        run.deadlock(loop, sys._getframe(2), self.stuck_notes())
        raise RunAborted("deadlock")

    def _main_stuck(self, what: str) -> None:
        if self.past_limit:
            self.clock._limit_reached()
        self.run.thread_deadlock(what, self.stuck_notes())
        raise RunAborted("deadlock")

    def stuck_notes(self) -> list[str]:
        return [f"{name} stopped waiting for {what}: nothing could give it that at the time "
                "(LoopLab runs one thread at a time, each until it waits)"
                for name, what in self.stuck]

    # ---- threading.Thread ------------------------------------------------------------------------
    def start_thread(self, thread: threading.Thread) -> None:
        info = self.register(thread, self.now())
        thread._started.set()  # type: ignore[attr-defined]
        loop = _run_forever_target(thread)
        if loop is not None and getattr(loop, "_ll_run", None) is self.run:
            self._start_background_loop(info, loop)
            return
        if isinstance(thread, threading.Timer):
            when = info.start + max(0.0, float(thread.interval))
            self.clock.schedule(when, functools.partial(self._fire_timer, info))
            return
        self.clock.schedule(info.start, functools.partial(self._run_thread, info), lazy=True)

    def _run_thread(self, info: SimThread) -> None:
        info.ran = True
        thread = info.thread
        span = ThreadSpan(info.start, thread)
        saved = self._enter(span, thread)
        try:
            context = getattr(thread, "_context", None) or contextvars.Context()
            context.run(_thread_body, thread)
        except ThreadPastLimit:
            info.past_limit = self.past_limit = True
        except _Stuck as exc:
            info.stuck = exc.what
            self.stuck.append((thread.name, exc.what))
        finally:
            self._leave(saved)
        if info.stuck is None and not info.past_limit:
            self._finish_thread(info, span.now)

    def _finish_thread(self, info: SimThread, end: float) -> None:
        info.end = end
        self.clock.schedule(end, functools.partial(setattr, info, "ended", True))

    def _fire_timer(self, info: SimThread) -> None:
        timer: Any = info.thread
        span = ThreadSpan(max(info.start, self.clock.now), timer)
        saved = self._enter(span, timer)
        try:
            if not timer.finished.is_set():
                contextvars.Context().run(_call_guarded, timer, timer.function, *timer.args,
                                          **timer.kwargs)
            timer.finished.set()
        except ThreadPastLimit:
            info.past_limit = self.past_limit = True
        except _Stuck as exc:
            info.stuck = exc.what
        finally:
            self._leave(saved)
        if info.stuck is None and not info.past_limit:
            self._finish_thread(info, span.now)

    def _start_background_loop(self, info: SimThread, loop: Any) -> None:
        """`Thread(target=loop.run_forever)`: the loop is driven an iteration at a time whenever
        another thread waits, on the main timeline, as the thread it runs in."""
        loop._check_closed()
        loop._check_running()
        loop._thread_id = info.ident
        info.loop = loop
        self.background.append(info)

    def _background_loop_stopped(self, info: SimThread) -> None:
        loop = info.loop
        loop._stopping = False
        loop._thread_id = None
        self.background.remove(info)
        info.end = self.clock.now
        info.ended = True

    def finished_for_caller(self, info: SimThread) -> bool:
        if info.end is None:
            return False
        span = self.clock.span
        return info.ended if span is None else info.end <= span.now

    def join(self, thread: threading.Thread, timeout: float | None) -> None:
        info = self.info(thread)
        if info is None:
            return
        deadline = None if timeout is None else self.now() + max(0.0, timeout)
        span = self.clock.span
        if span is not None and info.end is not None:  # a thread that already ran: its end is known
            self.wait_until(info.end if deadline is None else min(info.end, deadline))
            return
        self.block_until(lambda: self.finished_for_caller(info), deadline,
                         what=f"{thread.name} to finish (join())")
        if span is not None and info.end is not None and info.end > span.now:
            self.wait_until(info.end if deadline is None else min(info.end, deadline))

    def is_alive(self, thread: threading.Thread) -> bool:
        info = self.info(thread)
        if info is None:
            return bool(STOCK_THREAD["is_alive"](thread))
        if thread is self.current:
            return True
        self.force(info)
        return not self.finished_for_caller(info)

    def force(self, info: SimThread) -> None:
        """A thread started outside the loop runs once the program asks about it."""
        if not info.ran and info.loop is None and not _is_worker(info.thread):
            self.block_until(lambda: info.ran, what=f"{info.thread.name} to start")

    # ---- the end of the program ------------------------------------------------------------------
    def at_exit(self) -> None:
        """What CPython does before atexit callbacks: wait for every non-daemon thread and
        executor job (threading._shutdown); daemon threads simply stop there."""
        self.shutting_down = True
        clock = self.clock
        while clock.run_due(clock.now):
            pass

        def settled() -> bool:
            for ref in self.executors:
                executor = ref()
                if executor is not None and not executor._ll_idle():
                    return False
            for info in self.infos.values():
                if info.thread.daemon or info.thread is self.current or _is_worker(info.thread):
                    continue
                if not self.finished_for_caller(info):
                    return False
            return True

        self.block_until(settled, what="its threads to finish at exit")
        # Daemon threads started before the end ran until then (no later than that).
        clock.cutoff = clock.now
        try:
            while clock.run_due(clock.now):
                pass
        finally:
            clock.cutoff = None


def _never() -> bool:
    return False


def _native_base() -> int:
    return STOCK_GET_NATIVE_ID() if STOCK_GET_NATIVE_ID is not None else 1000


def _run_forever_target(thread: threading.Thread) -> Any:
    target = getattr(thread, "_target", None)
    owner = getattr(target, "__self__", None)
    if getattr(target, "__name__", "") == "run_forever" and hasattr(owner, "_ll_in_select"):
        return owner
    return None


def _pruned(exc: BaseException) -> BaseException:
    """Tracebacks of a thread start where CPython's do: not in the harness."""
    tb = exc.__traceback__
    while tb is not None and is_harness_file(tb.tb_frame.f_code.co_filename):
        tb = tb.tb_next
    return exc.with_traceback(tb)


def _thread_body(thread: threading.Thread) -> None:
    try:
        thread.run()
    except (RunAborted, KeyboardInterrupt, ThreadPastLimit, _Stuck):
        raise
    except BaseException as exc:  # noqa: BLE001 — threading.excepthook reports it, as CPython does
        _pruned(exc)
        thread._invoke_excepthook(thread)  # type: ignore[attr-defined]


def _call_guarded(thread: threading.Thread, function: Callable[..., Any], *args: Any,
                  **kwargs: Any) -> None:
    try:
        function(*args, **kwargs)
    except (RunAborted, KeyboardInterrupt, ThreadPastLimit, _Stuck):
        raise
    except BaseException as exc:  # noqa: BLE001
        _pruned(exc)
        thread._invoke_excepthook(thread)  # type: ignore[attr-defined]


def _threads() -> Threads | None:
    run = state.active
    return run.threads if run is not None and not run.realtime else None


# ---- threading, patched for the run ---------------------------------------------------------------
def _thread_start(self: threading.Thread) -> None:
    threads = _threads()
    if threads is None:
        return STOCK_THREAD["start"](self)
    if not getattr(self, "_initialized", False):
        raise RuntimeError("thread.__init__() not called")
    if self._started.is_set():  # type: ignore[attr-defined]
        raise RuntimeError("threads can only be started once")
    threads.start_thread(self)


def _thread_join(self: threading.Thread, timeout: float | None = None) -> None:
    threads = _threads()
    if threads is None or threads.info(self) is None:
        return STOCK_THREAD["join"](self, timeout)
    if not self._started.is_set():  # type: ignore[attr-defined]
        raise RuntimeError("cannot join thread before it is started")
    if self is threads.current_thread():
        raise RuntimeError("cannot join current thread")
    threads.join(self, timeout)


def _thread_is_alive(self: threading.Thread) -> bool:
    threads = _threads()
    if threads is None or threads.info(self) is None:
        return bool(STOCK_THREAD["is_alive"](self))
    return threads.is_alive(self)


def _thread_repr(self: threading.Thread) -> str:
    threads = _threads()
    info = threads.info(self) if threads is not None else None
    if info is None:
        return str(STOCK_THREAD["__repr__"](self))
    status = "stopped" if not threads.is_alive(self) else "started"  # type: ignore[union-attr]
    if self.daemon:
        status += " daemon"
    status += f" {info.ident}"
    return f"<{type(self).__name__}({self.name}, {status})>"


def current_thread() -> threading.Thread:
    threads = _threads()
    return threads.current_thread() if threads is not None else STOCK_CURRENT_THREAD()


def get_ident() -> int:
    threads = _threads()
    if threads is None or threads.current is None:
        return STOCK_GET_IDENT()
    info = threads.info(threads.current)
    return info.ident if info is not None else STOCK_GET_IDENT()


def get_native_id() -> int:
    threads = _threads()
    if threads is None or threads.current is None:
        return _native_base()
    info = threads.info(threads.current)
    return info.native_id if info is not None else _native_base()


def enumerate_threads() -> list[threading.Thread]:
    threads = _threads()
    found = list(STOCK_ENUMERATE())
    if threads is not None:
        for info in list(threads.infos.values()):
            threads.force(info)
        found += [info.thread for info in threads.infos.values()
                  if info.thread not in found and threads.is_alive(info.thread)
                  and not _is_worker(info.thread)]
    return found


def active_count() -> int:
    return len(enumerate_threads())


def _is_worker(thread: Any) -> bool:
    return getattr(thread, "_ll_worker", False)


# ---- locks -----------------------------------------------------------------------------------------
_HOLDS_KEPT = 64


def _me() -> Any:
    threads = _threads()
    return threads.current if threads is not None and threads.current is not None else "main"


class _Holds:
    """When a lock (or a slot of a semaphore) was held, in virtual time: a thread that runs later
    but wants it at an instant someone else held it waits until they let go."""

    __slots__ = ("intervals",)

    def __init__(self) -> None:
        self.intervals: list[tuple[float, float, Any]] = []

    def free_at(self, when: float, me: Any, capacity: int = 1) -> float:
        for _ in range(_HOLDS_KEPT + 1):
            inside = [end for start, end, who in self.intervals
                      if who is not me and start <= when < end]
            if len(inside) < capacity:
                return when
            when = min(inside)
        return when

    def add(self, start: float, end: float, me: Any) -> None:
        if end > start:
            self.intervals.append((start, end, me))
            if len(self.intervals) > _HOLDS_KEPT:
                del self.intervals[0]


class Lock:
    """What threading.Lock() makes in a run: a lock between simulated threads."""

    __slots__ = ("_locked", "_owner", "_since", "_holds", "__weakref__")

    def __init__(self) -> None:
        self._locked = False
        self._owner: Any = None
        self._since = 0.0
        self._holds = _Holds()

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be positive")
        threads = _threads()
        if threads is None:  # a lock kept after its run: there is only one thread now
            if self._locked:
                return False
            self._locked = True
            return True
        me = _me()
        start = threads.now()
        deadline = None if timeout == -1 or not blocking else start + timeout
        if self._locked:
            if not blocking:
                return False
            if not threads.block_until(lambda: not self._locked, deadline, what="Lock.acquire()"):
                return False
        now = threads.now()
        free = self._holds.free_at(now, me)
        if free > now:
            if not blocking:
                return False
            if deadline is not None and free > deadline:
                threads.wait_until(deadline)
                return False
            threads.wait_until(free)
        self._locked = True
        self._owner = me
        self._since = threads.now()
        return True

    def release(self) -> None:
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        threads = _threads()
        if threads is not None:
            self._holds.add(self._since, threads.now(), self._owner)
        self._locked = False
        self._owner = None

    def locked(self) -> bool:
        return self._locked

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *_exc: Any) -> None:
        self.release()

    def _at_fork_reinit(self) -> None:
        self._locked = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __repr__(self) -> str:
        return f"<{'locked' if self._locked else 'unlocked'} _thread.lock object at {id(self):#x}>"


class RLock:
    """What threading.RLock() makes in a run."""

    __slots__ = ("_lock", "_owner", "_count", "__weakref__")

    def __init__(self) -> None:
        self._lock = Lock()
        self._owner: Any = None
        self._count = 0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        me = _me()
        if self._owner is me and self._count:
            self._count += 1
            return True
        if not self._lock.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self) -> None:
        if self._owner is not _me() or not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._lock.release()

    def __exit__(self, *_exc: Any) -> None:
        self.release()

    def locked(self) -> bool:
        return self._lock.locked()

    def _is_owned(self) -> bool:
        return self._owner is _me() and self._count > 0

    def _release_save(self) -> tuple[int, Any]:
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._lock.release()
        return state

    def _acquire_restore(self, state: tuple[int, Any]) -> None:
        self._lock.acquire()
        self._count, self._owner = state

    def _at_fork_reinit(self) -> None:
        self._lock = Lock()
        self._owner = None
        self._count = 0

    def __repr__(self) -> str:
        threads = _threads()
        owner = 0
        if self._owner is not None:
            info = threads.info(self._owner) if threads is not None and self._owner != "main" else None
            owner = info.ident if info is not None else STOCK_GET_IDENT()
        return (f"<{'locked' if self._count else 'unlocked'} _thread.RLock object owner={owner} "
                f"count={self._count} at {id(self):#x}>")


def _condition_wait(self: threading.Condition, timeout: float | None = None) -> bool:
    threads = _threads()
    if not self._is_owned():  # type: ignore[attr-defined]
        raise RuntimeError("cannot wait on un-acquired lock")
    waiter = ALLOCATE_LOCK()
    waiter.acquire()
    self._waiters.append(waiter)  # type: ignore[attr-defined]
    saved_state = self._release_save()  # type: ignore[attr-defined]
    gotit = False
    deadline = None if threads is None or timeout is None else threads.now() + timeout
    try:
        if threads is None or (timeout is not None and timeout <= 0):
            gotit = waiter.acquire(False)
        else:
            gotit = threads.block_until(lambda: not waiter.locked(), deadline,
                                        what=_waiting_words(self))
        if gotit and threads is not None:
            at = threads.notified.pop(waiter, None)
            if at is not None and deadline is not None and at > deadline:
                # notified (by a thread that ran ahead) after this wait had timed out
                threads.wait_until(deadline)
                gotit = False
            elif at is not None:
                threads.wait_until(at)
        return gotit
    finally:
        self._acquire_restore(saved_state)  # type: ignore[attr-defined]
        if not gotit:
            try:
                self._waiters.remove(waiter)  # type: ignore[attr-defined]
            except ValueError:
                pass


def _waiting_words(condition: threading.Condition) -> str:
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename == threading.__file__:
        frame = frame.f_back
    if frame is None:
        return "Condition.wait()"
    owner = frame.f_locals.get("self")
    for kind in (queue.Queue, concurrent.futures.Future):
        if isinstance(owner, kind):
            return f"{kind.__name__}.{frame.f_code.co_name}()"
    return "Condition.wait()"


def _condition_notify(self: threading.Condition, n: int = 1) -> None:
    if not self._is_owned():  # type: ignore[attr-defined]
        raise RuntimeError("cannot notify on un-acquired lock")
    threads = _threads()
    at = threads.now() if threads is not None else 0.0
    waiters = self._waiters  # type: ignore[attr-defined]
    while waiters and n > 0:
        waiter = waiters[0]
        try:
            waiter.release()
        except RuntimeError:
            pass
        else:
            n -= 1
            if threads is not None:
                threads.notified[waiter] = at
        try:
            waiters.remove(waiter)
        except ValueError:
            pass


def _event_set(self: threading.Event) -> None:
    threads = _threads()
    with self._cond:  # type: ignore[attr-defined]
        if not self._flag or threads is None:  # type: ignore[attr-defined]
            self._ll_at = threads.now() if threads is not None else 0.0  # type: ignore[attr-defined]
        self._flag = True  # type: ignore[attr-defined]
        self._cond.notify_all()  # type: ignore[attr-defined]


def _event_clear(self: threading.Event) -> None:
    with self._cond:  # type: ignore[attr-defined]
        self._flag = False  # type: ignore[attr-defined]


def _event_is_set(self: threading.Event) -> bool:
    threads = _threads()
    if not self._flag:  # type: ignore[attr-defined]
        return False
    return threads is None or getattr(self, "_ll_at", 0.0) <= threads.now()


def _event_wait(self: threading.Event, timeout: float | None = None) -> bool:
    threads = _threads()
    with self._cond:  # type: ignore[attr-defined]
        if not self._flag:  # type: ignore[attr-defined]
            return bool(self._cond.wait(timeout))  # type: ignore[attr-defined]
        at = getattr(self, "_ll_at", 0.0)
    if threads is None:
        return True
    now = threads.now()
    if at <= now:
        return True
    if timeout is not None and at > now + timeout:
        threads.wait_until(now + max(0.0, timeout))
        return False
    threads.wait_until(at)
    return True


# ---- semaphores: each unit handed back carries the time it was released ----------------------------
def _semaphore_init(self: threading.Semaphore, value: int = 1) -> None:
    STOCK_SEMAPHORE["__init__"](self, value)
    self._ll_units = [float("-inf")] * max(0, value)  # type: ignore[attr-defined]


def _semaphore_acquire(self: threading.Semaphore, blocking: bool = True,
                       timeout: float | None = None) -> bool:
    threads = _threads()
    start = threads.now() if threads is not None else 0.0
    if not STOCK_SEMAPHORE["acquire"](self, blocking, timeout):
        return False
    units = getattr(self, "_ll_units", None)
    if threads is not None and units:
        at = heapq.heappop(units)
        if at > threads.now():
            if not blocking or (timeout is not None and at > start + timeout):
                heapq.heappush(units, at)  # not yet free at the caller's time: give it back
                STOCK_SEMAPHORE["release"](self)
                if blocking and timeout is not None:
                    threads.wait_until(start + timeout)
                return False
            threads.wait_until(at)
    return True


def _released(self: threading.Semaphore, n: int) -> None:
    threads = _threads()
    units = self.__dict__.setdefault("_ll_units", [])
    at = threads.now() if threads is not None else float("-inf")
    for _ in range(n):
        heapq.heappush(units, at)


def _semaphore_release(self: threading.Semaphore, n: int = 1) -> None:
    STOCK_SEMAPHORE["release"](self, n)
    _released(self, n)


def _bounded_release(self: threading.BoundedSemaphore, n: int = 1) -> None:
    STOCK_BOUNDED_RELEASE(self, n)
    _released(self, n)


# ---- queue.Queue: items carry the time they were put -----------------------------------------------
def _queue_put(self: queue.Queue[Any], item: Any, block: bool = True, timeout: float | None = None) -> None:
    STOCK_QUEUE["put"](self, item, block, timeout)
    threads = _threads()
    if threads is not None:
        times = self.__dict__.setdefault("_ll_times", collections.deque())
        times.append(threads.now())


def _queue_get(self: queue.Queue[Any], block: bool = True, timeout: float | None = None) -> Any:
    item = STOCK_QUEUE["get"](self, block, timeout)
    threads = _threads()
    times = self.__dict__.get("_ll_times")
    if threads is not None and times:
        at = times.pop() if isinstance(self, queue.LifoQueue) else times.popleft()
        threads.wait_until(at)
    return item


def _queue_task_done(self: queue.Queue[Any]) -> None:
    STOCK_QUEUE["task_done"](self)
    threads = _threads()
    if threads is not None:
        self._ll_done_at = threads.now()  # type: ignore[attr-defined]


def _queue_join(self: queue.Queue[Any]) -> None:
    STOCK_QUEUE["join"](self)
    threads = _threads()
    if threads is not None:
        threads.wait_until(getattr(self, "_ll_done_at", 0.0))


# ---- concurrent.futures ----------------------------------------------------------------------------
class _Worker:
    __slots__ = ("thread", "context", "busy", "started")

    def __init__(self, thread: threading.Thread) -> None:
        self.thread = thread
        self.context = contextvars.Context()  # a new thread's: empty, kept from job to job
        self.busy = False
        self.started = False


class ThreadPoolExecutor(_base.Executor):
    """concurrent.futures.ThreadPoolExecutor on simulated threads: CPython's worker limit, worker
    names and queueing order; each job runs on its worker's own clock."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers: int | None = None, thread_name_prefix: str = "",
                 initializer: Callable[..., Any] | None = None, initargs: tuple[Any, ...] = ()) -> None:
        if max_workers is None:
            max_workers = DEFAULT_MAX_WORKERS
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or f"ThreadPoolExecutor-{self._counter()}"
        self._initializer = initializer
        self._initargs = initargs
        self._workers: list[_Worker] = []
        self._idle: collections.deque[_Worker] = collections.deque()
        self._pending: collections.deque[tuple[Any, ...]] = collections.deque()
        self._threads: set[threading.Thread] = set()
        self._shutdown = False
        self._broken: Any = False
        threads = _threads()
        if threads is not None:
            threads.executors.append(weakref.ref(self))

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        if self._broken:
            raise concurrent.futures.thread.BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        threads = _threads()
        if threads is not None and threads.shutting_down:
            raise RuntimeError("cannot schedule new futures after interpreter shutdown")
        future: Any = _base.Future()
        self._pending.append((future, fn, args, kwargs))
        if threads is not None:
            self._dispatch(threads, threads.now())
        return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _dispatch(self, threads: Threads, at: float) -> None:
        while self._pending:
            if self._idle:
                worker = self._idle.popleft()
            elif len(self._workers) < self._max_workers:
                name = f"{self._thread_name_prefix or self}_{len(self._workers)}"
                worker = _Worker(threading.Thread(name=name))
                worker.thread._ll_worker = True  # type: ignore[attr-defined]
                threads.register(worker.thread, at)
                worker.thread._started.set()  # type: ignore[attr-defined]
                self._workers.append(worker)
                self._threads.add(worker.thread)
            else:
                return
            job = self._pending.popleft()
            if not job[0].set_running_or_notify_cancel():  # cancelled while it waited in the queue
                self._idle.appendleft(worker)
                continue
            worker.busy = True
            threads.clock.schedule(at, functools.partial(self._run_job, threads, worker, job, at))

    def _run_job(self, threads: Threads, worker: _Worker, job: tuple[Any, ...], at: float) -> None:
        future, fn, args, kwargs = job
        span = ThreadSpan(at, worker.thread)
        saved = threads._enter(span, worker.thread)
        ok, value = False, None
        try:
            if not worker.started:
                worker.started = True
                if self._initializer is not None and not self._initialize(worker):
                    future.set_exception(concurrent.futures.thread.BrokenThreadPool(self._broken))
                    return
            try:
                value = worker.context.run(fn, *args, **kwargs)
                ok = True
            except (RunAborted, KeyboardInterrupt, ThreadPastLimit, _Stuck):
                raise
            except BaseException as exc:  # noqa: BLE001 — the future carries it, as CPython's does
                value = exc
        except ThreadPastLimit:
            threads.past_limit = True
            return
        except _Stuck as exc:
            threads.stuck.append((worker.thread.name, exc.what))
            return
        finally:
            threads._leave(saved)
        threads.clock.schedule(span.now, functools.partial(
            self._finish, threads, worker, future, ok, value, span.now))

    def _initialize(self, worker: _Worker) -> bool:
        try:
            worker.context.run(self._initializer, *self._initargs)  # type: ignore[misc]
            return True
        except (RunAborted, KeyboardInterrupt, ThreadPastLimit, _Stuck):
            raise
        except BaseException:  # noqa: BLE001
            _base.LOGGER.critical("Exception in initializer:", exc_info=True)
            self._broken = ("A thread initializer failed, the thread pool is not usable anymore")
            while self._pending:
                future = self._pending.popleft()[0]
                future.set_exception(concurrent.futures.thread.BrokenThreadPool(self._broken))
            return False

    def _finish(self, threads: Threads, worker: _Worker, future: Any, ok: bool, value: Any,
                end: float) -> None:
        """A job's end on the main timeline: its future settles (callbacks run in the worker)."""
        span = ThreadSpan(end, worker.thread)
        saved = threads._enter(span, worker.thread)
        try:
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        finally:
            threads._leave(saved)
        self._free(threads, worker, max(end, span.now))

    def _free(self, threads: Threads, worker: _Worker, at: float) -> None:
        worker.busy = False
        self._idle.append(worker)
        self._dispatch(threads, at)

    def _ll_idle(self) -> bool:
        return not self._pending and not any(worker.busy for worker in self._workers)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._shutdown = True
        if cancel_futures:
            while self._pending:
                self._pending.popleft()[0].cancel()
        threads = _threads()
        if wait and threads is not None:
            threads.block_until(self._ll_idle, what=f"{self._thread_name_prefix}.shutdown()")

    shutdown.__doc__ = _base.Executor.shutdown.__doc__


ThreadPoolExecutor.__module__ = "concurrent.futures.thread"


def _refused_executor(name: str, why: str) -> type:
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        raise PermissionError(errno.EPERM, f"the LoopLab sandbox cannot start {why}: {name} runs "
                                           "each job in one; use ThreadPoolExecutor (or "
                                           "asyncio.to_thread) here instead")

    cls = type(name, (_base.Executor,), {"__init__": __init__, "__doc__": f"Refused in LoopLab: {why}."})
    cls.__module__ = "concurrent.futures"
    return cls


ProcessPoolExecutor = _refused_executor("ProcessPoolExecutor", "other processes")


def _cpu_count() -> int:
    return CPU_COUNT


def _sched_getaffinity(pid: int) -> set[int]:
    return set(range(CPU_COUNT))


def install(undo: UndoStack, run: Any) -> None:
    """Threads, locks, queues and executors of the run (also for realtime runs: no real thread
    ever starts inside a run, so both engines behave the same)."""
    T = threading.Thread
    undo.setattr(T, "start", _thread_start)
    undo.setattr(T, "join", _thread_join)
    undo.setattr(T, "is_alive", _thread_is_alive)
    undo.setattr(T, "__repr__", _thread_repr)
    undo.setattr(threading, "current_thread", current_thread)
    undo.setattr(threading, "get_ident", get_ident)
    if STOCK_GET_NATIVE_ID is not None:
        undo.setattr(threading, "get_native_id", get_native_id)
    undo.setattr(threading, "enumerate", enumerate_threads)
    undo.setattr(threading, "active_count", active_count)
    undo.setattr(threading, "_counter", itertools.count(1).__next__)
    undo.setattr(threading, "Lock", Lock)
    undo.setattr(threading, "RLock", RLock)
    undo.setattr(threading.Condition, "wait", _condition_wait)
    undo.setattr(threading.Condition, "notify", _condition_notify)
    undo.setattr(threading.Event, "set", _event_set)
    undo.setattr(threading.Event, "clear", _event_clear)
    undo.setattr(threading.Event, "is_set", _event_is_set)
    undo.setattr(threading.Event, "wait", _event_wait)
    undo.setattr(threading.Semaphore, "__init__", _semaphore_init)
    undo.setattr(threading.Semaphore, "acquire", _semaphore_acquire)
    undo.setattr(threading.Semaphore, "__enter__", _semaphore_acquire)
    undo.setattr(threading.Semaphore, "release", _semaphore_release)
    undo.setattr(threading.BoundedSemaphore, "release", _bounded_release)
    undo.setattr(queue.Queue, "put", _queue_put)
    undo.setattr(queue.Queue, "get", _queue_get)
    undo.setattr(queue.Queue, "task_done", _queue_task_done)
    undo.setattr(queue.Queue, "join", _queue_join)
    undo.setattr(queue, "SimpleQueue", queue._PySimpleQueue)  # type: ignore[attr-defined]
    undo.setattr(ThreadPoolExecutor, "_counter", itertools.count().__next__)
    for module in (concurrent.futures, sys.modules.get("concurrent.futures.thread")):
        if module is not None:
            undo.setattr(module, "ThreadPoolExecutor", ThreadPoolExecutor)
    undo.setattr(concurrent.futures, "ProcessPoolExecutor", ProcessPoolExecutor)
    if sys.version_info >= (3, 14):
        undo.setattr(concurrent.futures, "InterpreterPoolExecutor",
                     _refused_executor("InterpreterPoolExecutor", "other interpreters"))
    undo.setattr(os, "cpu_count", _cpu_count)
    if hasattr(os, "process_cpu_count"):
        undo.setattr(os, "process_cpu_count", _cpu_count)
    if hasattr(os, "sched_getaffinity"):
        undo.setattr(os, "sched_getaffinity", _sched_getaffinity)


__all__ = ["CPU_COUNT", "Lock", "RLock", "ThreadPoolExecutor", "Threads", "install"]
