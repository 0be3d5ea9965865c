# Tries: give tasks HTML names (and a result repr with HTML), which the event-loop timeline shows.
import asyncio


class Markup:
    def __repr__(self):
        return "<script>alert('result')</script>"


async def step():
    await asyncio.sleep(0.1)
    return Markup()


async def main():
    task = asyncio.create_task(step(), name='<img src=x onerror="alert(1)">')
    task.set_name("<svg onload=alert(2)>")
    await task


asyncio.run(main())
