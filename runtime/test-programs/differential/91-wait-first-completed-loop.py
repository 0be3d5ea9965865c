# pins: a loop over wait(FIRST_COMPLETED) handles tasks as they finish, feeding `pending` back in.
import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    pending = {asyncio.create_task(download(name, s))
               for name, s in (("big", 0.3), ("small", 0.1), ("medium", 0.2))}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            print("finished:", task.result(), "| still pending:", len(pending))


asyncio.run(main())
