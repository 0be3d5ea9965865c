# pins: a read that waits on a quiet server, bounded with wait_for and with asyncio.timeout
# (TimeoutError), then the same connection used again once the server speaks.
import asyncio


async def slow_server(reader, writer):
    await reader.readline()
    await asyncio.sleep(0.3)
    writer.write(b"finally\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(slow_server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello?\n")
    try:
        await asyncio.wait_for(reader.readline(), timeout=0.1)
    except TimeoutError:
        print("wait_for: no answer within 0.1 s")
    try:
        async with asyncio.timeout(0.05):
            await reader.readline()
    except TimeoutError:
        print("timeout(): still nothing")
    print(await asyncio.wait_for(reader.readline(), timeout=1))
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
