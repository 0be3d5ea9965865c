# pins: each task runs in a copy of the context current when it was created; changes inside a task
# stay in that task.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    print(f"handler {n} sees {request_id.get()}")


async def main():
    request_id.set("main")
    await asyncio.gather(*(handler(n) for n in range(3)))
    print("main still sees", request_id.get())
    ctx = contextvars.copy_context()
    print("copied:", ctx[request_id])


asyncio.run(main())
print("outside:", request_id.get())
