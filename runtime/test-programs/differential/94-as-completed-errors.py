# pins: as_completed yields failures in finishing order like results: each await raises that task's
# exception, and a caller can go on with the rest.
import asyncio


async def check(host, seconds, ok):
    await asyncio.sleep(seconds)
    if not ok:
        raise ConnectionError(f"{host} is down")
    return f"{host} is up"


async def main():
    checks = [check("a.example", 0.2, True), check("b.example", 0.1, False),
              check("c.example", 0.3, True)]
    for next_done in asyncio.as_completed(checks):
        try:
            print(await next_done)
        except ConnectionError as exc:
            print("error:", exc)


asyncio.run(main())
