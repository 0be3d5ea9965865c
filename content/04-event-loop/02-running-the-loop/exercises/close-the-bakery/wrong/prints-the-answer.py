import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def bake(batches):
    for batch in range(1, batches + 1):
        log(f"batch {batch} in the oven")
        await asyncio.sleep(2)
    log("oven off")


async def pretend():
    # Prints what the baking would print, waiting as long as it would take.
    for batch in range(1, 4):
        log(f"batch {batch} in the oven")
        await asyncio.sleep(2)
    log("oven off")
    loop.stop()


loop = asyncio.new_event_loop()
loop.create_task(pretend())
loop.run_forever()
log("bakery closed")
loop.close()
