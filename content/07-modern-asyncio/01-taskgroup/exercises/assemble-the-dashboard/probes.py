import asyncio

from looplab_probes import scenario


@scenario("dashboard-ana")
async def dashboard_ana(learner):
    return await learner.load_dashboard("ana")


@scenario("dashboard-ghost")
async def dashboard_ghost(learner):
    message = await learner.load_dashboard("ghost")
    await asyncio.sleep(3)  # give leftover fetches time to show whether they kept running
    return message
