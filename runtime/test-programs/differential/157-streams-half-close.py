# pins: half-closing a connection: the client sends its data and write_eof(); the server reads
# to EOF (read() with no size), answers on the still-open direction, then both sides close.
import asyncio
import hashlib


async def checksum_server(reader, writer):
    data = await reader.read()  # everything until the client's EOF
    print("server: eof", reader.at_eof(), "after", len(data), "bytes")
    writer.write(hashlib.sha256(data).hexdigest()[:16].encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(checksum_server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    payload = b"".join(b"line %d\n" % i for i in range(5000))
    writer.write(payload)
    await writer.drain()
    print("can write eof:", writer.can_write_eof())
    writer.write_eof()
    answer = await reader.read()
    print("client: checksum", answer.decode(), answer.decode() == hashlib.sha256(payload).hexdigest()[:16])
    try:
        writer.write(b"more")
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
