"""What a run did, in the terms checks ask about: lines printed and when, the exception it ended
with, diagnostics, and its tasks' lives from the timeline."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_FINISHED = ("done", "cancelled", "failed")


@dataclass(frozen=True)
class Line:
    text: str
    t: float  # virtual seconds when its first character was written
    index: int  # its position among the printed lines, from 0
    task: int | None = None  # the timeline id of the task that wrote its first character


@dataclass(frozen=True)
class Raised:
    """The exception a run ended with."""
    type: str  # class name, e.g. "ValueError"
    message: str
    names: tuple[str, ...]  # the class names of its MRO, most derived first (just `type` when
    # only the traceback was seen)

    def is_a(self, *kinds: str | type) -> bool:
        """By class name or class; subclasses count (a KeyError is a LookupError)."""
        wanted = {k if isinstance(k, str) else k.__name__ for k in kinds}
        return any(name in wanted for name in self.names)

    def __str__(self) -> str:
        return f"{self.type}: {self.message}" if self.message else self.type


@dataclass(frozen=True)
class Diagnostic:
    code: str
    message: str
    line: int | None


@dataclass
class TaskRecord:
    id: int
    name: str
    coro: str
    parent: int | None
    created: float
    line: int | None = None
    ended: float | None = None
    outcome: str | None = None  # "done" | "cancelled" | "failed"; None: never finished
    detail: str | None = None
    left_pending: bool = False  # still unfinished when main() returned: asyncio.run cancelled it


class Outcome:
    """A RunResult dict (validated: judging/validate.py) with the questions checks ask of it."""

    def __init__(self, result: dict[str, Any], uncaught: dict[str, Any] | None = None,
                 left_pending: list[int] | None = None) -> None:
        self.result = result
        self.status: str = result["status"]
        self.exit_code: int = result["exitCode"]
        self.stdout: str = result["stdout"]
        self.stderr: str = result["stderr"]
        # JSON crossing JavaScript turns 2.0 into 2: times are floats again here
        self.elapsed: float = float(result["virtualSeconds"])
        self.lines = _lines(result["events"])
        self.diagnostics = [Diagnostic(d["code"], d["message"], d.get("line"))
                            for d in result["diagnostics"]]
        self.exception = _raised(result, uncaught)
        self._tasks = _tasks(result["timeline"], set(left_pending or ()))

    @property
    def output(self) -> str:
        """stdout and stderr as they were written, interleaved."""
        return "".join(event["text"] for event in self.result["events"])

    def line(self, containing: str) -> Line | None:
        return next((line for line in self.lines if containing in line.text), None)

    def line_starting(self, prefix: str) -> Line | None:
        return next((line for line in self.lines if line.text.startswith(prefix)), None)

    def lines_with(self, containing: str) -> list[Line]:
        return [line for line in self.lines if containing in line.text]

    def raised(self, *kinds: str | type, containing: str | None = None) -> bool:
        exc = self.exception
        if exc is None or (kinds and not exc.is_a(*kinds)):
            return False
        return containing is None or containing in exc.message

    def diagnostic(self, code: str, mentioning: str | None = None) -> Diagnostic | None:
        for found in self.diagnostics:
            if found.code == code and (mentioning is None or mentioning in found.message):
                return found
        return None

    def tasks(self, coro: str | None = None, name: str | None = None) -> list[TaskRecord]:
        return [task for task in self._tasks
                if (coro is None or task.coro == coro or task.coro.endswith("." + coro))
                and (name is None or task.name == name)]

    def max_concurrent(self, coro: str | None = None) -> int:
        """The most tasks (of that coroutine) alive at one moment: created and not yet finished."""
        wanted = {task.id for task in self.tasks(coro)}
        alive = peak = 0
        for event in self.result["timeline"]:
            if event["task"] not in wanted:
                continue
            if event["kind"] == "created":
                alive += 1
                peak = max(peak, alive)
            elif event["kind"] in _FINISHED:
                alive -= 1
        return peak


def _lines(events: list[dict[str, Any]]) -> list[Line]:
    lines: list[Line] = []
    text, start, task = "", 0.0, None
    for event in events:
        if event["stream"] != "stdout":
            continue
        for piece in event["text"].splitlines(keepends=True):
            if not text:
                start, task = float(event["t"]), event.get("task")
            text += piece
            if text.endswith(("\n", "\r")):
                lines.append(Line(text.rstrip("\r\n"), start, len(lines), task))
                text = ""
    if text:
        lines.append(Line(text, start, len(lines), task))
    return lines


def _raised(result: dict[str, Any], uncaught: dict[str, Any] | None) -> Raised | None:
    """From the ObservedException the runner recorded; else from the traceback's last line."""
    if result["status"] != "error":
        return None
    if uncaught is not None:
        return Raised(uncaught["type"], uncaught["message"], tuple(uncaught["names"]))
    # Only the traceback is known (a result from elsewhere): its last line names the exception.
    stderr = result["stderr"].rstrip("\n")
    if "Traceback (most recent call last):" not in stderr:
        return None
    last = stderr.rsplit("\n", 1)[-1]
    kind, _, message = last.partition(": ")
    name = kind.rsplit(".", 1)[-1]
    return Raised(name, message, (name,))


def _tasks(timeline: list[dict[str, Any]], left_pending: set[int]) -> list[TaskRecord]:
    records: dict[int, TaskRecord] = {}
    for event in timeline:
        tid, kind = event["task"], event["kind"]
        if kind == "created":
            records[tid] = TaskRecord(
                id=tid, name=event.get("name", f"Task-{tid}"), coro=event.get("coro", "?"),
                parent=event.get("parent"), created=float(event["t"]), line=event.get("line"),
                left_pending=tid in left_pending)
        elif kind in _FINISHED and tid in records:
            record = records[tid]
            record.ended, record.outcome, record.detail = float(event["t"]), kind, event.get("detail")
    return list(records.values())
