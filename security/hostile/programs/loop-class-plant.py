# Tries (persistence): wrap the event loop's class and the harness's selector class so every later
# program's timers fire a second late.
import asyncio
import asyncio.base_events


async def main():
    loop = asyncio.get_running_loop()
    original_call_at = asyncio.base_events.BaseEventLoop.call_at

    def call_at(self, when, callback, *args, **kwargs):
        return original_call_at(self, when + 1.0, callback, *args, **kwargs)

    asyncio.base_events.BaseEventLoop.call_at = call_at
    selector = getattr(loop, "_selector", None)
    if selector is not None and hasattr(type(selector), "select"):
        original_select = type(selector).select

        def select(self, timeout=None):
            return original_select(self, None if timeout is None else timeout + 1.0)

        type(selector).select = select
    print("loop classes wrapped:", type(loop).__name__, type(selector).__name__)


asyncio.run(main())
