import asyncio
import time

start = time.perf_counter()

SHOPS = {  # shop: (seconds it takes to answer, price it quotes)
    "Ace Tools": (0.4, 12.5),
    "Bolt & Co": (2.5, 9.9),
    "Hammer Time": (0.8, 11.0),
}


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def ask(shop):
    """Ask one shop for a quote: its price, after a while."""
    seconds, price = SHOPS[shop]
    await asyncio.sleep(seconds)
    return price


async def quote_within(shop, limit):
    try:
        async with asyncio.timeout(limit):
            return await ask(shop)
    except TimeoutError:
        log(f"{shop}: no answer within {limit}s")
        return None


async def best_quote(shops, limit):
    """Ask every shop at once, each for at most `limit` seconds; return (shop, price) of the cheapest answer, or None."""
    prices = await asyncio.gather(*(quote_within(shop, limit) for shop in shops))
    answers = [(price, shop) for shop, price in zip(shops, prices) if price is not None]
    if not answers:
        return None
    price, shop = min(answers)
    return shop, price


async def main():
    log(f"best: {await best_quote(['Ace Tools', 'Bolt & Co', 'Hammer Time'], limit=1.0)}")
    log(f"best: {await best_quote(['Ace Tools', 'Bolt & Co', 'Hammer Time'], limit=3.0)}")
    log(f"best: {await best_quote(['Bolt & Co'], limit=0.5)}")


asyncio.run(main())
