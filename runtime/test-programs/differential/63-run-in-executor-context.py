# pins: asyncio.to_thread copies the caller's contextvars into the thread; loop.run_in_executor does
# not, so a ContextVar set in the coroutine is invisible to the function it runs.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="no request")


def log(message):
    return f"[{request_id.get()}] {message}"


async def handle(n):
    request_id.set(f"req-{n}")
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(log, "via to_thread"))
    print(await loop.run_in_executor(None, log, "via run_in_executor"))
    ctx = contextvars.copy_context()
    print(await loop.run_in_executor(None, ctx.run, log, "via ctx.run"))


async def main():
    await handle(1)
    await handle(2)
    print(log("back in main"))


asyncio.run(main())
