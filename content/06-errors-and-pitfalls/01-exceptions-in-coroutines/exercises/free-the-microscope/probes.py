from looplab_probes import scenario


@scenario("contaminated-sample", limit=60)
async def contaminated_sample(learner):
    """A contaminated sample of the checks' own: analyse() should skip it and free the microscope."""
    analyse = learner.analyse
    learner.microscope.in_use = False  # whatever the demo left behind
    learner.READINGS = {"Z9": None}
    try:
        result = await analyse("Z9")
    except Exception as error:
        return {"raised": error, "free": not learner.microscope.in_use}
    return {"raised": None, "result": result, "free": not learner.microscope.in_use}


@scenario("broken-measurement", limit=60)
async def broken_measurement(learner):
    """measure() fails with a bug, not a contamination: analyse() should let it through, and still free the microscope."""
    analyse = learner.analyse
    learner.microscope.in_use = False  # whatever the demo left behind

    async def buggy_measure(sample):
        return 1 / 0

    learner.measure = buggy_measure
    try:
        result = await analyse("Q1")
    except Exception as error:
        return {"raised": error, "free": not learner.microscope.in_use}
    return {"raised": None, "result": result, "free": not learner.microscope.in_use}
