"""Where the drafts live: the platform's per-user data folder (Qt-free, for the CLI too)."""
from __future__ import annotations

from pathlib import Path


def default_data_dir() -> Path:
    from platformdirs import user_data_dir
    return Path(user_data_dir("somevahti", appauthor=False))
