import re

from looplab_checks import check, expect, fail

EXPECTED = """\
[0.0s] Ana packs order-1
[0.0s] Ben packs order-2
[0.4s] Ana finished order-1
[0.4s] Ana packs order-3
[0.5s] Ben finished order-2
[0.5s] Ben packs order-4
[0.8s] Ana finished order-3
[0.8s] Ana packs order-5
[0.9s] closing time
[1.0s] Ben finished order-4
[1.0s] Ben goes home
[1.2s] Ana finished order-5
[1.2s] Ana goes home
[1.2s] 3 orders left for tomorrow
"""
PACKS = re.compile(r"(\w+) packs (order-\d+)")


def started(run):
    found = []
    for line in run.lines:
        match = PACKS.search(line.text)
        if match:
            found.append((line, match.group(1), match.group(2)))
    return found


@check("The orders are packed by the packer() tasks")
def packed_by_packers(run):
    packers = {task.id for task in run.tasks(coro="packer")}
    lines = started(run)
    if not lines or any(line.task not in packers for line, _, _ in lines):
        fail(
            "The packing lines were not printed by packer() tasks: keep main() starting the two packers, and "
            "make them stop at closing time with the event."
        )


@check("No order is left half-packed")
def none_half_packed(run):
    unfinished = [order for _, _, order in started(run) if not run.line(f"finished {order}")]
    if not unfinished:
        return
    orders = " and ".join(unfinished)
    if any(task.left_pending for task in run.tasks(coro="packer")):
        fail(
            f"main() finished while the packers were still busy, so asyncio.run() cancelled them halfway through "
            f"{orders}. After setting the event, wait for the packers: await asyncio.gather(*packers)."
        )
    fail(
        f"{orders} {'were' if len(unfinished) > 1 else 'was'} started but never finished: cancel() stops a packer "
        "wherever it is, even halfway through an order. Set the closing event instead, and have each packer check "
        "it before taking the next order."
    )


@check("No order is started after closing time")
def none_after_closing(run):
    closing = run.line("closing time")
    if closing is None:
        fail('main() never prints "closing time".')
    for line, name, order in started(run):
        if line.t > closing.t + 0.01:
            fail(
                f"{name} started {order} at {line.t:.1f} s, after closing time ({closing.t:.1f} s): the packers "
                "look at the event only once. Check it before every order: while orders and not closing.is_set():"
            )


@check("packer() stops between orders when the event is set")
def packer_alone(run):
    probe = run.probe("close-at-0.4")
    if probe.error is not None:
        fail(f"packer() with three orders and the shop closing at 0.4 s raised {type(probe.error).__name__}: {probe.error}")
    got = probe.value
    if got["left"] != ["c"] or abs(got["elapsed"] - 0.6) > 0.05:
        fail(
            f"With orders a, b, c of 0.3 s each and the event set at 0.4 s, packer() should finish b and go home at "
            f"0.6 s leaving ['c']; it went home at {got['elapsed']:.1f} s leaving {got['left']}."
        )


expect.runs_ok()
expect.output(EXPECTED)
