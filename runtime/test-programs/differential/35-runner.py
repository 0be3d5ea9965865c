# pins: asyncio.Runner runs several coroutines on one loop, keeping the loop between them, and
# closes it at the end of the with block.
import asyncio


async def step(n):
    await asyncio.sleep(0.01)
    return n, id(asyncio.get_running_loop())


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    a, loop_a = runner.run(step(1))
    b, loop_b = runner.run(step(2))
    print(a, b, "same loop:", loop_a == loop_b, loop_a == id(loop))
print("loop closed:", loop.is_closed())
