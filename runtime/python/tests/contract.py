"""The harness's answers checked against the JSON Schemas generated from the TypeScript side's
zod schemas (runtime/src/contract-schemas.ts): one source for every key, no lists copied here."""
from __future__ import annotations

import functools
import json
import os
import unittest
from typing import Any

try:
    import jsonschema
except ImportError:  # CI installs it (.ci/run); a machine without it cannot check the contract
    jsonschema = None

SCHEMAS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "schemas")


@functools.cache
def _validator(name: str) -> Any:
    if jsonschema is None:
        raise AssertionError("the contract checks need the jsonschema module: apt-get install python3-jsonschema")
    with open(os.path.join(SCHEMAS_DIR, f"{name}.schema.json"), encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def assert_contract(test: unittest.TestCase, name: str, value: Any) -> None:
    """Fails `test` with every place `value` breaks the `name` schema (run-result, observation)."""
    errors = sorted(_validator(name).iter_errors(json.loads(json.dumps(value))), key=lambda e: list(e.path))
    if errors:
        test.fail("\n".join(f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in errors[:10]))
