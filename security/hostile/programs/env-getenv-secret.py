# Tries: os.getenv with the exact name of a secret the host process has.
import asyncio
import os

SECRET_NAME = "__LOOPLAB_SECRET_NAME__"


async def main():
    value = os.getenv(SECRET_NAME)
    if value is None:
        print("REFUSED: no", SECRET_NAME, "in the environment")
    else:
        print("ESCAPED:", SECRET_NAME, "=", value)


asyncio.run(main())
