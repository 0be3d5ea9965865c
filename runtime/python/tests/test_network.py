"""The simulated network (_looplab/network): what only the simulation does — latency, bandwidth,
declared hosts, its labelled refusals — and that nothing outlives a run. How streams behave like
CPython's is pinned by the differential programs 151-159."""
from __future__ import annotations

import unittest

from .support import run

TIMED = """\
import asyncio
import looplab_network

looplab_network.set_link("db.internal", latency=0.05, bandwidth=100_000)

async def handler(reader, writer):
    data = await reader.readexactly(50_000)
    writer.write(b"got %d\\n" % len(data))
    await writer.drain()
    writer.close()

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handler, "db.internal", 5432)
    print(server.sockets[0].getsockname())
    start = loop.time()
    reader, writer = await asyncio.open_connection("db.internal", 5432)
    print("connected", round(loop.time() - start, 3), writer.get_extra_info("peername"))
    writer.write(b"x" * 50_000)
    print(await reader.readline(), round(loop.time() - start, 2))
    writer.close()
    server.close()

asyncio.run(main())
"""

DRAIN = """\
import asyncio
import looplab_network

looplab_network.set_link("localhost", bandwidth=100_000)

async def sink(reader, writer):
    await reader.read()
    writer.close()

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(sink, "localhost", 0)
    reader, writer = await asyncio.open_connection("localhost", server.sockets[0].getsockname()[1])
    start = loop.time()
    writer.write(b"y" * 200_000)
    print("buffered", writer.transport.get_write_buffer_size())
    await writer.drain()
    print("drained", round(loop.time() - start, 2), writer.transport.get_write_buffer_size() <= 16384)
    writer.close()
    server.close()

asyncio.run(main())
"""


def stdout_of(source: str) -> str:
    result = run(source)
    if result["status"] != "ok":
        raise AssertionError(result["stderr"])
    return result["stdout"]


