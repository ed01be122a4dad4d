from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from checks.engine import Engine

# the window and keyring fixtures, for every test module without importing them by name
pytest_plugins = ["tests.composer_fixtures", "tests.memory_keyring"]

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"  # everything the tests read is in the repository (a fresh clone has no ../shared)


_QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|composer\.qt)\b", re.M)


@cache
def _imports_qt(path: Path) -> bool:
    return bool(_QT_IMPORT.search(path.read_text("utf-8")))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests a developer may leave out of a quick run (`-m "not slow and not gui"`):
    `gui` for tests that use Qt (qtbot, or a test module importing PySide6 or composer.qt),
    `slow` for tests that load the language models (several seconds) besides those marked
    by hand. The README's command and CI run everything."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or _imports_qt(Path(item.path)):
            item.add_marker(pytest.mark.gui)
        if "language_models" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def kokkola_engine() -> Engine:
    return Engine("kokkola", lang="fi", strict=True)


@pytest.fixture(scope="session")
def engines() -> dict[tuple[str, str], Engine]:
    """Engines by (pack, lang), built on first use and shared by the session."""
    return {}
