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
    # Launch one task per probe, named after the probe, all flying at the same time.
    # Have report() called as soon as each probe lands, then wait until all have landed.
    print(f"[{time.perf_counter() - start:.1f}s] all probes down")


asyncio.run(main())
