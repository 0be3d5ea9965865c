from looplab_checks import check, expect, fail

EXPECTED = """\
harbour: 14.5 °C
hilltop: 9.0 °C
airport: 12.0 °C
average: 11.8 °C
"""
STATIONS = ["harbour", "hilltop", "airport"]


@check("gather is awaited")
def gather_awaited(run):
    if not run.code.uses("asyncio.gather"):
        fail("The program does not call asyncio.gather yet: the stations are read one after another. Read all "
             "three at once with `readings = await asyncio.gather(...)`.")
    if run.code.unawaited("asyncio.gather"):
        fail(
            "`asyncio.gather(...)` without `await` gives you a future, not the list of readings, so the program "
            "crashes when it uses the result. Write `readings = await asyncio.gather(...)`."
        )


@check("The stations are printed in station order")
def station_order(run):
    order = [line.text.split(":")[0] for line in run.lines if line.text.split(":")[0] in STATIONS]
    if len(order) == 3 and order != STATIONS:
        fail(
            f"The stations are printed in the order they answered ({', '.join(order)}), not in station order. "
            "Print from the list gather returns: it is in argument order whatever order the stations finish."
        )


@check("The three stations are read at the same time (1.5 s)")
def concurrent(run):
    if abs(run.elapsed - 1.5) <= 0.05:
        return
    if run.code.uses("asyncio.create_task"):
        fail(
            f"The readings are right, but the program took {run.elapsed:.1f} s instead of 1.5 s: each task is "
            "awaited straight after it is created, so the stations are still read one at a time. Start all "
            "three before waiting (gather does both for you)."
        )
    fail(
        f"The program took {run.elapsed:.1f} s instead of 1.5 s: each station is awaited before the next one is "
        "asked, so they are read one at a time. Read all three at once with asyncio.gather."
    )


expect.max_concurrent_tasks(
    coro="read_station",
    at_least=3,
    name="Three read_station() tasks run at once",
    message="The output and the timing look right, but the three stations were never read at the same time: the "
    "most read_station() tasks running at once was {peak}, not 3. Read all three at once: "
    "readings = await asyncio.gather(read_station(...), read_station(...), read_station(...)).",
)
expect.runs_ok()
expect.output(EXPECTED)
expect.calls("asyncio.gather", name="The readings are taken with asyncio.gather", message="Take the three readings with `asyncio.gather`.")
