from looplab_checks import check, expect, fail

EXPECTED = """\
[0.0s] good morning!
[0.0s] blinds: opening
[0.0s] coffee: brewing
[2.0s] blinds: open
[3.0s] coffee: ready
[3.0s] routine finished
"""


@check("The routine finishes after both jobs")
def finishes_last(run):
    finished = run.line("routine finished")
    if finished is None:
        fail('The program never prints "routine finished".')
    blinds, coffee = run.line("blinds: open"), run.line("coffee: ready")
    if blinds is None or coffee is None or finished.index < max(blinds.index, coffee.index):
        fail(
            f"`routine finished` is printed at {finished.t:.1f} s and the blinds and coffee never finish: `main` "
            "does not await the gather, so it returns at once and `asyncio.run` cancels both jobs. Write "
            "`await asyncio.gather(...)`."
        )


@check("The coffee takes its 3 s")
def coffee_waits(run):
    coffee = run.line("coffee: ready")
    if coffee is not None and coffee.t < 2.95:
        fail(
            f"The coffee is ready at {coffee.t:.1f} s: `asyncio.sleep(3)` in `brew_coffee` is still not awaited "
            "(see the RuntimeWarning), so it never waits. Add `await`."
        )


expect.elapsed(
    3.0,
    name="The two jobs run at the same time (3.0 s)",
    message="No more missing awaits, but the routine takes {elapsed:.1f} s: the coffee only starts brewing once "
    "the blinds are open. Keep the two jobs concurrent with `await asyncio.gather(...)`.",
)
@check("The blinds and the coffee are tasks running at once")
def jobs_overlap(run):
    blinds, coffee = run.tasks(coro="open_blinds"), run.tasks(coro="brew_coffee")
    overlap = any(a.created < (b.ended if b.ended is not None else run.elapsed)
                  and b.created < (a.ended if a.ended is not None else run.elapsed)
                  for a in blinds for b in coffee)
    if not overlap:
        fail(
            "The output and the timing look right, but the blinds and the coffee never ran as tasks at the "
            "same time: the timeline shows no open_blinds() and brew_coffee() tasks side by side. Run both "
            "with `await asyncio.gather(open_blinds(), brew_coffee())`."
        )


expect.output(EXPECTED)
expect.no_diagnostic("coroutine-never-awaited", name="No coroutine is left un-awaited")
expect.runs_ok()
