"""Plain-words endings for runs that stopped early: deadlocks and limits."""
from __future__ import annotations

import asyncio
from typing import Any

from .waits import describe_wait, stack_line

_FUTURE_WORDS = {"Future": "a Future that nothing will ever resolve"}


def _label(task: Any) -> str:
    coro = getattr(task.get_coro(), "__qualname__", None)
    return f"{task.get_name()} ({coro}())" if coro else task.get_name()


def _where(line: int | None, entry: str) -> str:
    return f" at line {line} of {entry}" if line is not None else ""


def _thread_lines(notes: list[str]) -> str:
    return "".join(f"  - {note}\n" for note in notes)


def thread_deadlock_report(what: str, entry: str, frame: Any,
                           notes: list[str]) -> tuple[str, list[tuple[int | None, str]]]:
    """The main thread blocks for good (a thread's join(), a future's result(), a lock…)."""
    line = stack_line(entry, frame)
    message = f"The main thread waits forever for {what}: no other thread or task can give it that"
    text = (f"LoopLab: deadlock{_where(line, entry)}. {message}, so this program would hang "
            "forever.\n" + _thread_lines(notes))
    return text, [(line, message)]


def deadlock_report(loop: Any, entry: str, frame: Any,
                    notes: list[str] | None = None) -> tuple[str, list[tuple[int | None, str]]]:
    """(the explanation for stderr, [(line, message)] one per stuck task)."""
    text, findings = _deadlock_report(loop, entry, frame)
    return text + _thread_lines(notes or []), findings


def _deadlock_report(loop: Any, entry: str, frame: Any) -> tuple[str, list[tuple[int | None, str]]]:
    pending = sorted((t for t in asyncio.all_tasks(loop) if not t.done()),
                     key=lambda t: getattr(t, "_ll_id", 0))
    caller_line = stack_line(entry, frame)
    findings: list[tuple[int | None, str]] = []
    if not pending:
        target = getattr(loop, "_ll_target", None)
        if target is not None and asyncio.isfuture(target) and not target.done():
            message = ("loop.run_until_complete() waits for a Future that nothing will ever "
                       "resolve: no task is left to call its set_result(), and nothing is scheduled")
            findings.append((caller_line, message))
            return (f"LoopLab: deadlock{_where(caller_line, entry)}. {message}, so this program "
                    "would hang forever.\n"), findings
        message = ("The event loop is idle forever: loop.run_forever() keeps waiting, but every "
                   "task has finished and nothing is scheduled, so nothing will ever call "
                   "loop.stop()")
        findings.append((caller_line, message))
        return (f"LoopLab: deadlock{_where(caller_line, entry)}. {message} and the program "
                "would hang forever. Use asyncio.run(main()) or loop.run_until_complete(...), "
                "or let the work stop the loop when it ends, e.g. "
                "task.add_done_callback(lambda t: loop.stop()).\n"), findings
    lines = []
    for task in pending:
        what, line = describe_wait(task, entry)
        words = _FUTURE_WORDS.get(what, what)
        findings.append((line, f"{_label(task)} waits forever for {words}"))
        lines.append(f"  - {_label(task)} waits for {words}{_where(line, entry)}")
    many = len(pending) > 1
    text = (
        "LoopLab: deadlock. Nothing is ready to run and nothing is scheduled (no timer, no "
        f"callback), so {'these tasks' if many else 'this task'} can never wake up and the "
        "program would hang forever:\n" + "\n".join(lines) + "\n"
    )
    return text, findings


def limit_note(status: str, request: Any) -> str:
    if status == "time-limit":
        return (f"LoopLab: time limit. The program's virtual clock reached {request.virtual_seconds:g} s "
                "(the limit for this run) with more still to come, so it was stopped there.\n")
    if status == "output-limit":
        return (f"LoopLab: output limit. The program printed more than {request.output_bytes} bytes, "
                "so it was stopped there.\n")
    return "LoopLab: the run was interrupted before it finished.\n"
