import re

from looplab_checks import check, expect, fail

EXPECTED = """\
[0.4s] worker-2 resized cat
[0.9s] worker-2 resized dog
[1.0s] worker-1 resized beach
[1.5s] worker-3 resized city
[1.7s] worker-1 resized moon
[2.3s] worker-1 resized tree
[2.7s] worker-3 resized party
[2.9s] worker-2 resized forest
[2.9s] 8 photos resized
"""


def any_worker(line):
    """Worker names may differ: "[0.4s] worker-2 resized cat" and "[0.4s] w2 resized cat" match."""
    return re.sub(r"^(\[[\d.]+s\]) \S+ resized ", r"\1 <worker> resized ", line)


@check("The program finishes")
def finishes(run):
    if run.status != "deadlock":
        return
    resized = run.lines_with(" resized ")
    if not resized:
        fail(
            "No photo was resized and the program hung: the workers are cancelled before `await queue.join()`, "
            "so nobody is left to empty the queue. Join first, then cancel the workers."
        )
    if not run.code.uses(".task_done"):
        fail(
            f"All {len(resized) if len(resized) != 8 else 'eight'} photos were resized, but then the program hung: "
            "the workers never call `queue.task_done()`, so `await queue.join()` waits for ever. Call it once per "
            "photo, in a `finally:` after the resize."
        )
    fail("The program hung (a deadlock): something waits for ever. See the error output for what each task waits for.")


@check("At most three photos are resized at once")
def at_most_three(run):
    probe = run.probe("main-with-watched-resize")
    if probe.error is not None:
        fail(f"main() raised {type(probe.error).__name__}: {probe.error}")
    peak, calls = probe.value
    if peak > 3:
        many = "All eight resizes" if peak == 8 else f"{peak} resizes"
        fail(
            f"{many} ran at the same moment; the machine can only afford three. Use a queue with exactly three "
            "workers so at most three photos are resized at once."
        )
    if calls != 8:
        fail(
            f"main() called resize() {calls} times instead of once per photo (8). Have three workers take the "
            "photos from a queue and resize each one."
        )


expect.elapsed(
    2.9,
    name="Three workers resize the photos (2.9 s)",
    message="The photos were resized in {elapsed:.1f} s instead of 2.9 s. Start three worker tasks that take "
    "photos from the queue, so three resizes run at a time.",
)
expect.output(EXPECTED, normalize=any_worker)
expect.runs_ok()
expect.no_task_left_pending(
    message="Some tasks were still waiting when main() returned ({tasks}), so asyncio.run() had to cancel them. "
    "Cancel the workers yourself once `await queue.join()` returns."
)
