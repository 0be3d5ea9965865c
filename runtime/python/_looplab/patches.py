"""asyncio, time, warnings and logging as a run sees them: stock behaviour on virtual time."""
from __future__ import annotations

import asyncio
import functools
import logging
import sys
import time
import warnings
from asyncio import events, runners, tasks
from typing import Any

from . import state
from .loop import VirtualTimeLoop, VirtualTimePolicy
from .restore import UndoStack
from .tasks import EAGER_TASK_FACTORY, Task
from .timepatch import TABLE

# The stock functions, captured before Pyodide (or a program) replaces them.
STOCK_RUN = runners.run
STOCK_CREATE_TASK = tasks.create_task
STOCK_SHOWWARNMSG = warnings._showwarnmsg  # type: ignore[attr-defined]  # private: what warn() calls to print
# `python main.py`'s default warning filters (what -W/PYTHONWARNINGS would otherwise change)
DEFAULT_FILTERS = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
# Where a warning raised with no Python frame is attributed (interpreter shutdown)
SHUTDOWN_LOCATION = ("<sys>", 0) if sys.version_info >= (3, 13) else ("sys", 1)


@functools.wraps(STOCK_RUN)
def run(main: Any, **kwargs: Any) -> Any:
    active = state.active
    if active is not None:
        active.checks.asyncio_run_called()
    return STOCK_RUN(main, **kwargs)


@functools.wraps(STOCK_CREATE_TASK)
def create_task(coro: Any, **kwargs: Any) -> Any:
    active = state.active
    if active is not None:
        active.checks.create_task_called()
    return STOCK_CREATE_TASK(coro, **kwargs)


STOCK_CANCEL_ALL_TASKS = runners._cancel_all_tasks  # type: ignore[attr-defined]  # private: asyncio.run()'s cleanup


def _cancel_all_tasks(loop: Any) -> None:
    """asyncio.run()'s cleanup, skipped once the program was stopped: after a deadlock or an
    interrupt nothing more may run (and cancelling tasks that await each other recurses forever)."""
    active = state.active
    if active is not None and active.abort is not None:
        return
    if active is not None:  # for grading: tasks main() left behind (not already being cancelled)
        active.left_pending.extend(
            tid for task in tasks.all_tasks(loop)
            if not task.done() and task.cancelling() == 0 and (tid := getattr(task, "_ll_id", None)) is not None)
    STOCK_CANCEL_ALL_TASKS(loop)


def _warn_unawaited_coroutine(coro: Any) -> None:
    active = state.active
    if active is not None:
        active.checks.never_awaited(coro)
    # the stock text: origin tracking is on only for the diagnostic, so it is not shown
    warnings.warn(f"coroutine '{coro.__qualname__}' was never awaited",
                  category=RuntimeWarning, stacklevel=2, source=coro)


def _showwarnmsg(msg: Any) -> None:
    if state.is_harness_file(msg.filename):
        # raised while the harness finalises the program: where Python says "at shutdown"
        msg.filename, msg.lineno = SHUTDOWN_LOCATION
        msg.line = ""
        msg.source = None  # at shutdown tracemalloc can no longer be imported: no hint line
    STOCK_SHOWWARNMSG(msg)


def install_asyncio(undo: UndoStack, realtime: bool) -> None:
    undo.setattr(asyncio, "run", run)
    undo.setattr(runners, "run", run)
    undo.setattr(asyncio, "create_task", create_task)
    undo.setattr(tasks, "create_task", create_task)
    undo.setattr(asyncio, "Task", Task)
    if EAGER_TASK_FACTORY is not None:
        undo.setattr(asyncio, "eager_task_factory", EAGER_TASK_FACTORY)
        undo.setattr(tasks, "eager_task_factory", EAGER_TASK_FACTORY)
    undo.setattr(runners, "_cancel_all_tasks", _cancel_all_tasks)
    undo.setattr(tasks, "Task", Task)
    running = events._get_running_loop()
    events._set_running_loop(None)
    undo.push(lambda: events._set_running_loop(running))
    if realtime:
        policy: Any = _stock_policy()
    else:
        policy = VirtualTimePolicy()
        unix = sys.modules.get("asyncio.unix_events")
        for module in (asyncio, unix):
            if module is None:
                continue
            for name in ("SelectorEventLoop", "EventLoop"):
                if hasattr(module, name):
                    undo.setattr(module, name, VirtualTimeLoop)
        default_policy = getattr(unix, "_UnixDefaultEventLoopPolicy", None)
        if default_policy is not None:
            undo.setattr(default_policy, "_loop_factory", VirtualTimeLoop)
    undo.setattr(events, "_event_loop_policy", policy)


def _stock_policy() -> Any:
    unix = sys.modules["asyncio.unix_events"]
    return unix._UnixDefaultEventLoopPolicy()


def install_time(undo: UndoStack) -> None:
    for name, replacement in TABLE.items():
        undo.setattr(time, name, replacement)


def install_warnings(undo: UndoStack) -> None:
    saved_filters = list(warnings.filters)
    # typeshed types warnings.filters as a Sequence; it is the list warnings itself edits in place,
    # and _filters_mutated (private) tells warn()'s cache that it changed.
    warnings.filters[:] = DEFAULT_FILTERS  # type: ignore[index]
    warnings._filters_mutated()  # type: ignore[attr-defined]
    undo.setattr(warnings, "_warn_unawaited_coroutine", _warn_unawaited_coroutine)
    undo.setattr(warnings, "_showwarnmsg", _showwarnmsg)
    # private: the stock functions, kept by warnings itself
    undo.setattr(warnings, "showwarning", warnings._showwarning_orig)  # type: ignore[attr-defined]
    undo.setattr(warnings, "formatwarning", warnings._formatwarning_orig)  # type: ignore[attr-defined]

    def restore() -> None:
        warnings.filters[:] = saved_filters  # type: ignore[index]
        warnings._filters_mutated()  # type: ignore[attr-defined]

    undo.push(restore)


def install_logging(undo: UndoStack) -> None:
    """A program may call logging.basicConfig(); the next run starts unconfigured again."""
    manager = logging.Logger.manager
    root = logging.root
    loggers = {name: (lg, lg.level, list(lg.handlers), lg.propagate, lg.disabled)
               for name, lg in manager.loggerDict.items() if isinstance(lg, logging.Logger)}
    saved_root = (root.level, list(root.handlers), root.disabled)
    saved_disable = manager.disable
    saved_dict = dict(manager.loggerDict)

    def restore() -> None:
        root.setLevel(saved_root[0])
        root.handlers[:] = saved_root[1]
        root.disabled = saved_root[2]
        for lg, level, handlers, propagate, disabled in loggers.values():
            lg.level, lg.propagate, lg.disabled = level, propagate, disabled
            lg.handlers[:] = handlers
        manager.loggerDict.clear()
        manager.loggerDict.update(saved_dict)
        logging.disable(saved_disable)
        manager._clear_cache()  # type: ignore[attr-defined]  # private: the loggers' cached levels

    undo.push(restore)
