# expect-none: get-event-loop-no-loop
# inside a coroutine the running loop is returned; at top level a loop was set first
import asyncio


async def main():
    loop = asyncio.get_event_loop()
    print("same loop:", loop is asyncio.get_running_loop())


asyncio.run(main())
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("current loop is set:", asyncio.get_event_loop() is loop)
loop.close()
