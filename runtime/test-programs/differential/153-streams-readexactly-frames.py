# pins: length-prefixed messages (a 4-byte header read with readexactly, then the body), and
# IncompleteReadError with .partial and .expected when the peer closes in the middle of a message.
import asyncio
import struct


def frame(payload: bytes) -> bytes:
    return struct.pack("!I", len(payload)) + payload


async def read_frame(reader):
    header = await reader.readexactly(4)
    (size,) = struct.unpack("!I", header)
    return await reader.readexactly(size)


async def sender(reader, writer):
    for text in ["first", "a longer second message", ""]:
        writer.write(frame(text.encode()))
    writer.write(struct.pack("!I", 10) + b"cut")  # announces 10 bytes, sends 3
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(sender, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while True:
            print("frame:", await read_frame(reader))
    except asyncio.IncompleteReadError as exc:
        print("incomplete:", exc.partial, "expected", exc.expected)
        print(exc)
        print(isinstance(exc, EOFError))
    try:
        await reader.readexactly(1)
    except asyncio.IncompleteReadError as exc:
        print("at the end:", exc.partial, exc.expected)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
