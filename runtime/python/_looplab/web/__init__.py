"""The simulated web (placeholder until the fixtures land)."""
from __future__ import annotations

from types import ModuleType
from typing import Any, Callable


class Web:
    def __init__(self, extra: dict[str, Any]) -> None:
        self.extra = extra

    def modules(self) -> dict[str, Callable[[ModuleType], None]]:
        return {}
