"""The Encoded scheme (PROTOCOL.md, "Encoded values"): what a scenario returns crosses from the
interpreter that runs learner code to the judge as plain, bounded JSON, and back into values."""
from __future__ import annotations

import asyncio
import json
import math
import unittest
from typing import Any

from _looplab.judging.decode import Opaque, decode
from _looplab.judging.exceptions import rebuild
from _looplab.judging.mismatch import Mismatch
from _looplab.observing.encode import encode, observed_exception

from .grading_support import through_javascript


def depth(value: Any) -> int:
    if isinstance(value, list):
        return 1 + max((depth(item) for item in value), default=0)
    return 1


def round_trip(value: Any) -> Any:
    return decode(through_javascript(encode(value)))


class EncodeTest(unittest.TestCase):
    def test_plain_json_stays_plain(self) -> None:
        value = [None, True, False, 0, -7, 2**53 - 1, 0.5, "héllo ✓", [1, [2, [3]]]]
        self.assertEqual(encode(value), value)
        self.assertEqual(round_trip(value), value)

    def test_floats_that_javascript_would_change_are_tagged(self) -> None:
        self.assertEqual(encode(float("nan")), {"$float": "nan"})
        self.assertEqual(encode(float("inf")), {"$float": "inf"})
        self.assertEqual(encode(-math.inf), {"$float": "-inf"})
        self.assertEqual(encode(2.0), {"$float": "2.0"})
        self.assertEqual(encode(-0.0), {"$float": "-0.0"})
        self.assertEqual(encode(1e16), {"$float": "1e+16"})
        for value in (2.0, -0.0, 1e16, 0.1, -4.25, float("inf")):
            back = round_trip(value)
            self.assertIs(type(back), float)
            self.assertEqual(repr(back), repr(value))
        self.assertTrue(math.isnan(round_trip(float("nan"))))

    def test_big_ints_tuples_dicts_and_sets(self) -> None:
        self.assertEqual(encode(2**64), {"$int": str(2**64)})
        self.assertEqual(encode((1, "a")), {"$tuple": [1, "a"]})
        self.assertEqual(encode({"a": (1,)}), {"$dict": {"a": {"$tuple": [1]}}})
        self.assertEqual(encode({1: "a"}), {"$map": [[1, "a"]]})
        value = {"k": [(1, 2.5), {3: frozenset({"x"})}], "s": {4}, "n": -2**70}
        self.assertEqual(round_trip(value), value)
        self.assertIs(type(round_trip((1,))), tuple)

    def test_exceptions_keep_their_class_names_and_message(self) -> None:
        class Flaky(ConnectionError):
            pass

        encoded = encode(Flaky("no signal"))
        self.assertEqual(encoded, {"$exception": {"type": "Flaky", "message": "no signal", "names": [
            "Flaky", "ConnectionError", "OSError", "Exception", "BaseException", "object"]}})
        error = round_trip(Flaky("no signal"))
        self.assertEqual((type(error).__name__, str(error)), ("Flaky", "no signal"))
        self.assertIsInstance(error, ConnectionError)
        self.assertNotIsInstance(error, ValueError)

    def test_anything_else_is_its_trimmed_repr(self) -> None:
        class Thing:
            def __repr__(self) -> str:
                return "<thing " + "x" * 500 + ">"

        encoded = encode(Thing())
        self.assertEqual(encoded["$type"], "Thing")
        self.assertEqual(len(encoded["$repr"]), 200)
        self.assertTrue(encoded["$repr"].endswith("…"))
        back = round_trip(Thing())
        self.assertIsInstance(back, Opaque)
        self.assertEqual(repr(back), encoded["$repr"])
        self.assertNotEqual(back, "<thing")
        self.assertEqual(encode(b"bytes"), {"$repr": "b'bytes'", "$type": "bytes"})

    def test_depth_size_and_string_length_are_bounded(self) -> None:
        deep: list[Any] = []
        inner = deep
        for _ in range(30):
            inner.append([])
            inner = inner[0]
        self.assertIn("$repr", json.dumps(encode(deep)))
        self.assertEqual(depth(encode(deep)), 22)  # 21 lists, the last one shown as its repr
        self.assertEqual(encode(list(range(20_000)))["$type"], "list")
        self.assertEqual(encode("x" * (64 * 1024)), "x" * (64 * 1024))
        self.assertEqual(encode("x" * (64 * 1024 + 1))["$type"], "str")
        self.assertEqual(encode("\ud800")["$type"], "str")  # a lone surrogate cannot cross as UTF-8
        looped: list[Any] = []
        looped.append(looped)
        self.assertIn("$repr", json.dumps(encode(looped)))

    def test_values_that_lie_about_themselves_are_shown_not_believed(self) -> None:
        class Liar:
            __class__ = int  # type: ignore[assignment]

            def __repr__(self) -> str:
                raise RuntimeError("no")

        class Loud(str):
            def __str__(self) -> str:
                return "lies"

        self.assertEqual(encode(Liar()), {"$repr": "<Liar object>", "$type": "Liar"})
        self.assertEqual(encode(Loud("truth")), "truth")

        class BadMessage(Exception):
            def __str__(self) -> str:
                raise RuntimeError("no")

        self.assertEqual(observed_exception(BadMessage())["message"], "<unprintable message>")


class DecodeTest(unittest.TestCase):
    def test_anything_outside_the_scheme_is_a_mismatch(self) -> None:
        for bad in ({"a": 1}, {"$tuple": 1}, {"$int": "1.5"}, {"$float": "1e400"}, {"$float": 1.0},
                    {"$repr": 1, "$type": "x"}, {"$set": [{"$dict": {}}]}, {"$map": [[1]]}, 2.0, 2**60,
                    {"$tuple": [], "$dict": {}}, {"$exception": {"type": "X", "names": ["Y"], "message": ""}},
                    "x" * (64 * 1024 + 1)):
            with self.subTest(bad=bad), self.assertRaises(Mismatch):
                decode(bad)

    def test_depth_and_size_are_bounded(self) -> None:
        deep: Any = 1
        for _ in range(25):
            deep = [deep]
        with self.assertRaises(Mismatch):
            decode(deep)
        with self.assertRaises(Mismatch):
            decode(list(range(10_001)))


class RebuildTest(unittest.TestCase):
    def observed(self, value: BaseException) -> BaseException:
        return rebuild(observed_exception(value))

    def test_builtin_bases_are_kept(self) -> None:
        for original, base in ((ValueError("boom"), ValueError), (KeyError("k"), KeyError),
                               (ConnectionRefusedError("no"), ConnectionError), (TimeoutError("late"), TimeoutError),
                               (asyncio.CancelledError(), asyncio.CancelledError),
                               (asyncio.InvalidStateError("Result is not set."), asyncio.InvalidStateError),
                               (ExceptionGroup("many", [ValueError()]), ExceptionGroup)):
            with self.subTest(original=original):
                error = self.observed(original)
                self.assertEqual(type(error).__name__, type(original).__name__)
                self.assertEqual(str(error), str(original))
                self.assertIsInstance(error, base)

    def test_a_custom_base_becomes_the_nearest_builtin_or_exception(self) -> None:
        class AppError(Exception):
            pass

        class Missing(AppError, LookupError):
            pass

        missing = self.observed(Missing("gone"))
        self.assertEqual((type(missing).__name__, str(missing)), ("Missing", "gone"))
        self.assertIsInstance(missing, LookupError)
        self.assertEqual(type(self.observed(AppError("x"))).__mro__[1], Exception)


if __name__ == "__main__":
    unittest.main()
