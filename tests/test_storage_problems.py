"""A database we cannot use is kept byte for byte, a fresh one is made, and the app is told in
a plain sentence; open_store never raises for it."""
from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from composer.model.draft_codec import draft_to_dict
from composer.storage import database, open_store
from tests.storage_fixtures import FakeClock, finnish_draft, swedish_draft

REPO = Path(__file__).resolve().parents[1]


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def real_database(folder: Path, drafts: int = 40) -> Path:
    store, _problem = open_store(folder)
    for i in range(drafts):
        store.save_draft(draft_to_dict(finnish_draft() if i % 2 else swedish_draft()), i)
    store.close()
    return folder / "somevahti.sqlite3"


def assert_kept_and_started_fresh(folder: Path, kind: str, before: dict[str, bytes]) -> None:
    """open_store returns normally with a `kind` problem; every original file is now under
    the backup name with identical bytes; the new database works."""
    clock = FakeClock()
    store, problem = open_store(folder, clock=clock)
    assert problem is not None and problem.kind == kind
    backup = Path(problem.backup_path)
    assert backup.parent == folder and backup.name.startswith(f"somevahti.{kind}-")
    assert backup.name in problem.message and problem.message.endswith(".")
    for name, data in before.items():
        kept = folder / name.replace("somevahti.sqlite3", backup.name)
        assert kept.read_bytes() == data, f"{name} changed"
    assert store.load_all() == [] and store.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    draft = finnish_draft()
    store.save_draft(draft_to_dict(draft), 0)
    assert store.load_all()[0]["id"] == draft.id
    store.close()


def test_random_bytes(tmp_path) -> None:
    (tmp_path / "somevahti.sqlite3").write_bytes(random.Random(5).randbytes(64 * 1024))
    assert_kept_and_started_fresh(tmp_path, "corrupt", files(tmp_path))


def test_truncated_database(tmp_path) -> None:
    path = real_database(tmp_path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert_kept_and_started_fresh(tmp_path, "corrupt", files(tmp_path))


def test_database_that_fails_quick_check(tmp_path) -> None:
    path = real_database(tmp_path)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'revisions_by_draft'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size:(root - 1) * page_size + 40] = b"\xff" * 40  # an index page's header
    path.write_bytes(bytes(data))
    with pytest.raises(database.DatabaseProblem, match="Page"):
        database.inspect(path)  # the file opens; only the check finds the damage
    assert_kept_and_started_fresh(tmp_path, "corrupt", files(tmp_path))


def test_newer_version_with_unsaved_wal_is_kept_unchanged(tmp_path) -> None:
    """A newer app was killed with commits still in the -wal file: both files are kept as found."""
    code = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(REPO)!r})
        from composer.storage import open_store
        store, _ = open_store({str(tmp_path)!r})
        store.conn.execute("PRAGMA wal_autocheckpoint = 0")
        store.conn.execute("INSERT INTO ui_state VALUES ('uusi', '\\"versio\\"')")
        store.conn.execute("PRAGMA user_version = 99")
        os._exit(0)  # no close: the -wal file keeps the commits
    """)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    before = files(tmp_path)
    assert before["somevahti.sqlite3-wal"], "expected commits in the -wal file"
    before.pop("somevahti.sqlite3-shm")  # the shared-memory index is rebuilt by every reader
    assert_kept_and_started_fresh(tmp_path, "newer", before)


def test_a_failed_upgrade_keeps_the_file(tmp_path, monkeypatch) -> None:
    real_database(tmp_path, drafts=3)
    before = files(tmp_path)
    # fails on this file's data only: several drafts share a title
    bad = database.migrations() + ((3, "CREATE UNIQUE INDEX drafts_by_title ON drafts (title);"),)
    monkeypatch.setattr(database, "migrations", lambda: bad)
    store, problem = open_store(tmp_path)
    assert problem.kind == "corrupt" and "UNIQUE constraint failed" in problem.detail
    assert Path(problem.backup_path).read_bytes() == before["somevahti.sqlite3"]
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 3
    store.close()


def test_backups_never_overwrite_each_other(tmp_path) -> None:
    clock = FakeClock()
    names = []
    for n in range(3):
        (tmp_path / "somevahti.sqlite3").write_bytes(b"not a database %d" % n * 100)
        store, problem = open_store(tmp_path, clock=clock)  # same second every time
        store.close()
        names.append(Path(problem.backup_path).name)
    stamp = clock().astimezone().strftime("%Y%m%d-%H%M%S")
    assert names == [f"somevahti.corrupt-{stamp}.sqlite3", f"somevahti.corrupt-{stamp}-2.sqlite3",
                     f"somevahti.corrupt-{stamp}-3.sqlite3"]
    assert [(tmp_path / name).read_bytes()[:16] for name in names] == [b"not a database %d" % n for n in range(3)]


def test_unwritable_data_folder_runs_in_memory(tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store, problem = open_store(blocker / "data")
    assert problem.kind == "unavailable" and problem.backup_path is None
    assert "lost when you close" in problem.message
    draft = swedish_draft()
    store.save_draft(draft_to_dict(draft), 0)
    assert store.load_all()[0]["title"] == "Sagostund"
    store.close()
