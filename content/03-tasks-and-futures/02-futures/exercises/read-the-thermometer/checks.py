from looplab_checks import check, expect, fail

EXPECTED = """\
kitchen: 21.5 °C
garage: garage sensor not responding
done after 0.8s
"""

expect.no_exception(
    "InvalidStateError",
    name="No result is read before it is set (InvalidStateError)",
    message="read_temperature() raised InvalidStateError: Result is not set. It asks the future for its result "
    "the moment the reading has started. Wait for the future first: return await reading.",
)


@check("Every reading finishes")
def readings_finish(run):
    if run.status == "deadlock":
        fail(
            "Reading the broken garage sensor never finished: the program waited for ever on a future that "
            "nobody completes (a deadlock). When the driver reports an error, pass it on to the future with "
            "set_exception, so that the await raises it."
        )


@check("read_temperature() returns the temperature, not the future")
def returns_the_value(run):
    if not run.code.uses(".create_future", "asyncio.Future"):
        fail("read_temperature() makes no future yet. Create one with asyncio.get_running_loop().create_future(), "
             "let the driver's callbacks complete it, and return what awaiting it gives you.")
    if run.line("<Future pending") or run.line("<Future finished"):
        fail(
            'main() printed "<Future pending>" instead of a temperature: read_temperature() returns the future '
            "itself. Await it inside read_temperature() and return what the await gives you."
        )


expect.runs_ok()
expect.output(EXPECTED)


@check("read_temperature() works with other thermometers")
def other_thermometers(run):
    probe = run.probe("working-sensor")
    if probe.error is not None:
        fail(f"With a sensor that reads -4.25 °C after 1.2 s, read_temperature() raised {type(probe.error).__name__}: {probe.error}")
    value, reads = probe.value
    if value != -4.25:
        fail(f"With a sensor that reads -4.25 °C after 1.2 s, read_temperature() returned {value!r} instead of -4.25.")
    if reads != 1 or abs(probe.elapsed - 1.2) > 0.05:
        fail("read_temperature() should start one reading and return as soon as the driver answers (here after 1.2 s).")


@check("read_temperature() raises the error a broken sensor reports")
def broken_thermometer(run):
    probe = run.probe("broken-sensor")
    if probe.stopped == "deadlock":
        fail("With a sensor that reports an error, read_temperature() waited for ever: pass the error on with set_exception.")
    outcome = probe.value or {}
    if probe.error is None and outcome.get("same"):
        return
    if probe.error is not None:
        got = f"raised {type(probe.error).__name__}: {probe.error}"
    elif "raised" in outcome:
        got = f"raised {type(outcome['raised']).__name__}: {outcome['raised']}"
    else:
        got = "returned " + repr(outcome.get("returned"))
    fail(f"With a sensor that reports PermissionError after 0.4 s, read_temperature() should raise that error, but it {got}.")
