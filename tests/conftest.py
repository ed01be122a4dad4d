from __future__ import annotations

from pathlib import Path

import pytest

from checks.engine import Engine

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _test_user_packs(monkeypatch: pytest.MonkeyPatch) -> None:
    """User packs come from tests/data/xdg_config (the test team of tests/reviewer_keys.py),
    never from the account running the tests."""
    from tests.reviewer_keys import USER_PACKS
    monkeypatch.setattr("checks.packs.loader.user_config_dir", lambda *a, **k: str(USER_PACKS.parent))


@pytest.fixture(scope="session")
def kokkola_engine() -> Engine:
    return Engine("kokkola", lang="fi", strict=True)


@pytest.fixture(scope="session")
def engines() -> dict[tuple[str, str], Engine]:
    """Engines by (pack, lang), built on first use and shared by the session."""
    return {}
