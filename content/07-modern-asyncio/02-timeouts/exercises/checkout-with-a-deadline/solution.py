import asyncio
import time

START = time.perf_counter()
LATENCY = {"SlowBank": 30, "QuickPay": 0.5, "LazyPay": 4}


def clock():
    return f"[{time.perf_counter() - START:.1f}s]"


async def charge(provider, amount):
    await asyncio.sleep(LATENCY[provider])  # waiting for the provider
    return f"{amount:.2f} EUR charged by {provider}"



async def pay(amount, providers, limit=1.5):
    """Try each provider in turn, giving each at most `limit` seconds."""
    for provider in providers:
        try:
            async with asyncio.timeout(limit):
                return await charge(provider, amount)
        except TimeoutError:
            print(clock(), provider, "timed out")
    return "payment failed: nothing charged"


async def main():
    receipt = await pay(12.5, ["SlowBank", "QuickPay"])
    print(clock(), receipt)
    receipt = await pay(8, ["SlowBank", "LazyPay"])
    print(clock(), receipt)


asyncio.run(main())
