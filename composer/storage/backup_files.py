"""Keep a database we cannot use: move it (with its -wal and -shm) aside, unchanged.

The files are renamed, never copied or rewritten, so the backup holds exactly the bytes
that were found, and an existing file is never overwritten. The -wal and -shm files go
first: a stale -wal left beside a new database could be replayed into it.
"""
from __future__ import annotations

import os
from datetime import datetime
from itertools import count
from pathlib import Path

COMPANIONS = ("-wal", "-shm", "")  # the order of the renames


def _taken(target: Path) -> bool:
    return any(Path(f"{target}{suffix}").exists() for suffix in COMPANIONS)


def backup_name(path: Path, kind: str, when: datetime) -> Path:
    """`somevahti.corrupt-20261123-101500.sqlite3` (local time), `…-2.sqlite3` if that is taken."""
    stamp = when.astimezone().strftime("%Y%m%d-%H%M%S")
    for n in count(1):
        target = path.with_name(f"{path.stem}.{kind}-{stamp}{'' if n == 1 else f'-{n}'}{path.suffix}")
        if not _taken(target):
            return target
    raise AssertionError("unreachable")


def fsync_dir(folder: Path) -> None:
    """Make renames in `folder` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def move_aside(path: Path, kind: str, when: datetime) -> Path:
    """Rename `path` and its companions to a backup name; returns the new main file's path."""
    target = backup_name(path, kind, when)
    for suffix in COMPANIONS:
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.rename(source, Path(f"{target}{suffix}"))
    fsync_dir(path.parent)
    return target
