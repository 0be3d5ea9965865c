import asyncio

from looplab_probes import scenario


def describe(alarm):
    """What set_alarm() gave back, in words, closing a coroutine so it does not warn."""
    if isinstance(alarm, asyncio.Future):
        return None
    if asyncio.iscoroutine(alarm):
        alarm.close()
        return "a coroutine"
    return type(alarm).__name__ if alarm is not None else "None"


@scenario("one-alarm", limit=60)
async def one_alarm(learner):
    """An alarm of the checks' own: when it completes, and with what."""
    loop = asyncio.get_running_loop()
    began = loop.time()
    alarm = learner.set_alarm(0.7, "time to stretch")
    other = describe(alarm)
    if other is not None:
        return {"returned": other}
    done_at_once = alarm.done()
    value = await alarm
    return {"returned": None, "done_at_once": done_at_once, "value": value, "after": loop.time() - began}


@scenario("dismissed-alarm", limit=60)
async def dismissed_alarm(learner):
    """Cancel an alarm before it rings, wait past its time: what the loop had to report."""
    loop = asyncio.get_running_loop()
    reported = []
    loop.set_exception_handler(lambda _, context: reported.append(repr(context.get("exception"))))
    alarm = learner.set_alarm(0.5, "never heard")
    other = describe(alarm)
    if other is not None:
        return {"returned": other}
    dismissed = alarm.cancel()
    await asyncio.sleep(1)
    return {"returned": None, "dismissed": dismissed, "cancelled": alarm.cancelled(), "reported": reported}
