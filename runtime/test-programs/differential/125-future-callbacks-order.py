# pins: done callbacks run in the order they were added, on the loop, after set_result returns;
# remove_done_callback removes every copy; a callback added to a done future is scheduled at once.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def report(tag):
        return lambda f: print(tag, f.result())

    first = report("first")
    fut.add_done_callback(first)
    fut.add_done_callback(report("second"))
    fut.add_done_callback(first)
    print("removed:", fut.remove_done_callback(first))
    fut.set_result(7)
    print("set_result returned")
    await asyncio.sleep(0)
    fut.add_done_callback(report("late"))
    await asyncio.sleep(0)
    try:
        fut.set_result(8)
    except asyncio.InvalidStateError as exc:
        print("InvalidStateError:", exc)


asyncio.run(main())
