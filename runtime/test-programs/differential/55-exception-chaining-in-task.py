# pins: exceptions raised inside tasks keep their cause/context chain when re-raised by await.
import asyncio


async def parse(text):
    await asyncio.sleep(0.01)
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError(f"cannot parse {text!r}") from exc


async def main():
    try:
        await asyncio.create_task(parse("x1"))
    except RuntimeError as exc:
        print(exc, "| caused by", type(exc.__cause__).__name__)


asyncio.run(main())
