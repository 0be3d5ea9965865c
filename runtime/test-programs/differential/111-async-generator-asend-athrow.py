# pins: asend() sends a value into an async generator, athrow() raises inside it at the yield; the
# generator can catch it and yield again.
import asyncio


async def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as exc:
            print("generator caught:", exc)
            total = 0
            continue
        await asyncio.sleep(0.01)
        total += value


async def main():
    gen = accumulator()
    print(await gen.asend(None))
    print(await gen.asend(5))
    print(await gen.asend(10))
    print(await gen.athrow(ValueError("reset")))
    print(await gen.asend(1))
    await gen.aclose()


asyncio.run(main())
