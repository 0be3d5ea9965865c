# Tries: find the harness's own "stop the run" exception among BaseException's subclasses and raise it
# with a status of the program's choosing.
import asyncio


def subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from subclasses(sub)


async def main():
    print("[0.0s] start podcast.mp3")
    candidates = [cls for cls in subclasses(BaseException) if "Abort" in cls.__name__ or "Stop" in cls.__name__]
    candidates = [cls for cls in candidates if cls.__module__ not in ("builtins", "asyncio.exceptions")]
    candidates.sort(key=lambda cls: "Abort" not in cls.__name__)
    if not candidates:
        print("REFUSED: no harness exception is visible")
        return
    print("raising", candidates[0].__name__)
    raise candidates[0]("ok")


asyncio.run(main())
