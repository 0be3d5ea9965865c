# pins: readuntil with a two-byte separator, LimitOverrunError when the separator is not found
# within the reader's limit (the data stays in the buffer), and IncompleteReadError when the
# stream ends before the separator.
import asyncio


async def talker(reader, writer):
    writer.write(b"HELO client\r\nSIZE 3\r\n")
    writer.write(b"x" * 40 + b"\r\n")
    writer.write(b"no separator at the end")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(talker, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=32)
    print(await reader.readuntil(b"\r\n"))
    print(await reader.readuntil(b"\r\n"))
    try:
        await reader.readuntil(b"\r\n")
    except asyncio.LimitOverrunError as exc:
        print("LimitOverrunError:", exc, "consumed", exc.consumed)
        print("skipped", len(await reader.readexactly(exc.consumed + 2)), "bytes")
    try:
        await reader.readuntil(b"\r\n")
    except asyncio.IncompleteReadError as exc:
        print("IncompleteReadError:", exc.partial, exc.expected)
    print("eof:", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
