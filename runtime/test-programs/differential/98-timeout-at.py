# pins: asyncio.timeout_at(when) uses the loop's clock; when() reports the deadline, expired()
# tells whether it fired; timeout(None) never fires until rescheduled.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.1
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("deadline matches:", cm.when() == deadline)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        await asyncio.sleep(0.05)
    print("no timeout; expired:", cm.expired())


asyncio.run(main())
