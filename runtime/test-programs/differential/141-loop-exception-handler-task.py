# pins: a custom loop exception handler receives "Task exception was never retrieved" for a failed
# task nobody awaited, with the exception in the context.
import asyncio
import gc


def handler(loop, context):
    print("handler:", context["message"], "|", repr(context.get("exception")))


async def fails():
    raise ValueError("lost")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    task = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    del task
    gc.collect()
    await asyncio.sleep(0.01)


asyncio.run(main())
