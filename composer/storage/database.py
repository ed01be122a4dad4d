"""Open Somevahti's SQLite file: WAL, foreign keys, a busy timeout and the schema migrations.

The schema version is `PRAGMA user_version`; the migrations are numbered SQL files in
`resources/storage/migrations/` (`0001_drafts.sql`, …), applied in order inside one
transaction, so a database is either fully migrated or untouched.

An existing file is first inspected through a read-only connection: a read-only
connection never checkpoints the WAL into the main file, so a file found damaged or too
new can still be moved aside byte for byte. Problems raise DatabaseProblem with kind
"corrupt" or "newer"; everything else (a locked file, a full disk) stays a sqlite3 error.

`synchronous=FULL`: in WAL mode every commit then waits for the WAL to reach the disk, so
a save that returned survives a power cut, not only a killed process (NORMAL survives
the latter only). The save benchmark (bench/storage_bench.py) shows what it costs.
"""
from __future__ import annotations

import re
import sqlite3
from functools import cache
from importlib.resources import files
from pathlib import Path

DB_NAME = "somevahti.sqlite3"
BUSY_TIMEOUT_MS = 5000
SYNCHRONOUS = "FULL"

# Primary result codes that say the file itself is bad, and those that say only that it
# cannot be used right now (a migration failing with the latter is not a damaged file).
CORRUPT_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
TRANSIENT_CODES = frozenset({3, 5, 6, 7, 8, 9, 10, 13, 14})  # PERM BUSY LOCKED NOMEM READONLY INTERRUPT IOERR FULL CANTOPEN


class DatabaseProblem(Exception):
    """The file cannot be used as it is: `kind` is "corrupt" or "newer"."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind, self.detail = kind, detail


@cache
def migrations() -> tuple[tuple[int, str], ...]:
    """(version, SQL) for each migration file, in order; versions are 1, 2, 3 … without gaps."""
    folder = files("resources").joinpath("storage", "migrations")
    found = sorted((int(m.group(1)), entry.read_text("utf-8")) for entry in folder.iterdir()
                   if (m := re.fullmatch(r"(\d{4})_\w+\.sql", entry.name)))
    if [v for v, _sql in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration files are not numbered 0001, 0002, …: {[v for v, _ in found]}")
    return tuple(found)


def latest_version() -> int:
    return len(migrations())


def split_statements(sql: str) -> list[str]:
    """One string per SQL statement (sqlite3 runs one per execute)."""
    statements, start = [], 0
    for i, ch in enumerate(sql):
        if ch == ";" and sqlite3.complete_statement(sql[start:i + 1]):
            statements.append(sql[start:i + 1].strip())
            start = i + 1
    if re.sub(r"--[^\n]*", "", sql[start:]).strip():
        raise ValueError(f"unterminated SQL statement: {sql[start:].strip()[:60]!r}")
    return statements


def _code(exc: sqlite3.Error) -> int:
    return getattr(exc, "sqlite_errorcode", 0) & 0xFF


def _raise_if_corrupt(exc: sqlite3.Error) -> None:
    if _code(exc) in CORRUPT_CODES:
        raise DatabaseProblem("corrupt", str(exc)) from exc


def inspect(path: Path) -> int:
    """The schema version of the file at `path` (0 if there is none yet), read without
    writing anything; DatabaseProblem if it is damaged or from a newer version."""
    if not path.exists():
        return 0
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > latest_version():
            raise DatabaseProblem("newer", f"schema version {version}, this app knows up to {latest_version()}")
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            raise DatabaseProblem("corrupt", "; ".join(result[:3]))
        return version
    except sqlite3.Error as exc:
        _raise_if_corrupt(exc)
        raise
    finally:
        conn.close()


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection with our settings; the caller manages transactions."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal" and str(path) != ":memory:":
            raise sqlite3.OperationalError(f"the database cannot use write-ahead logging here (mode {mode})")
        conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        conn.close()
        _raise_if_corrupt(exc)
        raise
    return conn


def migrate(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Apply the migrations after the current version up to `target` (default: all) in one
    transaction; returns the version reached. A migration that fails on this file's data
    is a "corrupt" DatabaseProblem; nothing is changed then."""
    target = latest_version() if target is None else target
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > latest_version():
            raise DatabaseProblem("newer", f"schema version {version}, this app knows up to {latest_version()}")
        for number, sql in migrations()[version:target]:
            for statement in split_statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        if version < target and (broken := conn.execute("PRAGMA foreign_key_check").fetchall()):
            raise DatabaseProblem("corrupt", f"{len(broken)} rows point at missing rows, e.g. in {broken[0][0]}")
        conn.execute("COMMIT")
        return max(version, target)
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error) and _code(exc) not in TRANSIENT_CODES:
            raise DatabaseProblem("corrupt", f"upgrading the database failed: {exc}") from exc
        raise


def open_database(path: Path) -> sqlite3.Connection:
    """Inspect, connect and migrate; DatabaseProblem leaves the file as it was found."""
    inspect(path)
    conn = connect(path)
    try:
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn
