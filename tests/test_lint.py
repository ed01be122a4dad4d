"""The code stays clean by the tools configured in pyproject.toml: ruff (real defects and
naming, no formatting), mypy on `checks` and the Qt-free composer packages, and no code
or documentation file over 400 lines (word lists in resources/lexicons are data)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MAX_LINES = 400


def _run(*args: str, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, timeout=timeout)


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", ".", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_finds_nothing_in_the_qt_free_code() -> None:
    result = _run("mypy", timeout=600)  # the files and options are in pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


def test_every_file_is_at_most_400_lines() -> None:
    tracked = subprocess.run(["git", "ls-files", "*.py", "*.md"], cwd=REPO, capture_output=True, text=True,
                             check=False).stdout.split()
    files = [REPO / name for name in tracked] or list(REPO.glob("[!.]*/**/*.py"))  # not a git checkout
    long = {str(p.relative_to(REPO)): n for p in files if p.is_file() and not p.is_relative_to(REPO / "tests" / "data")
            and (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES}
    assert long == {}
