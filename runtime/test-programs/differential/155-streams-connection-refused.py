# pins: connecting where nobody listens raises ConnectionRefusedError (an OSError, errno
# ECONNREFUSED); a client that retries with a pause gets in once the server has started.
import asyncio
import errno


async def greet(reader, writer):
    writer.write(b"welcome\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def connect_with_retries(port, attempts=5):
    for attempt in range(1, attempts + 1):
        try:
            return await asyncio.open_connection("127.0.0.1", port)
        except ConnectionRefusedError as exc:
            print(f"attempt {attempt}: refused", exc.errno == errno.ECONNREFUSED,
                  isinstance(exc, OSError))
            await asyncio.sleep(0.1)
    raise RuntimeError("server never came up")


async def main():
    # find a free port, then stop listening on it
    probe = await asyncio.start_server(greet, "127.0.0.1", 0)
    port = probe.sockets[0].getsockname()[1]
    probe.close()
    await probe.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as exc:
        # strerror, not str(exc): str() starts with the errno number, which is the platform's
        print(type(exc).__name__, exc.strerror.replace(str(port), "PORT"))

    async def start_later():
        await asyncio.sleep(0.25)
        return await asyncio.start_server(greet, "127.0.0.1", port)

    starting = asyncio.create_task(start_later())
    reader, writer = await connect_with_retries(port)
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server = await starting
    server.close()
    await server.wait_closed()


asyncio.run(main())
