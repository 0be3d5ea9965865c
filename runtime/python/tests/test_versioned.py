"""Programs whose output legitimately differs between Python versions: one expectation each."""
from __future__ import annotations

import json
import os
import unittest

from .support import VERSION, programs, read, run

PROGRAMS = programs("versioned")


class VersionedTest(unittest.TestCase):
    def test_each_program_matches_this_versions_expectation(self) -> None:
        self.assertTrue(PROGRAMS)
        for path in PROGRAMS:
            expected = json.loads(read(path[:-3] + ".expected.json"))
            with self.subTest(program=os.path.basename(path)):
                if VERSION not in expected:
                    self.skipTest(f"no expectation for Python {VERSION}")
                result = run(read(path))
                self.assertEqual(result["stdout"], expected[VERSION]["stdout"])
                self.assertEqual(result["exitCode"], expected[VERSION]["exitCode"])


if __name__ == "__main__":
    unittest.main()
