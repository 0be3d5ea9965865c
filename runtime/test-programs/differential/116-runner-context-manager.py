# pins: asyncio.Runner runs several coroutines on one loop (state kept between them), get_loop()
# gives that loop, and the loop is closed when the block ends.
import asyncio


async def remember(store, value):
    await asyncio.sleep(0.01)
    store.append(value)
    return len(store)


store = []
with asyncio.Runner() as runner:
    print(runner.run(remember(store, "a")))
    print(runner.run(remember(store, "b")))
    loop = runner.get_loop()
    print("same loop:", loop is runner.get_loop(), "closed:", loop.is_closed())
print("closed after the block:", loop.is_closed())
