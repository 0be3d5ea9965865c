from looplab_checks import check, expect, fail

EXPECTED = """\
[1.0s] tick 1
[2.0s] tick 2
[3.0s] tick 3
[3.5s] ticker: stopped after 3 ticks
[3.5s] ticker cancelled? True
"""

expect.no_exception(
    "CancelledError",
    name="main() does not end with CancelledError",
    message="The program ended with CancelledError instead of the report: awaiting a cancelled task raises "
    "CancelledError in the coroutine that awaits it. Catch it around await task in main().",
)


@check("main() waits until the ticker has stopped")
def waits_for_the_ticker(run):
    report = run.line("ticker cancelled?")
    stopped = run.line("ticker: stopped after")
    if report is None:
        fail('main() never prints the report line "ticker cancelled? ...".')
    if stopped is not None and stopped.index < report.index:
        return
    if not run.code.uses(".cancel"):
        fail(
            f'main() reported "{report.text.split("] ", 1)[-1]}" without ever cancelling the ticker: it only '
            "stopped when asyncio.run() cleaned up. Call task.cancel(), then await the task (catching "
            "CancelledError) to wait until it has really stopped."
        )
    fail(
        f'main() reported "{report.text.split("] ", 1)[-1]}" before the ticker had stopped: cancel() only '
        "requests cancellation, and the ticker stops on its next step. Await the task after cancelling it "
        "(catching CancelledError) to wait until it has really stopped."
    )


@check("The ticker ends cancelled")
def ends_cancelled(run):
    report = run.line("ticker cancelled?")
    if report is not None and report.text.endswith("False"):
        fail(
            'The ticker stopped, but the report says "ticker cancelled? False": ticker() catches CancelledError '
            "and returns normally, so the task ends with a result instead of being cancelled. Re-raise the "
            "CancelledError after logging (or log in a finally block)."
        )


@check("The ticker task is cancelled")
def ticker_task_cancelled(run):
    tickers = run.tasks(coro="ticker")
    if not tickers:
        fail(
            "The output is right, but no ticker() task ever ran: the lines were printed by other code. Start "
            "the ticker with asyncio.create_task(ticker()), cancel it after 3.5 s, and await it (catching "
            "CancelledError)."
        )
    if not any(task.outcome == "cancelled" for task in tickers):
        fail(
            "The output is right, but the ticker() task was never cancelled. Cancel it after 3.5 s with "
            "task.cancel(), and await it (catching CancelledError)."
        )


expect.output(EXPECTED)
expect.no_diagnostic("cancelled-error-swallowed", name="CancelledError is not swallowed")
expect.runs_ok()
