from looplab_probes import scenario


@scenario("called-off-before-run", limit=60)
async def called_off_before_run(learner):
    """Timers of the checks' own, two of them called off before the loop runs."""
    tiny_loop = learner.TinyLoop
    loop = tiny_loop()
    fired = []

    def note(name):
        return lambda: fired.append((name, round(loop.clock, 3)))

    loop.call_later(0.5, note("a"))
    late = loop.call_later(2.0, note("late"))
    loop.call_later(1.0, note("b"))
    early = loop.call_later(0.2, note("early"))
    if not (hasattr(early, "cancel") and hasattr(late, "cancel")):
        return {"handle": type(early).__name__}
    early.cancel()
    late.cancel()
    loop.run()
    return {"handle": None, "fired": fired, "clock": round(loop.clock, 3)}


@scenario("called-off-by-a-callback", limit=60)
async def called_off_by_a_callback(learner):
    """A callback calls off the only timer still to come: the loop should end at once."""
    tiny_loop = learner.TinyLoop
    loop = tiny_loop()
    fired = []
    later = loop.call_later(5.0, lambda: fired.append(("later", round(loop.clock, 3))))
    if not hasattr(later, "cancel"):
        return {"handle": type(later).__name__}
    loop.call_later(0.3, later.cancel)
    loop.run()
    return {"handle": None, "fired": fired, "clock": round(loop.clock, 3)}
