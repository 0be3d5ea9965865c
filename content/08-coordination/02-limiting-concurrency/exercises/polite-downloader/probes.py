from looplab_probes import CallWatch, scenario


def download(names, limit, sizes):
    """A scenario: download_all() on files of the checks' own sizes, watching fetch()."""

    async def run(learner):
        learner.SIZES = dict(learner.SIZES, **sizes)
        watch = CallWatch(learner, "fetch")
        files = await learner.download_all(names, limit)
        return list(files), watch.peak

    return run


scenario("seven-files-limit-2")(download(["a.zip", "b.zip", "c.zip", "d.zip", "e.zip", "f.zip", "g.zip"], 2, {}))
scenario("four-isos-limit-3")(download(["x.iso", "y.iso", "z.iso", "w.iso"], 3,
                                       {"x.iso": 3.0, "y.iso": 1.0, "z.iso": 1.0, "w.iso": 1.0}))
