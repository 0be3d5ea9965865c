"""Probes: call the learner's functions with the checks' own inputs.

Each probe is a fresh run of the learner's file (its module-level code runs as under `python
main.py`; a demo behind `if __name__ == "__main__":` runs too), then, before interpreter exit, the
check's scenario coroutine runs on a fresh virtual-time loop with the clock back at 0 and an empty
record: what it prints, the tasks it starts and the diagnostics it causes are the probe's alone.
"""
from __future__ import annotations

import asyncio
import contextvars
import functools
import gc
import inspect
from typing import Any, Awaitable, Callable

from ..request import Request
from ..runner import Run
from ..state import RunAborted
from ..timepatch import REAL
from ..tracebacks import format_exception
from .outcome import Outcome

Scenario = Callable[..., Awaitable[Any]]


class MissingName(AttributeError):
    """The learner's code does not define a name a scenario asked for."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class Learner:
    """The learner's module namespace: `learner.retry` is their function, assignable too (a
    scenario may wrap one of their functions to watch it)."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        object.__setattr__(self, "_namespace", namespace)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._namespace[name]
        except KeyError:
            raise MissingName(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        self._namespace[name] = value

    def has(self, name: str) -> bool:
        return name in self._namespace


class CallWatch:
    """Wraps one of the learner's functions inside a scenario: the arguments of every call, and
    how many calls were running at once (`peak`). `CallWatch(learner, "fetch")`."""

    def __init__(self, learner: Learner, name: str) -> None:
        original = getattr(learner, name)
        self.name = name
        self.calls: list[tuple[Any, ...]] = []
        self.running = 0
        self.peak = 0
        if inspect.iscoroutinefunction(original):
            @functools.wraps(original)
            async def watched(*args: Any, **kwargs: Any) -> Any:
                self._enter(args)
                try:
                    return await original(*args, **kwargs)
                finally:
                    self.running -= 1
        else:
            @functools.wraps(original)
            def watched(*args: Any, **kwargs: Any) -> Any:  # type: ignore[misc]
                self._enter(args)
                try:
                    return original(*args, **kwargs)
                finally:
                    self.running -= 1
        setattr(learner, name, watched)

    def _enter(self, args: tuple[Any, ...]) -> None:
        self.calls.append(args)
        self.running += 1
        self.peak = max(self.peak, self.running)


class Probe(Outcome):
    """What one scenario did: its return value or exception, its virtual time, and the record
    (output, timeline, diagnostics) of the probe alone."""

    def __init__(self, result: dict[str, Any], value: Any, error: BaseException | None,
                 elapsed: float, stopped: str | None, left_pending: list[int]) -> None:
        super().__init__(result, None, left_pending)
        self.value = value
        self.error = error  # what the scenario raised (None if it returned)
        self.elapsed = elapsed
        self.stopped = stopped  # "deadlock" / "time-limit" / "output-limit" / None
        self.missing: str | None = error.name if isinstance(error, MissingName) else None


class ProgramStopped(Exception):
    """The learner's module did not run to its end, so there is nothing to call."""

    def __init__(self, status: str) -> None:
        super().__init__(status)
        self.status = status


class GradingInterrupted(BaseException):
    """The engine's wall-clock interrupt arrived while a probe ran: stop grading at once."""


def run_probe(request: Request, scenario: Scenario, args: tuple[Any, ...], limit: float) -> Probe:
    run = Run(request)
    state: dict[str, Any] = {"value": None, "error": None, "elapsed": 0.0, "ran": False}

    def after_main(the_run: Run) -> None:
        if the_run.abort is not None or the_run.main_module is None:
            return
        gc.collect()  # the module's own garbage reports now, not inside the probe's record
        _start_afresh(the_run, limit)
        state["ran"] = True
        learner = Learner(the_run.main_module.__dict__)
        try:
            state["value"] = contextvars.Context().run(asyncio.run, scenario(learner, *args))
        except RunAborted as exc:
            the_run.stop(exc.status)
        except BaseException as exc:  # noqa: BLE001 — the check judges what the learner raised
            state["error"] = exc
            if not isinstance(exc, MissingName):
                the_run.print_exception(exc)
        state["elapsed"] = the_run.clock.peek()

    run.after_main = after_main
    started = REAL["perf_counter"]()
    exit_code = run.execute()
    result = run.result(exit_code, (REAL["perf_counter"]() - started) * 1000)
    if run.abort == "interrupted":
        raise GradingInterrupted()
    if not state["ran"]:
        raise ProgramStopped(run.abort or result["status"])
    return Probe(result, state["value"], state["error"], round(state["elapsed"], 6), run.abort, run.left_pending)


def _start_afresh(run: Run, limit: float) -> None:
    run.capture.reset()
    run.diagnostics.reset()
    run.tracker.reset()
    run.left_pending.clear()
    run.clock.now = 0.0
    run.clock.limit = limit


__all__ = ["CallWatch", "GradingInterrupted", "Learner", "MissingName", "Probe", "ProgramStopped", "run_probe",
           "format_exception"]
