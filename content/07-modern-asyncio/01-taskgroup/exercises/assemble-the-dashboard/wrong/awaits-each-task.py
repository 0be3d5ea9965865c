import asyncio
import time

START = time.perf_counter()
USERS = {"ana": ("Ana Lima", ["tea", "cups", "kettle"])}


def clock():
    return f"[{time.perf_counter() - START:.1f}s]"


async def fetch_profile(user):
    await asyncio.sleep(1)
    return USERS[user][0] if user in USERS else user.title()


async def fetch_orders(user):
    await asyncio.sleep(0.5)
    if user not in USERS:
        raise LookupError(f"no order history for {user!r}")
    return USERS[user][1]


async def fetch_news():
    await asyncio.sleep(1.5)
    return ["Kettles on sale", "New teas in stock"]



async def load_dashboard(user):
    try:
        async with asyncio.TaskGroup() as tg:
            profile = await tg.create_task(fetch_profile(user))
            orders = await tg.create_task(fetch_orders(user))
            news = await tg.create_task(fetch_news())
    except* LookupError as group:
        message = f"dashboard unavailable ({group.exceptions[0]})"
    else:
        message = f"{profile} | {len(orders)} orders | {len(news)} headlines"
    return message


async def main():
    for user in ["ghost", "ana"]:
        dashboard = await load_dashboard(user)
        print(clock(), f"{user}:", dashboard)


asyncio.run(main())
