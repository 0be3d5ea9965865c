# Tries: a weakref.finalize callback that spins forever at interpreter exit.
import asyncio
import weakref


class Session:
    pass


def close_session():
    while True:
        pass


session = Session()
weakref.finalize(session, close_session)


async def main():
    await asyncio.sleep(0.1)
    print("finished")


asyncio.run(main())
