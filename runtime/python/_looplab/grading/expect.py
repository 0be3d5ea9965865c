"""Ready-made checks: `expect.elapsed(2.0)` registers one test. Every one takes `name=` (the test
title) and `message=` (what the learner reads when it fails; {fields} are filled with the facts
listed in runtime/src/grade/CHECKS.md)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .program import Program
from .registry import Check, current, fail, fill

Normalize = Callable[[str], str]


def _register(name: str, body: Callable[[Program], None]) -> Check:
    return current().add(name, body)


def _say(message: str | None, default: str, **facts: Any) -> str:
    return fill(message if message is not None else default, facts)


def _seconds(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.1f}"


# ---- how the run ended ---------------------------------------------------------------------------
def runs_ok(*, name: str = "The program runs to the end without an error",
            message: str | None = None) -> Check:
    """Status ok, exit code 0. Facts: {status}, {exception}, {elapsed}."""
    def body(run: Program) -> None:
        if run.status == "ok" and run.exit_code == 0:
            return
        default = _ended_badly(run)
        fail(_say(message, default, status=run.status, exception=str(run.exception or ""),
                  elapsed=run.elapsed))
    return _register(name, body)


def _ended_badly(run: Program) -> str:
    if run.status == "deadlock":
        stuck = run.diagnostic("deadlock")
        detail = f" {stuck.message}." if stuck else ""
        return f"Your program never finished: it waits for something that can never happen (a deadlock).{detail}"
    if run.status == "time-limit":
        return (f"Your program was still running after {_seconds(run.elapsed)} s of event-loop time, "
                "so it was stopped. Does something wait for ever, or loop without end?")
    if run.status == "output-limit":
        return "Your program printed far too much, so it was stopped. Is a print inside a loop that never ends?"
    if run.exception is not None:
        return f"Your program stopped with {run.exception} (see the error output)."
    return f"Your program ended with exit code {run.exit_code}."


def no_exception(*kinds: str | type, containing: str | None = None,
                 name: str | None = None, message: str | None = None) -> Check:
    """The program must not end with one of these exceptions (any, if none given).
    Facts: {exception}, {type}, {elapsed}."""
    label = " or ".join(k if isinstance(k, str) else k.__name__ for k in kinds) or "an exception"

    def body(run: Program) -> None:
        if run.raised(*kinds, containing=containing):
            exc = run.exception
            assert exc is not None
            fail(_say(message, f"Your program stopped with {exc}.", exception=str(exc),
                      type=exc.type, elapsed=run.elapsed))
    return _register(name or f"The program does not end with {label}", body)


# ---- output ----------------------------------------------------------------------------------------
def output(expected: str | Sequence[str], *, normalize: Normalize | None = None,
           any_order: bool = False, name: str = "The output is exactly as expected",
           message: str | None = None) -> Check:
    """stdout equals `expected` (or one of several), line by line, ignoring trailing spaces and
    blank lines at the end. Facts: {line} (1-based), {expected_line}, {actual_line}."""
    options = [expected] if isinstance(expected, str) else list(expected)

    def body(run: Program) -> None:
        actual = _clean(run.stdout, normalize)
        wanted = [_clean(option, normalize) for option in options]
        if any_order:
            actual, wanted = sorted(actual), [sorted(option) for option in wanted]
        if any(actual == option for option in wanted):
            return
        index, want, got = _first_difference(wanted[0], actual)
        default = _difference_words(index, want, got)
        fail(_say(message, default, line=index + 1, expected_line=want or "", actual_line=got or ""),
             output=run.stdout)
    return _register(name, body)


def _clean(text: str, normalize: Normalize | None) -> list[str]:
    lines = [line.rstrip() for line in text.rstrip().split("\n")] if text.strip() else []
    return [normalize(line) for line in lines] if normalize else lines


def _first_difference(want: list[str], got: list[str]) -> tuple[int, str | None, str | None]:
    for index in range(max(len(want), len(got))):
        a = want[index] if index < len(want) else None
        b = got[index] if index < len(got) else None
        if a != b:
            return index, a, b
    return 0, None, None


def _difference_words(index: int, want: str | None, got: str | None) -> str:
    n = index + 1
    if got is None:
        return f"The output stops too early: line {n} should be `{want}`, but nothing more was printed."
    if want is None:
        return f"The output goes on too long: line {n}, `{got}`, should not be there."
    return f"Line {n} of the output should be `{want}`, but your program printed `{got}`."


def output_contains(*texts: str, name: str | None = None, message: str | None = None) -> Check:
    """Every text appears somewhere in stdout. Facts: {missing}."""
    def body(run: Program) -> None:
        for text in texts:
            if text not in run.stdout:
                fail(_say(message, f"The output should contain `{text}`, but it does not.", missing=text))
    return _register(name or f"The output shows {', '.join(repr(t) for t in texts)}", body)


# ---- virtual time ------------------------------------------------------------------------------
def elapsed(seconds: float, *, tolerance: float = 0.05, name: str | None = None,
            message: str | None = None) -> Check:
    """The run takes `seconds` of virtual time (± tolerance): proves what ran at the same time.
    Facts: {elapsed}, {expected}."""
    def body(run: Program) -> None:
        if abs(run.elapsed - seconds) <= tolerance:
            return
        default = (f"Your program took {_seconds(round(run.elapsed, 2))} s of event-loop time, but it "
                   f"should take {_seconds(seconds)} s.")
        fail(_say(message, default, elapsed=run.elapsed, expected=seconds))
    return _register(name or f"The program takes {_seconds(seconds)} s", body)


def elapsed_between(low: float, high: float, *, name: str | None = None,
                    message: str | None = None) -> Check:
    """low ≤ virtual time ≤ high. Facts: {elapsed}, {low}, {high}."""
    def body(run: Program) -> None:
        if low <= run.elapsed <= high:
            return
        default = (f"Your program took {_seconds(round(run.elapsed, 2))} s of event-loop time; it should "
                   f"take between {_seconds(low)} and {_seconds(high)} s.")
        fail(_say(message, default, elapsed=run.elapsed, low=low, high=high))
    return _register(name or f"The program takes {_seconds(low)}–{_seconds(high)} s", body)


# ---- the timeline --------------------------------------------------------------------------------
def max_concurrent_tasks(*, coro: str | None = None, at_least: int | None = None,
                         at_most: int | None = None, name: str | None = None,
                         message: str | None = None) -> Check:
    """The most tasks (running `coro`) alive at once is within bounds. Facts: {peak}."""
    what = f"{coro}() tasks" if coro else "tasks"

    def body(run: Program) -> None:
        peak = run.max_concurrent(coro)
        if at_least is not None and peak < at_least:
            fail(_say(message, f"At most {peak} {what} ran at the same time; at least {at_least} should.", peak=peak))
        if at_most is not None and peak > at_most:
            fail(_say(message, f"{peak} {what} ran at the same time; at most {at_most} may.", peak=peak))
    bounds = " and ".join(b for b in (at_least is not None and f"at least {at_least}",
                                      at_most is not None and f"at most {at_most}") if b)
    return _register(name or f"{bounds.capitalize()} {what} run at once", body)


def task_count(count: int, *, coro: str | None = None, name: str | None = None,
               message: str | None = None) -> Check:
    """Exactly `count` tasks (running `coro`) were created. Facts: {count}."""
    what = f"{coro}() tasks" if coro else "tasks"

    def body(run: Program) -> None:
        found = len(run.tasks(coro))
        if found != count:
            fail(_say(message, f"Your program created {found} {what}; it should create {count}.", count=found))
    return _register(name or f"{count} {what} are created", body)


def no_task_left_pending(*, name: str = "No task is left unfinished when the program ends",
                         message: str | None = None) -> Check:
    """Every task finished before main() returned (asyncio.run cancelled none) and no task was
    destroyed while pending. Facts: {tasks} (their names), {count}."""
    def body(run: Program) -> None:
        left = [task for task in run.tasks() if task.left_pending]
        destroyed = run.diagnostic("task-destroyed-pending")
        if not left and destroyed is None:
            return
        names = ", ".join(f"{task.name} ({task.coro})" for task in left)
        if left:
            default = (f"{len(left)} task{'s were' if len(left) > 1 else ' was'} still unfinished when main() "
                       f"returned, so asyncio.run() cancelled {'them' if len(left) > 1 else 'it'}: {names}. "
                       "Await every task you start before main() ends.")
        else:
            assert destroyed is not None
            default = destroyed.message
        fail(_say(message, default, tasks=names, count=len(left)))
    return _register(name, body)


# ---- the code ------------------------------------------------------------------------------------
def calls(*names: str, name: str | None = None, message: str | None = None) -> Check:
    """The code calls at least one of `names` ("asyncio.gather", "asyncio.TaskGroup", ".cancel")."""
    listed = " or ".join(f"`{n.lstrip('.')}`" for n in names)

    def body(run: Program) -> None:
        if not run.code.uses(*names):
            fail(_say(message, f"Your code should use {listed}."))
    return _register(name or f"The code uses {listed}", body)


def no_call(*names: str, name: str | None = None, message: str | None = None) -> Check:
    """The code never calls any of `names`. Facts: {call}, {function} (enclosing def, or "the
    program"), {line}."""
    listed = " or ".join(f"`{n.lstrip('.')}`" for n in names)

    def body(run: Program) -> None:
        found = run.code.calls(*names)
        if found:
            site = found[0]
            function = site.function or "the program"
            default = f"Line {site.line} calls `{site.name}()`, which this exercise rules out."
            fail(_say(message, default, call=site.name, function=function, line=site.line))
    return _register(name or f"The code does not call {listed}", body)


def awaits(*names: str, name: str | None = None, message: str | None = None) -> Check:
    """Every call to `names` is awaited, and there is at least one. Facts: {call}, {line}."""
    listed = " or ".join(f"`{n.lstrip('.')}`" for n in names)

    def body(run: Program) -> None:
        found = run.code.calls(*names)
        if not found:
            fail(_say(message, f"Your code should await {listed}.", call=names[0], line=0))
        for site in found:
            if not site.awaited:
                fail(_say(message, f"Line {site.line} calls `{site.name}(...)` without `await`.",
                          call=site.name, line=site.line))
    return _register(name or f"The code awaits {listed}", body)


def no_bare_except(*, name: str = "No bare `except:`", message: str | None = None) -> Check:
    """No `except:` without an exception type (it swallows CancelledError too). Facts: {line}."""
    def body(run: Program) -> None:
        lines = run.code.bare_excepts()
        if lines:
            default = (f"Line {lines[0]} has a bare `except:`, which also catches CancelledError and "
                       "KeyboardInterrupt. Name the exceptions you expect, e.g. `except ValueError:`.")
            fail(_say(message, default, line=lines[0]))
    return _register(name, body)


def no_import(*modules: str, name: str | None = None, message: str | None = None) -> Check:
    """The code imports none of `modules` (e.g. "requests"). Facts: {module}."""
    def body(run: Program) -> None:
        for module in modules:
            if run.code.imports(module):
                fail(_say(message, f"Your code imports `{module}`, which this exercise rules out.", module=module))
    return _register(name or f"The code does not import {', '.join(modules)}", body)


def defines(function: str, *, is_async: bool | None = None, name: str | None = None,
            message: str | None = None) -> Check:
    """The code defines `function` (as `async def` when is_async=True, plain def when False)."""
    kind = {True: "a coroutine function (`async def`)", False: "a plain function (`def`)", None: "a function"}[is_async]

    def body(run: Program) -> None:
        info = run.code.function(function)
        if info is None:
            fail(_say(message, f"Your code should define `{function}()` as {kind}."))
        if is_async is not None and info.is_async != is_async:
            fail(_say(message, f"`{function}()` should be {kind}."))
    return _register(name or f"`{function}()` is {kind}", body)


# ---- diagnostics ---------------------------------------------------------------------------------
def no_diagnostic(*codes: str, mentioning: str | None = None, name: str | None = None,
                  message: str | None = None) -> Check:
    """None of the runtime's diagnostics with these codes (any, if none given) appeared. The
    default message is the diagnostic's own plain words. Facts: {diagnostic}, {line}."""
    def body(run: Program) -> None:
        for found in run.diagnostics:
            if (not codes or found.code in codes) and (mentioning is None or mentioning in found.message):
                where = f"Line {found.line}: " if found.line else ""
                fail(_say(message, where + found.message, diagnostic=found.message, line=found.line or 0))
    label = ", ".join(codes) if codes else "pitfall"
    return _register(name or f"No {label} diagnostics", body)
