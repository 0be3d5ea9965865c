# pins: ExceptionGroup basics: nesting, split(), subgroup(), except* matching inside nested groups,
# and an unhandled part re-raised.
import asyncio


def make():
    return ExceptionGroup("outer", [
        ValueError("v1"),
        ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
    ])


group = make()
matched, rest = group.split(ValueError)
print("matched:", matched)
print("rest:", rest)
print("subgroup:", group.subgroup(TypeError))
try:
    try:
        raise make()
    except* ValueError as eg:
        print("handled", len(eg.exceptions), "ValueError part(s)")
except* TypeError as eg:
    print("TypeError left over:", eg.exceptions[0].exceptions)


async def main():
    results = await asyncio.gather(asyncio.sleep(0.01, "ok"), return_exceptions=True)
    print(results)


asyncio.run(main())
