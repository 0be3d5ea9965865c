"""What a program may import: its own files (shown by their relative names), the simulated web,
and plain CPython — never Pyodide's FFI or the harness itself."""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
from types import ModuleType
from collections.abc import Callable
from typing import Any

from .state import HARNESS_DIR

# Pyodide's bridges to JavaScript, and the harness: not part of plain CPython.
HIDDEN_ROOTS = frozenset({"js", "pyodide_js", "pyodide", "_pyodide", "micropip", "_looplab", "looplab_cpython",
                          "looplab_checks", "looplab_probes"})


def is_hidden(name: str) -> bool:
    return name.partition(".")[0] in HIDDEN_ROOTS


class _SimulatedLoader(importlib.abc.Loader):
    def __init__(self, setup: Callable[[ModuleType], None]) -> None:
        self._setup = setup

    def create_module(self, spec: Any) -> None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        self._setup(module)


class ImportGate(importlib.abc.MetaPathFinder):
    """First on sys.meta_path during a run."""

    def __init__(self, simulated: dict[str, Callable[[ModuleType], None]]) -> None:
        self._simulated = simulated

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if is_hidden(name):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        setup = self._simulated.get(name)
        if setup is None:
            return None
        is_package = any(other.startswith(name + ".") for other in self._simulated)
        spec = importlib.machinery.ModuleSpec(name, _SimulatedLoader(setup), is_package=is_package)
        if is_package:
            spec.submodule_search_locations = []
        return spec


class _UserSourceLoader(importlib.machinery.SourceFileLoader):
    """The program's own modules, compiled under their folder-relative names (as tracebacks
    show main.py; under their absolute paths when the run is located, as CPython's are), never
    cached as .pyc in the learner's folder."""

    root = ""
    absolute = False

    def source_to_code(self, data: Any, path: Any, *args: Any, **kwargs: Any) -> Any:
        shown = os.path.relpath(path, self.root) if self.root and not self.absolute else path
        return compile(data, shown, "exec", dont_inherit=True)


def user_path_hook(root: str, absolute: bool = False) -> Callable[[str], Any]:
    loader = type("UserSourceLoader", (_UserSourceLoader,), {"root": root, "absolute": absolute})

    def hook(path: str) -> Any:
        full = os.path.abspath(path or ".")
        if full != root and not full.startswith(root + os.sep):
            raise ImportError("not the program's folder")
        return importlib.machinery.FileFinder(full, (loader, [".py"]))

    return hook


def is_user_module(module: Any, root: str) -> bool:
    filename = getattr(module, "__file__", None)
    if not isinstance(filename, str):
        return False
    full = os.path.abspath(filename)
    return full.startswith(root + os.sep) or full.startswith(HARNESS_DIR + os.sep)
