import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


class ContaminatedError(Exception):
    """The sample cannot be measured: skip it and go on."""


class Microscope:
    """The lab's only microscope: take it, use it, give it back."""

    def __init__(self):
        self.in_use = False

    def take(self):
        if self.in_use:
            raise RuntimeError("the microscope is still in use")
        self.in_use = True

    def give_back(self):
        self.in_use = False


microscope = Microscope()
READINGS = {"A": 4.2, "B": None, "C": 3.7}  # None: the sample is contaminated


async def measure(sample):
    await asyncio.sleep(0.5)
    if READINGS[sample] is None:
        raise ContaminatedError(f"sample {sample} is contaminated")
    return READINGS[sample]


async def analyse(sample):
    """Measure one sample under the microscope; None if it is contaminated."""
    microscope.take()
    try:
        return await measure(sample)
    except ContaminatedError as error:
        log(f"skipped: {error}")
        return None
    finally:
        microscope.give_back()


async def main():
    for sample in ["A", "B", "C"]:
        log(f"{sample}: {await analyse(sample)}")
    log(f"microscope free? {not microscope.in_use}")


asyncio.run(main())
