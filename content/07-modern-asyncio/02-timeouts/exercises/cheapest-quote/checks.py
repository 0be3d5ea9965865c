from looplab_checks import check, expect, fail

EXPECTED = """\
[1.0s] Bolt & Co: no answer within 1.0s
[1.0s] best: ('Hammer Time', 11.0)
[3.5s] best: ('Bolt & Co', 9.9)
[4.0s] Bolt & Co: no answer within 0.5s
[4.0s] best: None
"""

SHOPS = "Nail Depot (7.0 after 0.5 s), Never Calls Back (never answers) and Screw U (8.5 after 0.2 s)"


def other_shops(run):
    probe = run.probe("other-shops")
    if probe.stopped is not None:
        fail(
            f"Asked for quotes from {SHOPS} with a 0.9 s limit, best_quote() waited for ever: it waits for the shop "
            "that never answers. Give each shop at most limit seconds, with asyncio.timeout(limit) (or wait_for) "
            "around each ask()."
        )
    if probe.error is not None:
        fail(f"Asked for quotes from {SHOPS} with a 0.9 s limit, best_quote() raised "
             f"{type(probe.error).__name__}: {probe.error}")
    return probe.value


@check("best_quote() gives up on a shop that never answers")
def gives_up(run):
    other_shops(run)


@check("best_quote() asks every shop at once")
def asks_at_once(run):
    outcome = other_shops(run)
    if outcome["peak"] < 3:
        fail(
            f"best_quote() asked at most {outcome['peak']} of the checks' three shops at a time, and took {outcome['after']:.1f} s instead of 0.9 s. Ask them all at once, each in its own coroutine "
            "with its own timeout, and gather those."
        )


@check("best_quote() keeps the answers that came in time")
def keeps_answers(run):
    outcome = other_shops(run)
    if outcome["result"] is None:
        fail(
            f"Asked for quotes from {SHOPS} with a 0.9 s limit, best_quote() returned None, though two shops "
            "answered in time. One timeout around the whole gather cancels every request when the slowest shop "
            "runs out of time: give each shop its own timeout, inside the coroutine that asks it."
        )
    if tuple(outcome["result"]) != ("Nail Depot", 7.0):
        fail(
            f"Asked for quotes from {SHOPS} with a 0.9 s limit, best_quote() returned {outcome['result']!r} "
            "instead of ('Nail Depot', 7.0), the cheapest answer that came in time."
        )


expect.runs_ok()
expect.output(EXPECTED)
