from looplab_checks import check, expect, fail

EXPECTED = """\
[0.5s] ghost: dashboard unavailable (no order history for 'ghost')
[2.0s] ana: Ana Lima | 3 orders | 2 headlines
"""

expect.no_exception(
    "ExceptionGroup",
    name="The program does not crash with an ExceptionGroup",
    message="The program crashed with an `ExceptionGroup`: a TaskGroup wraps failures in a group, and a plain "
    "`except LookupError:` does not match it. Use `except* LookupError as group:`.",
)


@check("A good dashboard loads its three parts at the same time (1.5 s)")
def good_dashboard(run):
    probe = run.probe("dashboard-ana")
    if probe.error is not None:
        fail(f'load_dashboard("ana") raised {type(probe.error).__name__}: {probe.error}')
    if abs(probe.elapsed - 1.5) <= 0.05:
        return
    if any(site.awaited for site in run.code.calls(".create_task")):
        fail(
            f"The fetches still run one after another (the good dashboard takes {probe.elapsed:.1f} s, not 1.5 s): "
            "each `tg.create_task(...)` is awaited immediately. Create all three, let the block wait for them, "
            "and read `.result()` afterwards."
        )
    fail(
        f"The fetches still run one after another (the good dashboard takes {probe.elapsed:.1f} s, not 1.5 s). "
        "Start the three fetches as tasks of an `asyncio.TaskGroup` so they run at the same time."
    )


expect.runs_ok()
expect.output(EXPECTED)


@check("When a fetch fails, the other fetches are cancelled at once")
def failure_cancels_the_rest(run):
    probe = run.probe("dashboard-ghost")
    if probe.error is not None:
        fail(f'load_dashboard("ghost") raised {type(probe.error).__name__}: {probe.error}')
    if probe.value != "dashboard unavailable (no order history for 'ghost')":
        fail(f"load_dashboard(\"ghost\") should return \"dashboard unavailable (no order history for 'ghost')\", but returned {probe.value!r}.")
    kept_running = [task for name in ("fetch_profile", "fetch_news") for task in probe.tasks(coro=name)
                    if task.outcome == "done"]
    if kept_running:
        until = " and ".join(f"{task.ended:.1f} s" for task in kept_running)
        fail(
            f"The output is right, but after `ghost`'s orders failed, their profile and news fetches kept running "
            f"until {until}: `gather` does not cancel the others. Use an `asyncio.TaskGroup`, which cancels them "
            "as soon as one fails."
        )
    cancelled = [task for name in ("fetch_profile", "fetch_news") for task in probe.tasks(coro=name)
                 if task.outcome == "cancelled"]
    if not cancelled:
        fail(
            "After `ghost`'s orders failed, no other fetch was cancelled: the profile and news fetches were not "
            "running at the same time as the orders. Start all three in one `asyncio.TaskGroup`, which cancels "
            "the others as soon as one fails."
        )


expect.calls(
    "asyncio.TaskGroup",
    name="The fetches run in an asyncio.TaskGroup",
    message="Rewrite `load_dashboard` with an `asyncio.TaskGroup`.",
)
