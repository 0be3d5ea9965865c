import asyncio
import time

start = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - start:.1f}s]"


class Session:
    """A connection to a chat server: logged in once, kept alive by a heartbeat task."""

    def __init__(self):
        self.heartbeat = None


async def beat():
    while True:
        await asyncio.sleep(0.2)  # ping the server


async def log_in():
    session = Session()
    await asyncio.sleep(0.3)
    session.heartbeat = asyncio.create_task(beat())  # runs on the loop that logged in
    print(clock(), "logged in")
    return session


async def send(session, message):
    if session.heartbeat.done():
        raise ConnectionError("the session is closed: its heartbeat has stopped")
    await asyncio.sleep(0.1)
    print(clock(), "sent", repr(message))


def chat(lines):
    """Synchronous code (a command-line tool) that calls into async code step by step."""
    return asyncio.run(chat_all(lines))


async def chat_all(lines):
    session = await log_in()
    for line in lines:
        await send(session, line)
    session.heartbeat.cancel()
    await asyncio.gather(session.heartbeat, return_exceptions=True)
    return session


session = chat(["hello", "bye"])
print("heartbeat stopped at the end:", session.heartbeat.cancelled())
