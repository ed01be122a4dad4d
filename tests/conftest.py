from __future__ import annotations

from pathlib import Path

import pytest

from checks.engine import Engine

# the window and keyring fixtures, for every test module without importing them by name
pytest_plugins = ["tests.composer_fixtures", "tests.memory_keyring"]

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"  # everything the tests read is in the repository (a fresh clone has no ../shared)


@pytest.fixture(scope="session")
def kokkola_engine() -> Engine:
    return Engine("kokkola", lang="fi", strict=True)


@pytest.fixture(scope="session")
def engines() -> dict[tuple[str, str], Engine]:
    """Engines by (pack, lang), built on first use and shared by the session."""
    return {}
