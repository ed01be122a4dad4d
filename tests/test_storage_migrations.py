"""The database file: WAL, foreign keys, and migrations from every earlier version."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from composer.model.draft_codec import draft_from_dict, draft_to_dict
from composer.storage import database, open_store
from composer.storage.database import DatabaseProblem, latest_version, migrate, split_statements
from tests.storage_fixtures import finnish_draft

TABLES_V1 = {"drafts", "variants", "media", "ignored", "revisions"}
TABLES_V2 = TABLES_V1 | {"approvals", "comments", "state_changes", "ui_state"}
TABLES_V3 = TABLES_V2 | {"people_records"}


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} - {"sqlite_sequence"}


def test_migration_files_are_numbered_in_order() -> None:
    versions = [v for v, _sql in database.migrations()]
    assert versions == [1, 2, 3, 4] and latest_version() == 4
    folder = Path(__file__).resolve().parents[1] / "resources" / "storage" / "migrations"
    assert sorted(p.name for p in folder.glob("*.sql")) == ["0001_drafts.sql", "0002_review.sql", "0003_people.sql",
                                                                "0004_step_ids.sql"]


def test_new_database_uses_wal_foreign_keys_and_full_sync(tmp_path) -> None:
    store, problem = open_store(tmp_path / "data")
    conn = store.conn
    assert problem is None
    assert (tmp_path / "data" / "somevahti.sqlite3").is_file()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == database.BUSY_TIMEOUT_MS
    assert tables(conn) == TABLES_V3
    store.close()


def test_empty_file_is_version_0_and_is_migrated(tmp_path) -> None:
    (tmp_path / "somevahti.sqlite3").write_bytes(b"")
    store, problem = open_store(tmp_path)
    assert problem is None and store.conn.execute("PRAGMA user_version").fetchone()[0] == 4
    assert tables(store.conn) == TABLES_V3
    assert not list(tmp_path.glob("somevahti.corrupt-*"))
    store.close()


def make_version_1(path: Path) -> dict:
    """A database made by the first schema only, holding one Finnish draft with children."""
    conn = database.connect(path)
    assert migrate(conn, target=1) == 1
    assert tables(conn) == TABLES_V1
    draft = finnish_draft()
    data = draft_to_dict(draft)
    snapshot = json.dumps(data | {"media": []}, ensure_ascii=False)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO drafts (id, title, author, state, master, channels, role, pack, paid, paid_record,"
                 " checklist, position, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 0, ?, ?)",
                 (draft.id, draft.title, draft.author, draft.state, draft.master, json.dumps(draft.channels),
                  draft.role, draft.pack, json.dumps(data["paid_record"]), json.dumps(data["checklist"]),
                  "2026-11-01T10:00:00Z", "2026-11-01T10:00:00Z"))
    conn.execute("INSERT INTO variants VALUES (?, 'x', ?)", (draft.id, draft.text_for("x")))
    conn.execute("INSERT INTO media VALUES (?, 0, 'image', 'Lapsia lukemassa', NULL, NULL, NULL, '/kuvat/a.png')",
                 (draft.id,))
    conn.execute("INSERT INTO ignored VALUES (?, 0, 'tone.shouting', 'text', '!!!', 'Lasten tapahtuma', 'Maija')",
                 (draft.id,))
    conn.execute("INSERT INTO revisions (draft_id, at, reason, state, title, excerpt, content_hash, snapshot)"
                 " VALUES (?, '2026-11-01T10:00:00Z', 'created', ?, ?, 'Tervetuloa', '', ?)",
                 (draft.id, draft.state, draft.title, snapshot))
    conn.execute("COMMIT")
    conn.close()
    return data


def test_version_1_database_is_migrated_with_its_data_intact(tmp_path) -> None:
    data = make_version_1(tmp_path / "somevahti.sqlite3")
    store, problem = open_store(tmp_path)
    assert problem is None
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 4 and tables(store.conn) == TABLES_V3
    [loaded] = store.load_all()
    assert loaded["master"] == data["master"] and loaded["title"] == "Satutuokio"
    assert loaded["variants"] == {"x": "Satutuokio la klo 11 #kirjasto"}
    assert loaded["media"] == [{"kind": "image", "alt": "Lapsia lukemassa", "captions": None, "path": "/kuvat/a.png"}]
    assert loaded["ignored"][0]["reason"] == "Lasten tapahtuma" and loaded["paid_record"] == data["paid_record"]
    assert loaded["comments"] == [] and loaded["approvals"] == []  # version 1 had no such tables
    assert draft_from_dict(loaded).text_for("x") == "Satutuokio la klo 11 #kirjasto"
    assert [r["reason"] for r in store.revisions(data["id"])] == ["created"]
    # the new tables work
    store.save_draft(data, 0)
    assert [c["body"] for c in store.load_all()[0]["comments"]] == ["Lisää kellonaika Instagramiin", "Lisätty, kiitos!"]
    store.close()


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch) -> None:
    path = tmp_path / "somevahti.sqlite3"
    make_version_1(path)
    broken = database.migrations()[:1] + ((2, "CREATE TABLE comments (id TEXT);\nINSERT INTO nowhere VALUES (1);"),)
    monkeypatch.setattr(database, "migrations", lambda: broken)
    conn = database.connect(path)
    with pytest.raises(DatabaseProblem) as caught:
        migrate(conn)
    assert caught.value.kind == "corrupt" and "nowhere" in caught.value.detail
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1 and tables(conn) == TABLES_V1
    assert not conn.in_transaction
    conn.close()


def test_foreign_keys_cascade_and_refuse_orphans(tmp_path) -> None:
    store, _problem = open_store(tmp_path)
    draft = finnish_draft()
    store.save_draft(draft_to_dict(draft), 0)
    conn = store.conn
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        conn.execute("INSERT INTO variants VALUES ('no-such-draft', 'x', 'orpo')")
    conn.execute("DELETE FROM drafts WHERE id = ?", (draft.id,))
    for table in ("variants", "media", "ignored", "revisions", "approvals", "comments", "state_changes"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    store.close()


def test_split_statements_respects_strings_and_comments() -> None:
    sql = "-- a; comment\nCREATE TABLE t (x TEXT DEFAULT ';');\nINSERT INTO t VALUES ('a;b'); -- end;\n"
    assert split_statements(sql) == ["-- a; comment\nCREATE TABLE t (x TEXT DEFAULT ';');", "INSERT INTO t VALUES ('a;b');"]
    with pytest.raises(ValueError, match="unterminated"):
        split_statements("CREATE TABLE t (x)")


def test_data_folder_name_with_spaces_umlauts_and_uri_characters(tmp_path) -> None:
    folder = tmp_path / "Käyttäjä Mäkinen #1?x=%20&y"
    store, problem = open_store(folder)
    store.save_draft(draft_to_dict(finnish_draft()), 0)
    store.close()
    store, problem = open_store(folder)  # inspected through a file: URI this time
    assert problem is None and store.load_all()[0]["title"] == "Satutuokio"
    store.close()


def test_version_3_steps_get_ids_that_every_computer_agrees_on(tmp_path) -> None:
    """Steps stored before steps had ids (schema 3) get the same legacy ids on every
    computer, each following the one before it; a save keeps them."""
    path = tmp_path / "somevahti.sqlite3"
    conn = database.connect(path)
    assert migrate(conn, target=3) == 3
    draft = finnish_draft()
    conn.execute("BEGIN")
    conn.execute("INSERT INTO drafts (id, title, author, state, master, channels, role, pack, paid, paid_record,"
                 " checklist, position, created, updated) VALUES (?, ?, ?, 'in_review', ?, ?, ?, ?, 0, '{}', '[]',"
                 " 0, '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')",
                 (draft.id, draft.title, draft.author, draft.master, json.dumps(draft.channels), draft.role, draft.pack))
    steps = [("draft", "in_review", "Maija", ""), ("in_review", "changes_requested", "Pekka", "Lisää kellonaika"),
             ("changes_requested", "in_review", "Maija", "")]
    conn.executemany("INSERT INTO state_changes VALUES (?, ?, ?, ?, ?, ?, '2026-11-01T10:00:00Z')",
                     [(draft.id, i, *step) for i, step in enumerate(steps)])
    conn.execute("COMMIT")
    conn.close()

    store, problem = open_store(tmp_path)
    assert problem is None
    [loaded] = store.load_all()
    history = loaded["history"]
    assert [h["to_state"] for h in history] == ["in_review", "changes_requested", "in_review"]
    assert len({h["id"] for h in history}) == 3 and all(h["id"].startswith("legacy-") for h in history)
    assert [h["after"] for h in history] == ["", history[0]["id"], history[1]["id"]]
    again = draft_from_dict(loaded)  # the same steps read through the draft codec (a package) get the same ids
    assert [(h.id, h.after) for h in again.history] == [(h["id"], h["after"]) for h in history]
    store.save_draft(draft_to_dict(again), 0)
    assert store.load_all()[0]["history"] == history
    store.close()
