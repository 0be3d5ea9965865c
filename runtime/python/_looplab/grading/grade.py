"""One grading: run the learner's program exactly as `run` would, then the exercise's checks.

The checks' source is taken out of the request before the program starts and compiled only after
the program's run has ended and every change it made to the interpreter has been undone, in a
namespace of its own; `_looplab` and `looplab_checks` cannot be imported by a program. Verdicts are
computed from what the harness recorded, never from anything the program printed about itself.
"""
from __future__ import annotations

import builtins
import sys
import traceback
from typing import Any

from ..request import Request, RequestError, parse_request
from ..runner import Run, python_label
from ..timepatch import REAL
from ..tracebacks import format_exception
from .code import Code
from .probe import GradingInterrupted
from .program import Program
from .registry import Check, Fail, Registry, collecting
from .result import grade_result, test_entry

CHECKS_MODULE = "looplab_checks"


def grade(raw: dict[str, Any]) -> dict[str, Any]:
    """{"run": RunResult, "grade": GradeResult, "interrupted": bool}; never raises."""
    try:
        return _grade(raw)
    except KeyboardInterrupt:  # Stop outside the program (which handles its own): before or after
        from .. import interrupted_early

        return stopped_answer(interrupted_early())
    except BaseException:  # noqa: BLE001 — a harness bug must still produce an answer
        detail = traceback.format_exc()
        return _refused(f"LoopLab harness error while grading (please report):\n{detail}", 1)


def _grade(raw: dict[str, Any]) -> dict[str, Any]:
    spec = raw.pop("grade", None)  # out of the request dict, which outlives this call
    program_request = raw
    checks_source = spec.get("checks") if isinstance(spec, dict) else None
    del raw, spec
    if not isinstance(checks_source, str):
        return _refused("LoopLab harness: invalid grade request: `grade.checks` must be a string\n", 2)
    try:
        request = parse_request(program_request)
    except RequestError as exc:
        return _refused(f"LoopLab harness: invalid request: {exc}\n", 2)

    run, result = _run_program(request)
    if result["status"] == "interrupted":
        return stopped_answer(result)
    code = Code(request.files.get(request.entry, ""), request.entry)
    if code.syntax_error is not None:
        return _answer(result, grade_result([], "Your code has a syntax error, so it could not be "
                                                f"checked:\n\n{result['stderr'].rstrip()}"))
    try:
        registry = load_checks(checks_source)
    except Exception as exc:  # noqa: BLE001 — the exercise's bug, reported as such
        detail = format_exception(exc)
        return _answer(result, grade_result([], "The checks of this exercise could not be loaded "
                                                f"(a bug in the exercise, not in your code):\n{detail}"))
    program = Program(result, request, run.uncaught, list(run.left_pending), code)
    tests: list[dict[str, Any]] = []
    try:
        for check in registry.checks:
            tests.append(evaluate(check, program))
    except (GradingInterrupted, KeyboardInterrupt):
        return _answer(result, grade_result(tests, "Grading was stopped before every check had run: "
                                                   "a function the checks called did not finish."),
                       interrupted=True)
    return _answer(result, grade_result(tests))


def _run_program(request: Request) -> tuple[Run, dict[str, Any]]:
    run = Run(request)
    started = REAL["perf_counter"]()
    exit_code = run.execute()
    return run, run.result(exit_code, (REAL["perf_counter"]() - started) * 1000)


def load_checks(source: str) -> Registry:
    """Execute checks.py in a fresh namespace; its `expect.*` calls and `@check`s register tests."""
    from . import api

    registry = Registry()
    code = compile(source, "checks.py", "exec", dont_inherit=True)
    namespace: dict[str, Any] = {"__name__": "checks", "__builtins__": builtins}
    previous = sys.modules.get(CHECKS_MODULE)
    sys.modules[CHECKS_MODULE] = api
    try:
        with collecting(registry):
            exec(code, namespace)
    finally:
        if previous is None:
            sys.modules.pop(CHECKS_MODULE, None)
        else:
            sys.modules[CHECKS_MODULE] = previous
    return registry


def evaluate(check: Check, program: Program) -> dict[str, Any]:
    program.last_probe = None
    try:
        check.body(program)
    except Fail as verdict:
        output = verdict.output
        if output is None:
            output = program.last_probe.output if program.last_probe is not None else program.output
        return test_entry(check.name, "fail", verdict.message, output)
    except (GradingInterrupted, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 — a broken check must not hide the others
        return test_entry(check.name, "error", f"This check could not run: {type(exc).__name__}: {exc}")
    return test_entry(check.name, "pass")


def stopped_answer(result: dict[str, Any]) -> dict[str, Any]:
    """The answer for a program stopped before it finished: there is nothing to check."""
    return _answer(result, grade_result([], "Your program was stopped before it finished, so it "
                                            "could not be graded."), interrupted=True)


def _answer(result: dict[str, Any], grade_value: dict[str, Any], interrupted: bool = False) -> dict[str, Any]:
    return {"run": result, "grade": grade_value, "interrupted": interrupted}


def _refused(message: str, exit_code: int) -> dict[str, Any]:
    result = {
        "status": "error", "exitCode": exit_code, "stdout": "", "stderr": message,
        "events": [{"t": 0, "stream": "stderr", "text": message}], "virtualSeconds": 0,
        "wallMs": 0, "timeline": [], "diagnostics": [], "python": python_label(),
    }
    return _answer(result, grade_result([], message.strip()))
