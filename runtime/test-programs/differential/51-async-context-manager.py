# pins: async context managers (class-based and @asynccontextmanager) run enter/exit around the body,
# also when the body raises.
import asyncio
import contextlib


class Connection:
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print("closed, error:", exc_type.__name__ if exc_type else None)
        return False


@contextlib.asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.01)
        print("close", name)


async def main():
    async with Connection():
        print("using connection")
    async with session("s1") as s:
        print("inside", s)
    try:
        async with Connection():
            raise KeyError("oops")
    except KeyError:
        print("KeyError propagated")


asyncio.run(main())
