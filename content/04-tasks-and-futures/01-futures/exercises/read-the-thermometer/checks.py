import asyncio

from looplab_checks import check, expect, fail

EXPECTED = """\
kitchen: 21.5 °C
garage: garage sensor not responding
done after 0.8s
"""

expect.no_exception(
    "InvalidStateError",
    name="The future is awaited before its result is read",
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
    if run.line("<Future pending") or run.line("<Future finished"):
        fail(
            'main() printed "<Future pending>" instead of a temperature: read_temperature() returns the future '
            "itself. Await it inside read_temperature() and return what the await gives you."
        )


expect.runs_ok()
expect.output(EXPECTED)


class FakeSensor:
    """A driver of the checks' own, with the same callback API."""

    def __init__(self, celsius=None, seconds=0.1, error=None):
        self.celsius, self.seconds, self.error = celsius, seconds, error
        self.reads = 0

    def read(self, on_reading, on_error):
        self.reads += 1
        loop = asyncio.get_running_loop()
        if self.error is not None:
            loop.call_later(self.seconds, on_error, self.error)
        else:
            loop.call_later(self.seconds, on_reading, self.celsius)


@check("read_temperature() works with other thermometers")
def other_thermometers(run):
    async def working(learner):
        sensor = FakeSensor(celsius=-4.25, seconds=1.2)
        return await learner.read_temperature(sensor), sensor.reads

    probe = run.probe(working)
    if probe.error is not None:
        fail(f"With a sensor that reads -4.25 °C after 1.2 s, read_temperature() raised {type(probe.error).__name__}: {probe.error}")
    value, reads = probe.value
    if value != -4.25:
        fail(f"With a sensor that reads -4.25 °C after 1.2 s, read_temperature() returned {value!r} instead of -4.25.")
    if reads != 1 or abs(probe.elapsed - 1.2) > 0.05:
        fail("read_temperature() should start one reading and return as soon as the driver answers (here after 1.2 s).")


@check("read_temperature() raises the error a broken sensor reports")
def broken_thermometer(run):
    problem = PermissionError("the attic sensor is locked")

    async def broken(learner):
        return await learner.read_temperature(FakeSensor(seconds=0.4, error=problem))

    probe = run.probe(broken, limit=60)
    if probe.stopped == "deadlock":
        fail("With a sensor that reports an error, read_temperature() waited for ever: pass the error on with set_exception.")
    if probe.error is not problem:
        got = "returned " + repr(probe.value) if probe.error is None else f"raised {type(probe.error).__name__}: {probe.error}"
        fail(f"With a sensor that reports PermissionError after 0.4 s, read_temperature() should raise that error, but it {got}.")
