from looplab_checks import check, expect, fail

EXPECTED = """\
[0.3s] logged in
[0.4s] sent 'hello'
[0.5s] sent 'bye'
heartbeat stopped at the end: True
"""


@check("log_in() and send() do the talking")
def steps_do_the_work(run):
    logged_in = run.line("logged in")
    if logged_in is None:
        if run.raised("ConnectionError"):
            return  # the next check explains it
        fail('The program never printed "logged in": keep log_in() as it is, and call it first.')
    main = {task.id for task in run.tasks(coro="main")}
    if logged_in.task is None or logged_in.task in main:
        fail(
            "The \"logged in\" line was printed by main() itself, not by log_in(): keep chat() calling log_in() "
            "and send(), and change only how it runs them."
        )


@check("The session stays open from one step to the next")
def session_survives(run):
    if run.raised("ConnectionError"):
        fail(
            "send() found the session closed: each asyncio.run() makes a new loop and, as it ends, cancels the "
            "tasks left on it, the heartbeat among them. Run every step on one loop: "
            "`with asyncio.Runner() as runner:` and `runner.run(...)` for each step."
        )
    if not run.lines_with("sent "):
        fail('No line was sent: chat() should call send(session, line) for each line, after log_in().')


@check("The loop is closed at the end, heartbeat and all")
def closed_at_the_end(run):
    last = run.line_starting("heartbeat stopped at the end:")
    if last is None:
        fail('The program should end by printing "heartbeat stopped at the end: ...", as the starter does.')
    if last.text.endswith("False"):
        if run.code.uses("asyncio.Runner"):
            fail(
                "The runner was never closed, so its loop and the heartbeat were left behind. Use it in a "
                "`with asyncio.Runner() as runner:` block: leaving the block cancels what is left and closes the loop."
            )
        fail(
            "The loop was never closed, so the heartbeat was left pending on it. asyncio.Runner, in a `with` "
            "block, gives you one loop for several steps and cleans it up at the end."
        )


expect.calls(
    "asyncio.Runner",
    name="Each step is a run() of its own, on one asyncio.Runner",
    message=(
        "chat() ran all the steps inside one asyncio.run(): that works here, but the point is synchronous code "
        "calling into async code step by step. Keep the steps separate and run each with runner.run(...) "
        "on one `with asyncio.Runner() as runner:`."
    ),
)
expect.runs_ok()
expect.output(EXPECTED)
