"""The learner's program as a scenario sees it, and a watch on one of its functions."""
from __future__ import annotations

import functools
import inspect
from typing import Any


class MissingName(AttributeError):
    """The learner's code does not define a name a scenario asked for."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class Learner:
    """The learner's module namespace: `learner.retry` is their function, assignable too (a
    scenario may wrap one of their functions to watch it)."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        object.__setattr__(self, "_namespace", namespace)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._namespace[name]
        except KeyError:
            raise MissingName(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        self._namespace[name] = value

    def has(self, name: str) -> bool:
        return name in self._namespace


class CallWatch:
    """Wraps one of the learner's functions inside a scenario: the arguments of every call, and
    how many calls were running at once (`peak`). `CallWatch(learner, "fetch")`."""

    def __init__(self, learner: Learner, name: str) -> None:
        original = getattr(learner, name)
        self.name = name
        self.calls: list[tuple[Any, ...]] = []
        self.running = 0
        self.peak = 0
        if inspect.iscoroutinefunction(original):
            @functools.wraps(original)
            async def watched_coroutine(*args: Any, **kwargs: Any) -> Any:
                self._enter(args)
                try:
                    return await original(*args, **kwargs)
                finally:
                    self.running -= 1
            setattr(learner, name, watched_coroutine)
        else:
            @functools.wraps(original)
            def watched(*args: Any, **kwargs: Any) -> Any:
                self._enter(args)
                try:
                    return original(*args, **kwargs)
                finally:
                    self.running -= 1
            setattr(learner, name, watched)

    def _enter(self, args: tuple[Any, ...]) -> None:
        self.calls.append(args)
        self.running += 1
        self.peak = max(self.peak, self.running)
