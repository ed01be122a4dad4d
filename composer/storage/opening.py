"""Open the store for the app: whatever is wrong with the file, the app still starts.

A damaged database, or one written by a newer Somevahti, is moved aside unchanged (see
backup_files.py) and a fresh one is created; the caller gets a StorageProblem with a
plain sentence to show. If no database can be opened at all (an unwritable folder, a
full disk), the store runs in memory and the problem says changes will not be kept.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from composer.messages import message
from composer.storage import database
from composer.storage.backup_files import move_aside
from composer.storage.store import Clock, Store, utc_now


@dataclass(frozen=True)
class StorageProblem:
    kind: str  # "corrupt", "newer" or "unavailable"
    message: str  # one sentence for a dialog
    backup_path: str | None  # where the old file was kept ("corrupt" and "newer")
    detail: str = ""  # the technical reason, for logs


class OpenedStore(NamedTuple):
    store: Store
    problem: StorageProblem | None


def _in_memory(data_dir: Path, clock: Clock) -> Store:
    conn = database.connect(Path(":memory:"))
    database.migrate(conn)
    return Store(conn, data_dir, clock=clock)


def open_store(data_dir: str | Path, *, clock: Clock = utc_now) -> OpenedStore:
    """The store in `data_dir/somevahti.sqlite3`, and what went wrong opening it, if anything."""
    data_dir = Path(data_dir)
    path = data_dir / database.DB_NAME
    problem = None
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        try:
            conn = database.open_database(path)
        except database.DatabaseProblem as exc:
            backup = move_aside(path, exc.kind, clock())
            problem = StorageProblem(exc.kind, message(f"storage.{exc.kind}", backup=backup.name), str(backup),
                                     exc.detail)
            conn = database.open_database(path)
    except (OSError, sqlite3.Error, database.DatabaseProblem) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        return OpenedStore(_in_memory(data_dir, clock),
                           StorageProblem("unavailable", message("storage.unavailable", detail=detail), None, str(exc)))
    return OpenedStore(Store(conn, data_dir, clock=clock), problem)
