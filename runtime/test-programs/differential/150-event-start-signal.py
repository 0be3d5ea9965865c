# pins: a starting gun: runners wait on one Event, then race; finishing order follows their speeds.
import asyncio


async def runner(name, speed, gun, results):
    await gun.wait()
    await asyncio.sleep(1 / speed)
    results.append(name)


async def main():
    gun = asyncio.Event()
    results = []
    racers = [asyncio.create_task(runner(n, s, gun, results))
              for n, s in (("tortoise", 4), ("hare", 20), ("fox", 10))]
    await asyncio.sleep(0.1)
    print("bang!")
    gun.set()
    await asyncio.gather(*racers)
    print(results)


asyncio.run(main())
