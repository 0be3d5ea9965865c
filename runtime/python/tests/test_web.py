"""The simulated web: aiohttp and requests against fixture hosts, on virtual time, no network."""
from __future__ import annotations

import json
import os
import sys
import unittest

from .support import PYTHON_DIR, run

with open(os.path.join(PYTHON_DIR, "_looplab", "web", "pages.json"), encoding="utf-8") as _pages:
    PAGES = json.load(_pages)
LATENCY = {host: spec["latency"] for host, spec in PAGES["hosts"].items()}

AIOHTTP = """\
import asyncio, time
import aiohttp

async def fetch(session, url):
    async with session.get(url) as response:
        html = await response.text()
        print(url, response.status, html.split("<title>")[1].split("</title>")[0])
        return response.status

async def main():
    start = time.monotonic()
    async with aiohttp.ClientSession() as session:
        urls = ["https://example.com/", "https://example.org/", "http://example.net/"]
        print(await asyncio.gather(*(fetch(session, u) for u in urls)))
        print(round(time.monotonic() - start, 2))
        print(await (await session.get("https://example.com/api/users/1")).json())
        missing = await session.get("https://example.com/nope")
        print(missing.status)
        try:
            missing.raise_for_status()
        except aiohttp.ClientResponseError as exc:
            print("ClientResponseError", exc.status)
        try:
            await session.get("https://api.github.com/")
        except aiohttp.ClientConnectorError as exc:
            print("ClientConnectorError", "no internet" in str(exc), isinstance(exc, aiohttp.ClientError))
        try:
            await session.get("https://example.com/delay/5", timeout=aiohttp.ClientTimeout(total=1))
        except asyncio.TimeoutError:
            print("timeout after", round(time.monotonic() - start, 2))

asyncio.run(main())
"""


