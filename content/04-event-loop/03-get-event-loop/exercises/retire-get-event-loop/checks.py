from looplab_checks import check, expect, fail

EXPECTED = """\
flour: in stock
sugar: in stock
eggs: in stock
checked in 0.3s
"""

expect.no_exception(
    "RuntimeError",
    containing="no running event loop",
    name="Nothing raises RuntimeError: no running event loop",
    message="asyncio.get_running_loop() raised RuntimeError: no running event loop. At the top of a script "
    "no loop is running yet; get_running_loop() only works inside a coroutine. Let asyncio.run(main()) "
    "create and run the loop.",
)
expect.no_call(
    "asyncio.get_event_loop",
    ".run_until_complete",
    name="No get_event_loop() or run_until_complete()",
    message="Line {line} still calls {call}(). Give the script an async def main() and start it with "
    "asyncio.run(main()) instead: asyncio.run() creates the loop, runs main() and closes the loop.",
)


@check("The gather happens inside a coroutine")
def gather_inside_main(run):
    for site in run.code.calls("asyncio.gather"):
        if site.function is None:
            fail(
                "asyncio.gather(...) is called outside any coroutine, where no event loop exists yet, so "
                "Python 3.14 raises RuntimeError: There is no current event loop. (asyncio.run() only accepts "
                "a coroutine anyway.) Put the gather inside an async def main() and run that: "
                "asyncio.run(main())."
            )


expect.calls(
    "asyncio.run",
    name="The program starts with asyncio.run()",
    message="Start the program with asyncio.run(main()).",
)
expect.runs_ok()
expect.elapsed(
    0.3,
    name="The three checks still run at the same time (0.3 s)",
    message="The three stock checks now run one after another ({elapsed:.1f} s instead of 0.3 s). The "
    "original script ran them at the same time: keep asyncio.gather() inside main().",
)
expect.max_concurrent_tasks(
    coro="check_stock",
    at_least=3,
    name="Three check_stock() tasks run at once",
    message="The output and the timing look right, but the three stock checks never ran at the same time: the "
    "most check_stock() tasks running at once was {peak}, not 3. Keep asyncio.gather() of the three "
    "check_stock(...) calls inside main().",
)
expect.output(EXPECTED)
