from looplab_checks import check, expect, fail

EXPECTED = """\
eu: up (1.0s)
us: DOWN (ConnectionError: us refused the connection)
asia: up (2.0s)
africa: DOWN (TimeoutError: africa did not answer)
2/4 mirrors up, checked in 2.0s
"""
MIRRORS = ["eu", "us", "asia", "africa"]
BROKEN = ["us", "africa"]

expect.runs_ok()


@check("All four mirrors are reported")
def all_reported(run):
    missing = [mirror for mirror in MIRRORS if not run.line_starting(f"{mirror}: ")]
    if missing:
        fail(
            "Only the first failure (`us`) is reported: a default gather raises as soon as one ping fails, and "
            "the other answers are lost. Pass `return_exceptions=True` to get all four outcomes."
        )


@check("Broken mirrors are reported as down")
def broken_reported_down(run):
    wrongly_up = [mirror for mirror in BROKEN if run.line_starting(f"{mirror}: up")]
    reported_down = [mirror for mirror in BROKEN if run.line_starting(f"{mirror}: DOWN")]
    if not wrongly_up and not reported_down:
        fail("The broken mirrors (`us` and `africa`) are not reported as down: print a `DOWN` line for each mirror "
             "whose ping raised.")
    if wrongly_up:
        names = " and ".join(f"`{mirror}`" for mirror in wrongly_up)
        fail(
            f"{names} {'are' if len(wrongly_up) > 1 else 'is'} reported as up: with `return_exceptions=True` their "
            "exceptions come back as ordinary values in the list. Check each one with `isinstance(answer, Exception)`."
        )


expect.elapsed(
    2.0,
    name="The four pings run at the same time (2.0 s)",
    message="The status page is right, but it took {elapsed:.1f} s instead of 2.0 s: each ping is awaited "
    "before the next one starts. Ping all four at once with gather.",
)
expect.max_concurrent_tasks(
    coro="ping",
    at_least=4,
    name="The four ping() tasks run at once",
    message="The status page and the timing look right, but the mirrors were never pinged at the same time: "
    "the most ping() tasks running at once was {peak}, not 4. Ping all four at once with "
    "asyncio.gather(..., return_exceptions=True).",
)
expect.output(EXPECTED)