class WebTest(unittest.TestCase):
    def test_latencies_differ_so_finish_order_is_not_argument_order(self) -> None:
        self.assertEqual(set(LATENCY), {"example.com", "example.org", "example.net"})
        self.assertEqual(len(set(LATENCY.values())), 3)
        for latency in LATENCY.values():
            self.assertTrue(0.5 <= latency <= 1.0)

    def test_aiohttp(self) -> None:
        result = run(AIOHTTP)
        self.assertEqual(result["status"], "ok", result["stderr"])
        by_latency = sorted(LATENCY, key=lambda host: LATENCY[host])
        lines = result["stdout"].splitlines()
        self.assertEqual([line.split("/")[2] for line in lines[:3]], by_latency)
        self.assertEqual(lines[3], "[200, 200, 200]")
        self.assertEqual(float(lines[4]), max(LATENCY.values()))
        self.assertEqual(lines[5], "{'id': 1, 'name': 'Ada Lovelace', 'email': 'ada@example.com'}")
        self.assertEqual(lines[6:9], ["404", "ClientResponseError 404", "ClientConnectorError True True"])
        self.assertTrue(lines[9].startswith("timeout after"))
        titles = {line.split()[0]: line.split(" ", 2)[2] for line in lines[:3]}
        self.assertEqual(len(set(titles.values())), 3)

    def test_aiohttp_waits_are_named_in_the_timeline(self) -> None:
        waits = [e["waitingFor"] for e in run(AIOHTTP)["timeline"] if e["kind"] == "waiting"]
        self.assertIn("GET https://example.org/", waits)

    def test_requests_blocks_the_loop_and_says_so(self) -> None:
        source = (
            "import asyncio, time, requests\n"
            "async def get(url):\n"
            "    return requests.get(url).status_code\n"
            "async def main():\n"
            "    start = time.monotonic()\n"
            "    print(await asyncio.gather(get('https://example.com/'), get('https://example.org/')))\n"
            "    print(round(time.monotonic() - start, 2))\n"
            "    start = time.monotonic()\n"
            "    await asyncio.gather(asyncio.to_thread(requests.get, 'https://example.com/'),\n"
            "                         asyncio.to_thread(requests.get, 'https://example.org/'))\n"
            "    print(round(time.monotonic() - start, 2))\n"
            "asyncio.run(main())\n"
        )
        result = run(source)
        total = LATENCY["example.com"] + LATENCY["example.org"]
        self.assertEqual(result["stdout"], f"[200, 200]\n{round(total, 2)}\n{LATENCY['example.com']}\n")
        [diagnostic] = result["diagnostics"]
        self.assertEqual((diagnostic["code"], diagnostic["line"]), ("blocking-call", 3))
        self.assertIn("requests.get(...) blocked the event loop 2 times", diagnostic["message"])

    def test_requests_api(self) -> None:
        source = (
            "import requests\n"
            "r = requests.get('https://example.org/data.json')\n"
            "print(r.status_code, r.ok, r.json()['count'], r.headers['content-type'])\n"
            "s = requests.Session()\n"
            "print(s.get('https://example.com/', params={'q': 1}).url)\n"
            "try:\n    requests.get('https://example.com/missing').raise_for_status()\n"
            "except requests.exceptions.HTTPError as e:\n    print(e)\n"
            "try:\n    requests.get('https://pypi.org/')\n"
            "except requests.exceptions.ConnectionError as e:\n    print(type(e).__name__, 'no internet' in str(e))\n"
            "try:\n    requests.get('https://example.com/').json()\n"
            "except requests.exceptions.JSONDecodeError as e:\n    print('not JSON:', e)\n"
        )
        result = run(source)
        self.assertEqual(result["stdout"], (
            "200 True 3 application/json; charset=utf-8\n"
            "https://example.com/?q=1\n"
            "404 Client Error: Not Found for url: https://example.com/missing\n"
            "ConnectionError True\n"
            "not JSON: Expecting value: line 1 column 1 (char 0)\n"
        ), result["stderr"])

    def test_unknown_host_traceback_names_the_real_exception(self) -> None:
        result = run("import requests\nrequests.get('https://openai.com/')\n")
        self.assertEqual(result["exitCode"], 1)
        last = result["stderr"].splitlines()[-1]
        self.assertTrue(last.startswith("requests.exceptions.ConnectionError: HTTPSConnectionPool(host='openai.com'"))
        self.assertNotIn("_looplab", result["stderr"])

    def test_extra_pages_from_the_request(self) -> None:
        web = {"https://api.weather.test/today": {"body": {"sky": "clear"}, "latency": 2},
               "https://example.com/hello": {"body": "<title>Hi</title>", "status": 201}}
        source = (
            "import asyncio, time, aiohttp\n"
            "async def main():\n"
            "    async with aiohttp.ClientSession() as s:\n"
            "        r = await s.get('https://api.weather.test/today')\n"
            "        print(await r.json(), round(time.monotonic() - START))\n"
            "        r = await s.get('https://example.com/hello')\n"
            "        print(r.status, await r.text())\n"
            "START = time.monotonic()\n"
            "asyncio.run(main())\n"
        )
        result = run(source, web=web)
        self.assertEqual(result["stdout"], "{'sky': 'clear'} 2\n201 <title>Hi</title>\n", result["stderr"])

    def test_simulation_exists_only_inside_runs(self) -> None:
        before = sys.modules.get("requests")
        result = run("import requests, aiohttp\nprint(requests.LOOPLAB_SIMULATION, aiohttp.LOOPLAB_SIMULATION)\n")
        self.assertEqual(result["stdout"], "True True\n")
        self.assertIs(sys.modules.get("requests"), before)
        self.assertNotIn("aiohttp", sys.modules)
        try:
            import requests  # noqa: F401 — the host's own package, if installed
        except ImportError:
            return
        self.assertFalse(hasattr(sys.modules["requests"], "LOOPLAB_SIMULATION"))

    def test_unclosed_session_is_reported_like_aiohttp(self) -> None:
        source = (
            "import asyncio, aiohttp\n"
            "async def main():\n"
            "    session = aiohttp.ClientSession()\n"
            "    print((await session.get('https://example.net/')).status)\n"
            "asyncio.run(main())\n"
        )
        result = run(source)
        self.assertEqual(result["stdout"], "200\n")
        self.assertIn("Unclosed client session\nclient_session: <aiohttp.client.ClientSession object at 0x",
                      result["stderr"])

    def test_an_unknown_host_raises_the_dns_error_of_aiohttp_3_10_10(self) -> None:
        source = (
            "import asyncio, aiohttp\n"
            "async def main():\n"
            "    async with aiohttp.ClientSession() as session:\n"
            "        try:\n"
            "            await session.get('https://no-such-host.example/')\n"
            "        except aiohttp.ClientConnectorDNSError as exc:\n"
            "            print(type(exc).__module__, isinstance(exc, aiohttp.ClientConnectorError),\n"
            "                  isinstance(exc, OSError), exc.host, exc.port)\n"
            "        try:\n"
            "            await session.get('https://example.com/delay/1', timeout=aiohttp.ClientTimeout(total=0.1))\n"
            "        except aiohttp.ClientConnectorError:\n"
            "            print('not a DNS failure')\n"
            "        except asyncio.TimeoutError:\n"
            "            print('timeout, not a connector error')\n"
            "asyncio.run(main())\n"
        )
        self.assertEqual(run(source)["stdout"], "aiohttp.client_exceptions True True no-such-host.example 443\n"
                                                "timeout, not a connector error\n")


if __name__ == "__main__":
    unittest.main()
