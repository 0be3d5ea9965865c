import asyncio

from looplab_probes import scenario


class FakeSensor:
    """A driver of the checks' own, with the same callback API."""

    def __init__(self, celsius=None, seconds=0.1, error=None):
        self.celsius, self.seconds, self.error = celsius, seconds, error
        self.reads = 0

    def read(self, on_reading, on_error):
        self.reads += 1
        loop = asyncio.get_running_loop()
        if self.error is not None:
            loop.call_later(self.seconds, on_error, self.error)
        else:
            loop.call_later(self.seconds, on_reading, self.celsius)


@scenario("working-sensor")
async def working_sensor(learner):
    sensor = FakeSensor(celsius=-4.25, seconds=1.2)
    return await learner.read_temperature(sensor), sensor.reads


@scenario("broken-sensor", limit=60)
async def broken_sensor(learner):
    """Whether read_temperature() raises the very exception the sensor reported."""
    problem = PermissionError("the attic sensor is locked")
    try:
        value = await learner.read_temperature(FakeSensor(seconds=0.4, error=problem))
    except Exception as error:
        return {"raised": error, "same": error is problem}
    return {"returned": value}
