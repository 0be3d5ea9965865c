"""The shapes of what a run records, as the RunResult carries them: output events and timeline
events. They mirror OutputEventSchema and TimelineEventSchema in runtime/src/types.ts (the zod
schemas are the single source; tests/contract.py checks results against the JSON Schemas made from
them). Plain dicts at run time: these only tell the type checker what the harness builds."""
from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

Stream = Literal["stdout", "stderr"]
TimelineKind = Literal["created", "running", "waiting", "done", "cancelled", "failed"]


class OutputEvent(TypedDict):
    t: float  # virtual seconds since the run started
    stream: Stream
    text: str
    task: NotRequired[int]  # the Task-N that wrote it, when a task was running


class TimelineDetails(TypedDict, total=False):
    """What a timeline event says besides when, which task and what happened."""

    name: str  # created
    parent: int | None  # created: the task that created it
    coro: str  # created: the coroutine's qualname
    waitingFor: str  # waiting: "sleep(1)", "Task-3", "Queue.get()"…
    line: int  # created, waiting: a line of the learner's entry file
    detail: str  # done: repr of the result; failed: "ValueError: boom"


class TimelineEvent(TimelineDetails):
    t: float  # virtual seconds
    task: int  # N of Task-N
    kind: TimelineKind
