from looplab_probes import scenario


@scenario("briefing-ben")
async def briefing_ben(learner):
    return await learner.briefing("ben")
