from looplab_probes import scenario


@scenario("other-files")
async def other_files(learner):
    """Three other files: b.txt finishes first, then c.txt, then a.txt."""
    await learner.download_all([("a.txt", 0.3), ("b.txt", 0.1), ("c.txt", 0.2)])
