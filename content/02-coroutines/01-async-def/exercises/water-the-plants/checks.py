from looplab_checks import check, expect, fail

EXPECTED = """\
[0.0s] watering the fern
[1.0s] fern watered
[1.0s] watering the basil
[1.5s] basil watered
[1.5s] watering the cactus
[1.7s] cactus watered
"""


@check("water() and main() are coroutine functions")
def coroutine_functions(run):
    plain = [name for name in ("water", "main") if (info := run.code.function(name)) and not info.is_async]
    missing = [name for name in ("water", "main") if run.code.function(name) is None]
    if missing:
        fail(f"Your code no longer defines {' and '.join(f'{n}()' for n in missing)}. Keep the names.")
    if plain:
        names = " and ".join(f"{name}()" for name in plain)
        fail(f"{names} should be coroutine function{'s' if len(plain) > 1 else ''}: write `async def` instead of `def`.")


@check("Nothing waits with time.sleep()")
def no_time_sleep(run):
    for site in run.code.calls("time.sleep"):
        where = site.function or "the program"
        fail(
            f"{where}() is a coroutine now, but it still waits with time.sleep(), which blocks the whole event "
            "loop: no other coroutine could run while a plant is being watered. Use await asyncio.sleep(seconds)."
        )


@check("asyncio.run() is given a coroutine")
def run_gets_a_coroutine(run):
    defined = {name for name in ("main", "water") if run.code.function(name)}
    if not run.code.uses("asyncio.run"):
        fail("The program does not start with asyncio.run() yet: run main() with asyncio.run(main()).")
    for site in run.code.calls("asyncio.run"):
        argument = site.node.args[0] if site.node.args else None
        name = run.code.resolve(argument) if argument is not None else None
        if name in defined:
            fail(
                f"asyncio.run() was given the function {name} itself instead of a coroutine, so it raised an error "
                "before anything ran. Pass it a coroutine object by calling the coroutine function: "
                f"asyncio.run({name}())."
            )


@check("Every watering is awaited")
def waterings_awaited(run):
    water = run.code.function("water")
    if water is None or not water.is_async:
        fail("water() is not a coroutine function yet, so there is nothing to await: make it `async def`, then "
             "`await water(plant, seconds)` in main().")
    if run.line("<coroutine object water") or run.diagnostic("coroutine-never-awaited", mentioning="water()"):
        fail(
            'The log shows "<coroutine object water at ...>" instead of "fern watered": main() calls water(...) '
            "but never awaits it, so no plant was watered (and Python warns \"coroutine 'water' was never "
            'awaited"). Write await water(plant, seconds).'
        )


expect.calls("asyncio.run", name="The program starts with asyncio.run()", message="Start the program with asyncio.run(main()).")
expect.runs_ok()
expect.output(EXPECTED)


@check("water() works for any plant")
def water_other_plants(run):
    probe = run.probe("water-the-rose")
    if probe.error is not None:
        fail(f'await water("rose", 0.3) raised {type(probe.error).__name__}: {probe.error}')
    if probe.value != "rose watered":
        fail(f'await water("rose", 0.3) should return "rose watered", but returned {probe.value!r}.')
    if abs(probe.elapsed - 0.3) > 0.05:
        fail(f'await water("rose", 0.3) should take 0.3 s, but took {probe.elapsed:.1f} s.')
    if not probe.line("watering the rose"):
        fail('water("rose", 0.3) should log "watering the rose" when it starts.')


@check("main() waters each plant with water()")
def main_calls_water(run):
    probe = run.probe("main-waters-each-plant")
    if probe.error is not None:
        fail(f"await main() raised {type(probe.error).__name__}: {probe.error}")
    want = [("fern", 1.0), ("basil", 0.5), ("cactus", 0.2)]
    if list(probe.value or []) != want:
        calls = ", ".join(f"water{args!r}" for args in probe.value or []) or "no call at all"
        fail(
            "The log is right, but main() did not water the plants with water(): the checks saw "
            f"{calls}. Keep the loop in main() that calls log(await water(plant, seconds)) for each plant."
        )
