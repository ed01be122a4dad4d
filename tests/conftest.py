from __future__ import annotations

from pathlib import Path

import pytest

from checks.engine import Engine

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def kokkola_engine() -> Engine:
    return Engine("kokkola", lang="fi", strict=True)


@pytest.fixture(scope="session")
def engines() -> dict[tuple[str, str], Engine]:
    """Engines by (pack, lang), built on first use and shared by the session."""
    return {}
