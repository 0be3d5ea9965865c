# Tries: while being graded, climb the frames to the grader and read the exercise's hidden checks source.
import asyncio
import sys

# Built from pieces, so this program's own source never matches.
NEEDLES = ("from looplab" + "_checks import", "@" + "check(")


def hidden_sources():
    frame = sys._getframe()
    while frame is not None:
        for name, value in list(frame.f_locals.items()):
            candidates = [value] + (list(value.values()) if isinstance(value, dict) else [])
            for candidate in candidates:
                if isinstance(candidate, str) and any(needle in candidate for needle in NEEDLES):
                    yield frame.f_code.co_name, name, candidate
        frame = frame.f_back


async def main():
    for function, name, source in hidden_sources():
        print("ESCAPED: the checks are in", function, name, "->", source[:300])
        return
    print("REFUSED: no checks source in any frame")


asyncio.run(main())
