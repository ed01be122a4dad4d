"""The one error a broken pack produces: file, line, key and what was expected."""
from __future__ import annotations

from pathlib import Path


class PackError(Exception):
    def __init__(self, file: Path | str, line: int | None, key: str, expected: str) -> None:
        self.file = str(file)
        self.line = line
        self.key = key
        self.expected = expected
        where = self.file if line is None else f"{self.file}:{line}"
        subject = f"key '{key}'" if key else "pack"
        super().__init__(f"{where}: {subject}: {expected}")
