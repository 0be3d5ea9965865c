import asyncio

from looplab_probes import scenario


async def backwards(reader, writer):
    """A server of the checks' own: it answers each line with the line reversed."""
    while line := await reader.readline():
        writer.write(line.decode().strip()[::-1].encode() + b"\n")
        await writer.drain()
    writer.close()
    await writer.wait_closed()


@scenario("another-server")
async def another_server(learner):
    server = await asyncio.start_server(backwards, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        return await learner.ask(port, ["stressed", "drawer", "live"])
    finally:
        server.close()  # without waiting: a client that never closes must not hang the check


@scenario("nobody-listening")
async def nobody_listening(learner):
    server = await asyncio.start_server(backwards, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()  # the port is free again: a connection to it is refused
    return await learner.ask(port, ["hello?"])
