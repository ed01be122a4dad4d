"""The storage thread: named operations on one thread of its own, clear errors, orderly close;
and the storage package never needs Qt."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from composer.model.draft_codec import draft_to_dict
from composer.storage import StorageClosed, StorageThread, UnknownOperation, open_store
from composer.storage.store import Store
from tests.storage_fixtures import english_draft, finnish_draft, swedish_draft
from tests.without_qt import REPO, run_without_qt


@pytest.fixture
def storage(tmp_path):
    thread = StorageThread(tmp_path)
    yield thread
    thread.close(timeout=10)


def test_named_operations_run_on_the_storage_thread(storage, tmp_path) -> None:
    assert storage.ready.result(timeout=10) is None
    drafts = [finnish_draft(), swedish_draft(), english_draft()]
    futures = [storage.submit(Store.save_draft, draft_to_dict(d), i) for i, d in enumerate(drafts)]
    assert [f.result(timeout=10) for f in futures] == [True, True, True]
    assert [d["title"] for d in storage.submit(Store.load_all).result(timeout=10)] == ["Satutuokio", "Sagostund",
                                                                                  "Story hour"]
    storage.submit(Store.set_ui_state, "selected", drafts[1].id)
    assert storage.submit(Store.ui_state, "selected").result(timeout=10) == drafts[1].id


def test_the_connection_belongs_to_the_storage_thread(tmp_path) -> None:
    opened = []
    storage = StorageThread(opener=lambda: opened.append(open_store(tmp_path)) or opened[0])
    assert storage.ready.result(timeout=10) is None
    with pytest.raises(sqlite3.ProgrammingError, match="thread"):
        opened[0].store.conn.execute("SELECT 1")  # created there, so unusable here
    assert storage.submit(Store.load_all).result(timeout=10) == []
    storage.close(timeout=10)


def test_unknown_and_private_names_fail_clearly(storage) -> None:
    for operation, name in ((Store.close, "close"), (Store._transaction, "_transaction"), ("save_draft", "'save_draft'"),
                            (lambda store: store.conn, "<lambda>")):
        future = storage.submit(operation)
        with pytest.raises(UnknownOperation, match=rf"{re.escape(repr(name))} is not a storage operation.*save_draft"):
            future.result(timeout=1)


def test_a_failing_operation_fails_its_future_only(storage) -> None:
    with pytest.raises(KeyError, match="no revision with id 42"):
        storage.submit(Store.revision, 42).result(timeout=10)
    with pytest.raises(TypeError):
        storage.submit(Store.save_draft).result(timeout=10)  # missing arguments
    assert storage.submit(Store.load_all).result(timeout=10) == []  # the thread goes on working


def test_close_finishes_queued_work_then_refuses_more(tmp_path) -> None:
    storage = StorageThread(tmp_path)
    futures = [storage.submit(Store.save_draft, draft_to_dict(finnish_draft()), i) for i in range(30)]
    storage.close(timeout=30)
    assert all(f.done() and f.result() is True for f in futures)
    with pytest.raises(StorageClosed, match="'load_all' was not run"):
        storage.submit(Store.load_all).result(timeout=1)
    store, _problem = open_store(tmp_path)
    assert len(store.load_all()) == 30
    store.close()


def test_a_store_that_cannot_open_fails_every_job(tmp_path) -> None:
    def opener():
        raise OSError("levy on täynnä")

    storage = StorageThread(opener=opener)
    job = storage.submit(Store.load_all)
    with pytest.raises(OSError, match="levy on täynnä"):
        storage.ready.result(timeout=10)
    with pytest.raises(OSError, match="levy on täynnä"):
        job.result(timeout=10)
    storage.close(timeout=10)


def test_ready_reports_the_problem(tmp_path) -> None:
    (tmp_path / "somevahti.sqlite3").write_bytes(b"tama ei ole tietokanta" * 200)
    storage = StorageThread(tmp_path)
    problem = storage.ready.result(timeout=10)
    assert problem.kind == "corrupt" and Path(problem.backup_path).exists()
    assert storage.submit(Store.load_all).result(timeout=10) == []
    storage.close(timeout=10)


def test_every_operation_is_a_store_method() -> None:
    assert all(callable(getattr(Store, name, None)) for name in Store.OPERATIONS)


def test_storage_never_imports_qt(tmp_path) -> None:
    result = run_without_qt(f"""
        from composer.storage import StorageThread
        from composer.storage.store import Store
        storage = StorageThread({str(tmp_path)!r})
        print(storage.submit(Store.load_all).result(timeout=10))
        storage.close()
    """, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    offenders = [p.name for p in (REPO / "composer" / "storage").glob("*.py")
                 if re.search(r"^\s*(from|import)\s+(PySide6|PyQt|shiboken)", p.read_text("utf-8"), re.M)]
    assert offenders == []
