# Tries: the asyncio streams API, asyncio.open_connection, to talk to the loopback listener.
import asyncio

PORT = int("__LOOPLAB_PORT__")


async def main():
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", PORT), 2)
        writer.write(b"GET /open-connection HTTP/1.0\r\n\r\n")
        await writer.drain()
        writer.close()
    except Exception as exc:
        print("REFUSED:", type(exc).__name__, exc)
    else:
        print("ESCAPED: asyncio.open_connection connected")


asyncio.run(main())
