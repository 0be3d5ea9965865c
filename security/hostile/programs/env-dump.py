# Tries: print the whole environment (os.environ and os.environb), hoping for the host's secrets.
import asyncio
import os

SECRET_NAME = "__LOOPLAB_SECRET_NAME__"


async def main():
    print(dict(os.environ))
    print(dict(getattr(os, "environb", {})))
    if SECRET_NAME in os.environ:
        print("ESCAPED: the host's environment is visible")
    else:
        print("REFUSED: a clean environment,", len(os.environ), "variables")


asyncio.run(main())
