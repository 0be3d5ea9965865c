from looplab_probes import scenario


@scenario("download-alone")
async def download_alone(learner):
    await learner.download("song.ogg", 0.7)
