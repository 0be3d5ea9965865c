# Tries: posix.environ, the interpreter's startup copy of the environment that os.environ was made from.
import asyncio
import posix

SECRET_NAME = "__LOOPLAB_SECRET_NAME__"


async def main():
    value = posix.environ.get(SECRET_NAME.encode())
    print("posix.environ has", len(posix.environ), "entries")
    if value is None:
        print("REFUSED: no", SECRET_NAME, "in posix.environ")
    else:
        print("ESCAPED:", SECRET_NAME, "=", value)


asyncio.run(main())
