from looplab_checks import check, expect, fail

EXPECTED = """\
[1.0s] led blink 1
[1.2s] temp 19.5
[2.0s] led blink 2
[2.4s] humidity 60
[3.0s] led blink 3
[4.0s] led blink 4
"""


@check("No coroutine object is logged instead of a reading")
def readings_awaited(run):
    if run.line("<coroutine object to_thread") or run.diagnostic("coroutine-never-awaited", mentioning="to_thread()"):
        fail(
            "Your log shows `<coroutine object to_thread ...>` instead of readings: `asyncio.to_thread(...)` returns "
            "a coroutine, and without `await` the driver never runs (see the RuntimeWarning). Write "
            "`value = await asyncio.to_thread(legacy_read, sensor)`."
        )


@check("The LED blinks on time while the sensors are read")
def blinks_on_time(run):
    first = run.line("led blink 1")
    if first is None:
        fail('The LED never blinks: "led blink 1" is never printed.')
    if first.t <= 1.05:
        return
    wrappers = [site.function for site in run.code.calls("legacy_read")
                if site.in_async and site.function not in (None, "log_readings")]
    if wrappers:
        fail(
            "Wrapping `legacy_read` in an `async def` does not make it non-blocking: the wrapper has no `await` "
            f"that waits, so the call still holds the loop's thread and the LED waits until {first.t:.1f} s. Use "
            "`await asyncio.to_thread(legacy_read, sensor)`."
        )
    if run.code.uses("asyncio.sleep") and any(site.function == "log_readings" for site in run.code.calls("asyncio.sleep")):
        fail(
            f"The LED still first blinks at {first.t:.1f} s: `await asyncio.sleep(0)` gives the loop a turn between "
            "readings, but each `legacy_read` call still blocks the thread for 1.2 s. Run the driver in a thread "
            "with `await asyncio.to_thread(legacy_read, sensor)`."
        )
    fail(
        f"The LED first blinks at {first.t:.1f} s instead of 1.0 s: `legacy_read` blocks the event loop's thread "
        "while it reads. Run it in a worker thread: `await asyncio.to_thread(legacy_read, sensor)`."
    )


expect.output(EXPECTED)
expect.elapsed(4.0, name="The program takes 4.0 s")
expect.no_diagnostic("blocking-call", name="Nothing blocks the event loop")
expect.runs_ok()


@check("log_readings() lets other tasks run while it reads")
def readings_do_not_block(run):
    probe = run.probe("readings-beside-a-heartbeat")
    if probe.error is not None:
        fail(f"await log_readings() raised {type(probe.error).__name__}: {probe.error}")
    if probe.value < 20:
        fail(
            "The log looks right, but log_readings() blocks the event loop: while it read the two sensors, "
            f"a task that should tick every 0.1 s ticked only {probe.value} times. Run the driver in a worker "
            "thread: `value = await asyncio.to_thread(legacy_read, sensor)`."
        )
