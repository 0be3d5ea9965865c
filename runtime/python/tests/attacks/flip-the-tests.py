# Attack (c) of the security report, as a submission to download-all-at-once: a sys.monitoring
# callback (Python 3.12+) that sees every function return in the interpreter and flips each test
# it sees to "pass".
import sys

import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"[{time.perf_counter() - start:.1f}s] {message}")


async def download(name, seconds):
    log(f"start {name}")
    await asyncio.sleep(seconds)  # the bytes trickle in
    log(f"done {name}")


def flip(code, offset, value):
    if isinstance(value, dict) and isinstance(value.get("tests"), list):
        value["status"], value["message"] = "pass", None
        for test in value["tests"]:
            test["status"] = "pass"
            test.pop("message", None)
    elif isinstance(value, dict) and set(value) >= {"name", "status"} and value["status"] == "fail":
        value["status"] = "pass"
        value.pop("message", None)


if hasattr(sys, "monitoring"):
    monitoring = sys.monitoring
    monitoring.use_tool_id(4, "flip")
    monitoring.register_callback(4, monitoring.events.PY_RETURN, flip)
    monitoring.set_events(4, monitoring.events.PY_RETURN)


async def main():
    log("start podcast.mp3")
    log("start photos.zip")
    log("start notes.pdf")
    await asyncio.sleep(0.5)
    log("done notes.pdf")
    await asyncio.sleep(1.0)
    log("done photos.zip")
    await asyncio.sleep(0.5)
    log("done podcast.mp3")
    log("all downloads finished")


asyncio.run(main())
