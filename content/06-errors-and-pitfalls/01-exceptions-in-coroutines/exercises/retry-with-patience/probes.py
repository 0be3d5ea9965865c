import asyncio

from looplab_probes import scenario


class Operation:
    """An operation of the checks' own: answers from a script, counting its calls."""

    def __init__(self, *answers, seconds=0.1):
        self.answers, self.seconds, self.calls = list(answers), seconds, 0

    async def __call__(self):
        self.calls += 1
        await asyncio.sleep(self.seconds)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, BaseException):
            raise answer
        return answer


async def with_heartbeat(work):
    """Run `work` while a heartbeat task ticks every 0.1 s: a blocking pause stops the ticks."""
    ticks = []

    async def heartbeat():
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(0.1)
            ticks.append(loop.time())

    beat = asyncio.create_task(heartbeat())
    try:
        outcome = await work
    finally:
        beat.cancel()
    return outcome, ticks


@scenario("always-fails")
async def always_fails(learner):
    """retry() on an operation that fails every time: is the last ConnectionError re-raised, itself?"""
    last = ConnectionError("still no signal")
    operation = Operation(ConnectionError("no signal"), ConnectionError("no signal"), last)
    try:
        result = await learner.retry(operation, attempts=3, delay=0.5)
    except ConnectionError as error:
        return {"how": "raised", "value": error, "same": error is last, "calls": operation.calls}
    return {"how": "returned", "value": result, "same": False, "calls": operation.calls}


@scenario("other-error")
async def other_error(learner):
    """retry() on an operation that raises ValueError: does it come out at once, unchanged?"""
    bug = ValueError("negative temperature reading")
    operation = Operation(bug)
    try:
        await learner.retry(operation, attempts=3, delay=0.5)
    except ValueError as error:
        return {"same": error is bug, "calls": operation.calls}
    return {"same": False, "calls": operation.calls}


@scenario("success-with-heartbeat")
async def success_with_heartbeat(learner):
    operation = Operation(ConnectionError("busy"), 42, seconds=0.2)
    value, ticks = await with_heartbeat(learner.retry(operation, attempts=4, delay=1.0))
    return value, operation.calls, len(ticks)
