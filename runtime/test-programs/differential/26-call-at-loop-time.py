# pins: call_at() uses loop.time(); the loop's clock advances by (about) the time slept.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fired = loop.create_future()
    loop.call_at(start + 0.1, fired.set_result, "fired")
    print(await fired)
    elapsed = loop.time() - start
    print("elapsed tenths:", int(elapsed * 10))
    await asyncio.sleep(0.2)
    print("after sleep tenths:", int((loop.time() - start) * 10))


asyncio.run(main())
