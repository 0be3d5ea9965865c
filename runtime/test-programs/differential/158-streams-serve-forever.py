# pins: serve_forever in a task of its own, clients served meanwhile, then the task cancelled:
# the server closes (is_serving() False, no sockets left) and awaiting the task raises
# CancelledError.
import asyncio


async def time_service(reader, writer):
    request = (await reader.readline()).decode().strip()
    writer.write(f"you asked for {request}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(port, what):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(what.encode() + b"\n")
    answer = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return answer.decode().strip()


async def main():
    server = await asyncio.start_server(time_service, "127.0.0.1", 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    print("serving before serve_forever:", server.is_serving())
    serving = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0.05)
    print("serving:", server.is_serving())
    print(await ask(port, "the time"))
    print(await asyncio.gather(ask(port, "a"), ask(port, "b")))
    serving.cancel()
    try:
        await serving
    except asyncio.CancelledError:
        print("serve_forever cancelled")
    print("serving:", server.is_serving(), "sockets:", server.sockets)
    try:
        await ask(port, "too late")
    except ConnectionRefusedError:
        print("refused after close")


asyncio.run(main())
