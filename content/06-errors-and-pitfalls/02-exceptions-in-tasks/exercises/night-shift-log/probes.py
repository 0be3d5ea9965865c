import asyncio

from looplab_probes import scenario


@scenario("other-tasks", limit=60)
async def other_tasks(learner):
    """report() as the done callback of three tasks of the checks' own: one finishes, one fails, one is cancelled."""
    report = learner.report
    loop = asyncio.get_running_loop()
    callback_errors = []

    def handler(_, context):
        if str(context.get("message", "")).startswith("Exception in callback"):
            callback_errors.append(type(context.get("exception")).__name__)

    loop.set_exception_handler(handler)

    async def count():
        await asyncio.sleep(0.1)
        return "42 samples"

    async def sync():
        await asyncio.sleep(0.2)
        raise ValueError("bad batch")

    async def render():
        await asyncio.sleep(10)

    tasks = [asyncio.create_task(count(), name="lab"), asyncio.create_task(sync(), name="sync"),
             asyncio.create_task(render(), name="render")]
    for task in tasks:
        task.add_done_callback(report)
    await asyncio.sleep(0.3)
    tasks[2].cancel()
    await asyncio.sleep(0.1)
    return {"callback_errors": callback_errors}
