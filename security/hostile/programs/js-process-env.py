# Tries: read the host's environment through JavaScript: js.process.env.
import asyncio

SECRET_NAME = "__LOOPLAB_SECRET_NAME__"


async def main():
    try:
        from js import process

        value = process.env[SECRET_NAME]
        everything = process.env.to_py() if hasattr(process.env, "to_py") else None
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED:", SECRET_NAME, "=", value, everything)


asyncio.run(main())
