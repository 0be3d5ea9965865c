# pins: each task runs in a copy of the context current when it was created: a value set inside a
# task is invisible to its parent and siblings, and a reset token restores the old value.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")


async def handle(name):
    user.set(name)
    await asyncio.sleep(0.01)
    return f"handled for {user.get()}"


async def main():
    token = user.set("admin")
    print(await asyncio.gather(handle("alice"), handle("bob")))
    print("main still sees:", user.get())
    user.reset(token)
    print("after reset:", user.get())
    ctx = contextvars.copy_context()
    print("copied context has user:", user in ctx)


asyncio.run(main())
