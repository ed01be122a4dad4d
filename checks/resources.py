"""Where the shipped data files live (the top-level `resources` package)."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a shipped data file, e.g. resource_path("packs", "kokkola.toml")."""
    node = files("resources")
    for part in parts:
        node = node.joinpath(part)
    return Path(str(node))
