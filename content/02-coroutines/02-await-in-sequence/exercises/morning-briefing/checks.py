from looplab_checks import check, expect, fail

EXPECTED = """\
ana in Lisbon: sunny, take sunglasses
ready after 1.0s
"""

expect.no_exception(
    "KeyError",
    containing="coroutine",
    name="No KeyError from a helper that was not awaited",
    message="pick_outfit() was handed a coroutine object instead of the weather, so OUTFITS[weather] raised "
    'KeyError. fetch_weather(city) is a coroutine function: await it to get "sunny" (Python also warns that '
    "it was never awaited).",
)
expect.no_exception(
    "RuntimeError",
    containing="cannot be called from a running event loop",
    name="No asyncio.run() inside a coroutine",
    message="asyncio.run() raised RuntimeError: it cannot be called from a running event loop. briefing() is "
    "already running inside the loop that asyncio.run(main()) started: use await find_city(user) there instead.",
)
expect.runs_ok()
expect.output(EXPECTED)
expect.elapsed(1.0, name="The briefing takes 0.3 + 0.5 + 0.2 = 1.0 s")


@check("briefing() works for other users")
def other_users(run):
    probe = run.probe("briefing-ben")
    if probe.error is not None:
        fail(f'await briefing("ben") raised {type(probe.error).__name__}: {probe.error}')
    want = "ben in Bergen: rainy, take an umbrella"
    if probe.value != want:
        fail(f'await briefing("ben") should return "{want}", but returned {probe.value!r}.')
    if abs(probe.elapsed - 1.0) > 0.05:
        fail(f'await briefing("ben") should take 1.0 s, but took {probe.elapsed:.1f} s.')