class NetworkTest(unittest.TestCase):
    def test_latency_and_bandwidth_of_a_declared_host(self) -> None:
        # handshake: 2 x 50 ms; 50 kB at 100 kB/s = 0.5 s, + 50 ms there; the answer 50 ms back
        self.assertEqual(stdout_of(TIMED), "('203.0.113.10', 5432)\n"
                                           "connected 0.1 ('203.0.113.10', 5432)\n"
                                           "b'got 50000\\n' 0.7\n")

    def test_drain_waits_while_the_write_buffer_is_over_its_high_water_mark(self) -> None:
        self.assertEqual(stdout_of(DRAIN), "buffered 200000\ndrained 1.97 True\n")

    def test_local_connections_take_no_time_by_default(self) -> None:
        source = ("import asyncio, looplab_network\n"
                  "print(looplab_network.LOOPLAB_SIMULATION, looplab_network.link('localhost'))\n"
                  "async def main():\n"
                  "    server = await asyncio.start_server(lambda r, w: w.close(), '127.0.0.1', 0)\n"
                  "    r, w = await asyncio.open_connection('127.0.0.1', server.sockets[0].getsockname()[1])\n"
                  "    print(await r.read(), asyncio.get_running_loop().time() < 10_000.01)\n"
                  "asyncio.run(main())\n")
        self.assertEqual(stdout_of(source), "True {'latency': 0.0, 'bandwidth': None}\nb'' True\n")

    def test_an_unknown_host_fails_as_a_name_lookup_and_says_why(self) -> None:
        source = ("import asyncio, socket\n"
                  "async def main():\n"
                  "    loop = asyncio.get_running_loop()\n"
                  "    try:\n"
                  "        await asyncio.open_connection('example.com', 80)\n"
                  "    except socket.gaierror as exc:\n"
                  "        print(exc.errno == socket.EAI_NONAME, exc)\n"
                  "    print(round(loop.time() - 10_000, 2))\n"
                  "asyncio.run(main())\n")
        first, elapsed = stdout_of(source).splitlines()
        self.assertTrue(first.startswith("True [Errno -2] Name or service not known (LoopLab's simulated network: "
                                         "no host 'example.com' here"), first)
        self.assertIn("looplab_network.set_link", first)
        self.assertEqual(elapsed, "0.02")

    def test_an_address_outside_the_simulation_is_unreachable(self) -> None:
        source = ("import asyncio, errno\n"
                  "async def main():\n"
                  "    try:\n"
                  "        await asyncio.open_connection('10.1.2.3', 80)\n"
                  "    except OSError as exc:\n"
                  "        print(exc.errno == errno.ENETUNREACH, exc.strerror)\n"
                  "asyncio.run(main())\n")
        self.assertEqual(stdout_of(source), "True Connect call failed ('10.1.2.3', 80) (LoopLab's simulated "
                                            "network reaches only this machine and the hosts a program "
                                            "declares with looplab_network.set_link; not 10.1.2.3)\n")

    def test_binding_a_port_twice_fails_as_on_linux(self) -> None:
        source = ("import asyncio, errno\n"
                  "async def main():\n"
                  "    a = await asyncio.start_server(lambda r, w: None, '0.0.0.0', 0)\n"
                  "    port = a.sockets[0].getsockname()[1]\n"
                  "    try:\n"
                  "        await asyncio.start_server(lambda r, w: None, '127.0.0.1', port)\n"
                  "    except OSError as exc:\n"
                  "        print(exc.errno == errno.EADDRINUSE, exc.strerror.replace(str(port), 'P'))\n"
                  "    b = await asyncio.start_server(lambda r, w: None, None, 0)\n"
                  "    print([s.getsockname()[0] for s in b.sockets], port not in [s.getsockname()[1] for s in b.sockets])\n"
                  "asyncio.run(main())\n")
        self.assertEqual(stdout_of(source), "True error while attempting to bind on address ('127.0.0.1', P): "
                                            "address already in use\n['0.0.0.0', '::'] True\n")

    def test_set_link_checks_its_arguments(self) -> None:
        source = ("import looplab_network\n"
                  "for kwargs in ({'latency': -1}, {'bandwidth': 'fast'}):\n"
                  "    try:\n"
                  "        looplab_network.set_link('x.internal', **kwargs)\n"
                  "    except (TypeError, ValueError) as exc:\n"
                  "        print(type(exc).__name__, exc)\n")
        self.assertEqual(stdout_of(source), "ValueError latency must be a finite number >= 0, got -1\n"
                                            "TypeError bandwidth must be a number of seconds or bytes per "
                                            "second, not str\n")

    def test_nothing_of_the_network_outlives_a_run(self) -> None:
        serve = ("import asyncio, looplab_network\n"
                 "looplab_network.set_link('db.internal', latency=1)\n"
                 "async def main():\n"
                 "    await asyncio.start_server(lambda r, w: None, '127.0.0.1', 45678)\n"
                 "asyncio.run(main())\n")
        stdout_of(serve)
        probe = ("import asyncio, socket\n"
                 "async def main():\n"
                 "    try:\n"
                 "        await asyncio.open_connection('127.0.0.1', 45678)\n"
                 "    except ConnectionRefusedError:\n"
                 "        print('refused')\n"
                 "    try:\n"
                 "        await asyncio.open_connection('db.internal', 1)\n"
                 "    except socket.gaierror:\n"
                 "        print('unknown host')\n"
                 "asyncio.run(main())\n")
        self.assertEqual(stdout_of(probe), "refused\nunknown host\n")

    def test_subprocesses_are_refused_with_the_reason(self) -> None:
        source = ("import asyncio\n"
                  "async def main():\n"
                  "    proc = await asyncio.create_subprocess_exec('ls', '-l')\n"
                  "asyncio.run(main())\n")
        result = run(source)
        self.assertEqual(result["exitCode"], 1)
        last = result["stderr"].rstrip("\n").splitlines()[-1]
        self.assertTrue(last.startswith("PermissionError: [Errno "), last)
        self.assertIn("the LoopLab sandbox cannot start other programs: create_subprocess_exec would run 'ls'",
                      last)
        self.assertIn('line 3, in main', result["stderr"])


if __name__ == "__main__":
    unittest.main()
