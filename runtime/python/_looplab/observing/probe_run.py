"""One scenario: a fresh run of the learner's files (module-level code as under `python main.py`,
a demo behind `if __name__ == "__main__":` included), then, before interpreter exit, the scenario on
a fresh virtual-time loop with the clock back at 0 and an empty record. What it prints, the tasks
it starts and the diagnostics it causes are the probe's alone: ProbeObservation (PROTOCOL.md)."""
from __future__ import annotations

import asyncio
import contextvars
import gc
from typing import Any

from ..request import Request
from ..runner import Run
from ..state import RunAborted
from ..timepatch import REAL
from .encode import encode, observed_exception
from .learner import Learner, MissingName
from .scenarios import Scenario


class GradingInterrupted(BaseException):
    """The engine's wall-clock interrupt arrived while a probe ran: stop observing at once."""


def observe_probe(request: Request, scenario: Scenario) -> dict[str, Any]:
    run = Run(request)
    state: dict[str, Any] = {"ran": False, "value": None, "error": None, "missing": None, "elapsed": 0.0}

    def after_main(the_run: Run) -> None:
        if the_run.abort is not None or the_run.main_module is None:
            return
        gc.collect()  # the module's own garbage reports now, not inside the probe's record
        _start_afresh(the_run, scenario.limit)
        state["ran"] = True
        learner = Learner(the_run.main_module.__dict__)
        try:
            value = contextvars.Context().run(asyncio.run, scenario.body(learner))
            # Encoded here, inside the run: a learner's __repr__ runs sandboxed like the rest.
            state["value"] = encode(value)
        except RunAborted as exc:
            if not the_run.harness_stopped(exc):
                state["error"] = observed_exception(exc)
                the_run.print_exception(exc)
        except MissingName as exc:
            state["missing"] = exc.name if type(exc.name) is str else "?"
        except BaseException as exc:  # noqa: BLE001 — the checks judge what the learner raised
            state["error"] = observed_exception(exc)
            the_run.print_exception(exc)
        state["elapsed"] = the_run.clock.peek()

    run.after_main = after_main
    started = REAL["perf_counter"]()
    exit_code = run.execute()
    result = run.result(exit_code, (REAL["perf_counter"]() - started) * 1000)
    if run.abort == "interrupted":
        raise GradingInterrupted()
    observed: dict[str, Any] = {
        "name": scenario.name, "outcome": "ran", "loadStatus": None, "missing": None, "value": None,
        "error": None, "elapsed": 0.0, "stopped": None, "leftPending": [], "run": result,
    }
    if not state["ran"]:
        observed.update(outcome="not-loaded", loadStatus=run.abort or result["status"])
    elif state["missing"] is not None:
        observed.update(outcome="missing-name", missing=state["missing"])
    else:
        observed.update(value=state["value"], error=state["error"], stopped=run.abort,
                        leftPending=list(run.left_pending))
    if state["ran"]:
        observed["elapsed"] = round(state["elapsed"], 6)
    return observed


def _start_afresh(run: Run, limit: float) -> None:
    run.capture.reset()
    run.diagnostics.reset()
    run.tracker.reset()
    run.left_pending.clear()
    run.clock.now = 0.0
    run.clock.limit = limit
