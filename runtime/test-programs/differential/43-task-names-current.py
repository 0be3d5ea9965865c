# pins: default task names count from Task-1 in a fresh process; set_name/get_name, current_task()
# and all_tasks() as CPython reports them.
import asyncio


async def child():
    me = asyncio.current_task()
    print("child is", me.get_name())
    await asyncio.sleep(0.01)


async def main():
    print("main is", asyncio.current_task().get_name())
    t = asyncio.create_task(child())
    later = asyncio.create_task(child())
    named = asyncio.create_task(child(), name="custom")
    print("names:", t.get_name(), later.get_name(), named.get_name())
    print("tasks alive:", len(asyncio.all_tasks()))
    t.set_name("renamed")
    await asyncio.gather(t, later, named)
    print("after:", t.get_name(), "alive:", len(asyncio.all_tasks()))
    print("is Task:", isinstance(t, asyncio.Task), "is Future:", isinstance(t, asyncio.Future))


asyncio.run(main())
