# pins: create_task(context=...) (3.11+) runs a task in a given context, and changes it makes land in
# that context object; Context.run runs a function inside a copy.
import asyncio
import contextvars

trace = contextvars.ContextVar("trace", default=())


async def step(name):
    trace.set(trace.get() + (name,))
    await asyncio.sleep(0.01)


async def main():
    ctx = contextvars.copy_context()
    await asyncio.create_task(step("first"), context=ctx)
    await asyncio.create_task(step("second"), context=ctx)
    print("in ctx:", ctx[trace])
    print("in main:", trace.get())
    other = contextvars.Context()
    print(other.run(lambda: trace.set(("x",)) and trace.get()))
    print("other now:", other[trace])


asyncio.run(main())
