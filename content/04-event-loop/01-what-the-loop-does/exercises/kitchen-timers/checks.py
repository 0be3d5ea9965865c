from looplab_checks import check, expect, fail

EXPECTED = """\
[4.0s] garlic bread is ready
[6.0s] sauce is ready
[9.0s] pasta is ready
"""
RINGS = {"garlic bread": 4.0, "sauce": 6.0, "pasta": 9.0}


@check("set_timers() returns at once")
def returns_at_once(run):
    sleeps = [site for site in run.code.calls("time.sleep") if site.function == "set_timers"]
    if sleeps:
        blocked = run.elapsed - 10.0
        fail(
            f"set_timers() waits with time.sleep(), so it blocks the event loop for {blocked:.1f} s before "
            f"main() even starts its own wait ({run.elapsed:.1f} s in all instead of 10.0 s). set_timers() "
            "must return at once and leave the waiting to the loop: use loop.call_later()."
        )


@check("Each timer rings when its time is up")
def rings_on_time(run):
    rings = run.lines_with(" is ready")
    if not rings:
        fail("No timer rang. For every (name, seconds) pair, set_timers() must make the loop call ring(name, start) that many seconds later.")
    if len(rings) > 1 and all(line.t < 0.05 for line in rings):
        fail(
            "Every timer rang at 0.0 s. Writing ring(name, start) calls ring on the spot and hands "
            "call_later its return value, None, which then fails when the timer fires. Pass the function "
            "and its arguments separately: loop.call_later(seconds, ring, name, start)."
        )
    for line in rings:
        name = line.text.split("] ", 1)[-1].removesuffix(" is ready")
        want = RINGS.get(name)
        if want is not None and abs(line.t - want) > 0.05:
            fail(
                f"The timers rang one after another ({name} at {line.t:.1f} s instead of {want:.1f} s): "
                "each one only started counting when the previous one had rung. loop.call_later() sets a "
                "timer and returns at once, so all of them can count down together."
            )
    if all(line.task is not None for line in rings):
        fail(
            "The timers rang on time, but no timer rang them: a coroutine printed the lines itself. Have "
            "set_timers() set one timer per pair with loop.call_later(seconds, ring, name, start), so the "
            "loop calls ring() when each time is up."
        )


expect.output(EXPECTED)
expect.elapsed(10.0, name="The program takes 10 s, the time main() stays in the kitchen")
expect.runs_ok()


@check("set_timers() works with other timers, in any order")
def other_timers(run):
    probe = run.probe("tea-egg-toast")
    if probe.error is not None:
        fail(f"set_timers(loop, [(\"tea\", 3), (\"egg\", 1.5), (\"toast\", 2)]) raised {type(probe.error).__name__}: {probe.error}")
    if probe.value is None or probe.value > 0.01:
        fail("set_timers() must return at once: it waited before returning.")
    rings = [(line.text.split("] ", 1)[-1], round(line.t, 1)) for line in probe.lines]
    want = [("egg is ready", 1.5), ("toast is ready", 2.0), ("tea is ready", 3.0)]
    if rings != want:
        got = ", ".join(f"{text} at {t:.1f} s" for text, t in rings) or "nothing"
        fail(
            "With the timers tea 3 s, egg 1.5 s and toast 2 s, they should ring at 1.5, 2.0 and 3.0 s, "
            f"but the checks saw: {got}."
        )
