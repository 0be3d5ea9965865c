"""Pitfalls spotted during a run, each with a stable code, plain words and the learner's line."""
from __future__ import annotations

import sys
from typing import Any


def _seconds(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return f"{text} s"


class Diagnostics:
    def __init__(self) -> None:
        self._items: list[dict[str, Any]] = []
        self._seen: set[tuple[str, int | None, str]] = set()
        # blocking calls are summed per (what, line): a loop of 10 time.sleep(1) is one finding
        self._blocking: dict[tuple[str, int | None], list[tuple[str, float]]] = {}
        self.frozen = False

    def reset(self) -> None:
        """Forget every finding so far (grading probes start from an empty record)."""
        self._items.clear()
        self._seen.clear()
        self._blocking.clear()

    def add(self, code: str, message: str, line: int | None = None) -> None:
        if self.frozen:
            return
        key = (code, line, message)
        if key in self._seen:
            return
        self._seen.add(key)
        item: dict[str, Any] = {"code": code, "message": message}
        if line is not None:
            item["line"] = line
        self._items.append(item)

    def blocking(self, what: str, seconds: float, line: int | None) -> None:
        if self.frozen:
            return
        key = (what.partition("(")[0], line)  # one finding per call site, whatever its arguments
        if key not in self._blocking:
            self._blocking[key] = []
            self._items.append({"_blocking": key})
        self._blocking[key].append((what, seconds))

    def as_list(self) -> list[dict[str, Any]]:
        out = []
        for item in self._items:
            if "_blocking" not in item:
                out.append(item)
                continue
            function, line = item["_blocking"]
            calls = self._blocking[(function, line)]
            whats = {what for what, _ in calls}
            what = whats.pop() if len(whats) == 1 else f"{function}(...)"
            times = [seconds for _, seconds in calls]
            total = sum(times)
            if len(times) == 1:
                how = f"for {_seconds(total)}"
            else:
                how = f"{len(times)} times, {_seconds(total)} in all"
            if what.startswith("requests."):
                instead = ("use an async client such as aiohttp (`async with session.get(url)`), "
                           "or `await asyncio.to_thread(requests.get, url)`")
            else:
                instead = ("use `await asyncio.sleep(...)`, or `await asyncio.to_thread(...)` for "
                           "blocking work")
            message = (
                f"{what} blocked the event loop {how}: while it runs, no other task can run. "
                f"Inside a coroutine {instead} instead."
            )
            entry: dict[str, Any] = {"code": "blocking-call", "message": message}
            if line is not None:
                entry["line"] = line
            out.append(entry)
        return out


def get_event_loop_message() -> str:
    if sys.version_info >= (3, 14):
        happened = "so Python 3.14 raises RuntimeError: There is no current event loop."
    else:
        happened = (
            f"Python {sys.version_info.major}.{sys.version_info.minor} quietly creates one, but "
            "3.12 and 3.13 warn about this and 3.14 raises RuntimeError."
        )
    return (
        "This line asked for the current event loop (asyncio.get_event_loop(), or something "
        f"that calls it) while no loop was running or set, {happened} Put the code in "
        "`async def main()` and start it with `asyncio.run(main())`; inside a coroutine use "
        "`asyncio.get_running_loop()`."
    )
