from looplab_probes import CallWatch, scenario


@scenario("main-with-watched-resize")
async def main_with_watched_resize(learner):
    """main() with resize() watched: the most resizes at once, and how many there were."""
    watch = CallWatch(learner, "resize")
    await learner.main()
    return watch.peak, len(watch.calls)
