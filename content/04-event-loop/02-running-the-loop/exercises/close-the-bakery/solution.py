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


loop = asyncio.new_event_loop()
baking = loop.create_task(bake(3))
baking.add_done_callback(lambda task: loop.stop())  # stop once the baking is done
loop.run_forever()
log("bakery closed")
loop.close()
