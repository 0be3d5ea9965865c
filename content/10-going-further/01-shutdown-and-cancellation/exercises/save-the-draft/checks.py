from looplab_checks import check, expect, fail

EXPECTED = """\
[0.5s] closing took too long: stopped waiting
[0.7s] draft saved: Dear Sam, ...
"""


@check("main() stops waiting after 0.5 s")
def stops_waiting(run):
    gave_up = run.line("closing took too long")
    if gave_up is None:
        if run.code.uses("asyncio.timeout"):
            fail(
                "The timeout never fired: close_editor() was cancelled at 0.5 s but caught CancelledError and "
                "carried on, so the `async with asyncio.timeout(0.5)` block ended normally, much later. Never "
                "swallow a cancellation: protect the save with `await asyncio.shield(save_draft(text))` instead."
            )
        fail(
            "main() waited for the whole close instead of giving up after 0.5 s: keep the "
            "`async with asyncio.timeout(0.5):` around close_editor(), and protect only the save."
        )
    if abs(gave_up.t - 0.5) > 0.05:
        fail(f"main() stopped waiting at {gave_up.t:.1f} s instead of 0.5 s.")


@check("The draft is saved, by a save that outlived the timeout")
def draft_saved(run):
    saved = run.line("draft saved:")
    if saved is None:
        fail(
            "The draft was never saved: the timeout cancelled close_editor() while it awaited save_draft(), and "
            "the cancellation went on into the save. Wrap the save in asyncio.shield(...): cancelling "
            "close_editor() then leaves it running."
        )
    if saved.task in {task.id for task in run.tasks(coro="main")}:
        fail(
            "The \"draft saved\" line was printed by main() itself, not by save_draft() running on after the "
            "timeout. Keep main() as it is and shield the save inside close_editor()."
        )


expect.calls("asyncio.shield", name="The save is shielded", message="Protect the save with asyncio.shield(...).")
expect.runs_ok()
expect.output(EXPECTED)
