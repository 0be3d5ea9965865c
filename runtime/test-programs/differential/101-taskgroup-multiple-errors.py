# pins: two TaskGroup children failing at the same moment both end up in the ExceptionGroup; except*
# handles each type separately.
import asyncio


async def fail_with(exc, seconds):
    await asyncio.sleep(seconds)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_with(ValueError("bad value"), 0.1))
            tg.create_task(fail_with(KeyError("missing"), 0.1))
            tg.create_task(fail_with(ValueError("another"), 0.2))
    except* ValueError as group:
        print("ValueErrors:", sorted(str(e) for e in group.exceptions))
    except* KeyError as group:
        print("KeyErrors:", [repr(e) for e in group.exceptions])


asyncio.run(main())
