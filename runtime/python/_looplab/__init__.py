"""LoopLab's Python harness: runs a program like `python main.py`, on a virtual-time event loop.

API (see PROTOCOL.md): run_json(request_json) -> result_json; run(request_dict) -> result_dict;
grading.grade(request_dict) -> {"run", "grade", "interrupted"} (PROTOCOL.md, "Grade requests").
"""
from __future__ import annotations

import json
import traceback
from typing import Any

from .request import RequestError, parse_request
from .runner import Run, python_label
from .timepatch import REAL

__all__ = ["run", "run_json"]


def _failure(message: str, exit_code: int) -> dict[str, Any]:
    return {
        "status": "error", "exitCode": exit_code, "stdout": "", "stderr": message,
        "events": [{"t": 0, "stream": "stderr", "text": message}], "virtualSeconds": 0,
        "wallMs": 0, "timeline": [], "diagnostics": [], "python": python_label(),
    }


def interrupted_early() -> dict[str, Any]:
    """Stop came while the harness was still setting up (or already wrapping up): no program
    frame to blame, so what `python main.py` shows for a Ctrl-C that early."""
    return {**_failure("KeyboardInterrupt\n", 130), "status": "interrupted"}


def run(request: dict[str, Any]) -> dict[str, Any]:
    """Run one program; never raises for anything the program (or the request) does."""
    try:
        return _run(request)
    except KeyboardInterrupt:  # outside the program: its own KeyboardInterrupt is handled in Run
        return interrupted_early()


def _run(request: dict[str, Any]) -> dict[str, Any]:
    try:
        parsed = parse_request(request)
    except RequestError as exc:
        return _failure(f"LoopLab harness: invalid request: {exc}\n", 2)
    started = REAL["perf_counter"]()
    try:
        the_run = Run(parsed)
        exit_code = the_run.execute()
        return the_run.result(exit_code, (REAL["perf_counter"]() - started) * 1000)
    except KeyboardInterrupt:
        raise
    except BaseException:  # noqa: BLE001 — a harness bug must still produce a result
        return _failure("LoopLab harness error (please report):\n" + traceback.format_exc(), 1)


def run_json(request_json: str) -> str:
    """A run request → RunResult JSON; a grade request (one with a `grade` key, see
    PROTOCOL.md, "Grade requests") → {"run", "grade", "interrupted"} JSON. Stop (SIGINT) may
    land anywhere in here, even before the program starts: it is an answer too, never an error."""
    grading = '"grade"' in request_json  # only to shape an answer if Stop comes before parsing
    # Handed over in a box and dropped here: a grade request's checks must not linger in any
    # frame the program could look into.
    box = [request_json]
    del request_json
    try:
        return _run_json(box)
    except KeyboardInterrupt:
        if not grading:
            return json.dumps(interrupted_early())
        from .grading.grade import stopped_answer

        return json.dumps(stopped_answer(interrupted_early()))


def _run_json(box: list[str]) -> str:
    request_json = box.pop()
    try:
        request = json.loads(request_json)
    except (TypeError, ValueError) as exc:
        return json.dumps(_failure(f"LoopLab harness: the request is not valid JSON: {exc}\n", 2))
    del request_json
    if isinstance(request, dict) and "grade" in request:
        from .grading import grade

        return json.dumps(grade(request), ensure_ascii=False)
    return json.dumps(run(request), ensure_ascii=False)
