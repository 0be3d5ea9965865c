import ast

from looplab_checks import check, expect, fail

EXPECTED = """\
[1.0s] greenhouse: 21.5 °C
[2.0s] greenhouse: 22.0 °C
[3.0s] greenhouse: 22.4 °C
"""


@check("feed() is an async generator")
def is_async_generator(run):
    probe = run.probe("is-async-generator")
    if probe.value is not True:
        fail(
            "feed() is not an async generator: calling it gives a coroutine that returns a list at the end, so no "
            "reading can be shown before the last one is taken. Use `yield` inside feed() to hand out each line as "
            "soon as its reading is in."
        )


@check("Each line arrives as soon as its reading is taken")
def as_they_come(run):
    probe = run.probe("cellar")
    if probe.error is not None:
        fail(f"Reading feed(\"cellar\", [12.0, 11.5], 0.4) with async for raised {type(probe.error).__name__}: {probe.error}")
    got = probe.value
    lines = [line for line, _ in got]
    if lines != ["cellar: 12.0 °C", "cellar: 11.5 °C"]:
        fail(f'feed("cellar", [12.0, 11.5], 0.4) should yield "cellar: 12.0 °C" and "cellar: 11.5 °C", but yielded {lines}.')
    first = got[0][1]
    if first < 0.35:
        fail(
            f"feed() hands out each line before the reading is taken: with an interval of 0.4 s the first line "
            f"arrived at {first:.1f} s instead of 0.4 s. Wait `interval` seconds first, then yield."
        )
    if first > 0.45:
        fail(
            f"feed() waits for every reading before it yields the first one: reading the cellar's two readings "
            f"0.4 s apart, the first line arrived at {first:.1f} s instead of 0.4 s. Yield each line right after "
            "its own reading."
        )
    if abs(got[1][1] - 0.8) > 0.05:
        fail(f"The second cellar reading arrived at {got[1][1]:.1f} s instead of 0.8 s.")


@check("Stopping after one line takes one reading only")
def lazy(run):
    probe = run.probe("stop-after-one")
    if probe.error is not None:
        fail(f"Taking one line from feed() and closing it raised {type(probe.error).__name__}: {probe.error}")
    first, elapsed = probe.value
    if first != "attic: 30.0 °C" or abs(elapsed - 1.5) > 0.05:
        fail(
            f"Taking just the first line of five (1.5 s apart) gave {first!r} after {elapsed:.1f} s; it should give "
            "'attic: 30.0 °C' after 1.5 s, without taking the other readings."
        )


@check("main() reads the feed with async for")
def main_uses_async_for(run):
    if run.raised("TypeError", containing="async_generator"):
        fail(
            "main() reads feed() with a plain `for`, which raises TypeError: an async generator can only be read with "
            "`async for`. Write `async for line in feed(...):`."
        )
    main = run.code.function("main")
    loops = [node for node in ast.walk(main.node)] if main else []
    if not any(
        isinstance(node, ast.AsyncFor)
        and isinstance(node.iter, ast.Call)
        and isinstance(node.iter.func, ast.Name)
        and node.iter.func.id == "feed"
        for node in loops
    ):
        fail("main() should print the lines with `async for line in feed(...):`, each one as it arrives.")


expect.runs_ok()
expect.output(EXPECTED)
