# pins: asyncio.run(main(), debug=True) runs with the loop in debug mode, and the default is off.
import asyncio


async def report():
    return asyncio.get_running_loop().get_debug()


print("debug:", asyncio.run(report(), debug=True))
print("default:", asyncio.run(report()))
