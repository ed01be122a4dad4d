"""Run Python code in a fresh interpreter where Qt cannot be imported, to prove that the
Qt-free parts (checks, storage, review packages) stay Qt-free."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_BLOCK_QT = """
import sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError("Qt is blocked in this test: " + name)
        return None
sys.meta_path.insert(0, BlockQt())
sys.path.insert(0, %r)
""" % str(REPO)


def run_without_qt(code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _BLOCK_QT + textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=timeout)
