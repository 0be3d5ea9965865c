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
    probes = []
    for name, seconds, finding in PROBES:
        probe = asyncio.create_task(fly(seconds, finding), name=name)
        probe.add_done_callback(report(probe))
        probes.append(probe)
    await asyncio.gather(*probes)
    print(f"[{time.perf_counter() - start:.1f}s] all probes down")


asyncio.run(main())
