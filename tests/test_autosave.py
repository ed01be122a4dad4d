"""Autosave: changes reach storage debounced and within 2 s, deletes are soft and undoable,
flush saves synchronously, failures are reported in a sentence."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time

import pytest

from composer.qt.autosave import Autosave
from composer.model.draft import Draft
from composer.model.draft_codec import draft_from_dict
from composer.model.draft_library import DraftLibrary
from composer.storage import StorageThread
from composer.storage.store import Store
from tests.storage_fixtures import english_draft, finnish_draft, swedish_draft


class RecordingStorage:
    """A real StorageThread that also records what was submitted, and when."""

    def __init__(self, data_dir) -> None:
        self.thread = StorageThread(data_dir)
        self.calls: list[tuple[float, str, tuple]] = []

    def submit(self, operation, *args):
        self.calls.append((time.monotonic(), operation.__name__, args))
        return self.thread.submit(operation, *args)

    def names(self) -> list[str]:
        return [name for _t, name, _a in self.calls]

    def load(self) -> list[dict]:
        return self.thread.submit(Store.load_all).result(timeout=10)


@pytest.fixture
def storage(tmp_path):
    recording = RecordingStorage(tmp_path / "data")
    assert recording.thread.ready.result(timeout=10) is None
    yield recording
    recording.thread.close(timeout=10)


def make(library, storage, **timing) -> Autosave:
    return Autosave(library, storage, **timing)


def test_changes_are_debounced_into_one_save(qtbot, storage) -> None:
    library = DraftLibrary()
    draft = library.add(finnish_draft())
    autosave = make(library, storage, delay_ms=100, max_delay_ms=2000)
    for word in ("Tervetuloa", " kirjastoon", " lauantaina", " klo 11."):
        draft.set_master(draft.master + word)
    assert storage.calls == [] and autosave.pending == [draft.id]
    with qtbot.waitSignal(autosave.saved, timeout=2000) as saved:
        pass
    assert saved.args == [draft.id] and storage.names() == ["save_draft_merging"]
    assert storage.load()[0]["master"].endswith("Tervetuloa kirjastoon lauantaina klo 11.")


def test_steady_typing_is_saved_within_two_seconds(qtbot, storage) -> None:
    """With the real timing: a key every 100 ms never lets the 500 ms debounce expire, yet a
    save goes out no later than 2 s after the first unsaved change."""
    library = DraftLibrary()
    draft = library.add(Draft(title="Kirjoitus", master=""))
    autosave = make(library, storage)
    first_change = time.monotonic()
    for ch in "Kokkolan kirjasto on auki kesällä!":  # 34 keys, about 3.4 s
        draft.set_master(draft.master + ch)
        qtbot.wait(100)
    saves = [t - first_change for t, name, _a in storage.calls if name == "save_draft_merging"]
    assert saves and saves[0] <= 2.25, saves
    assert all(b - a <= 2.25 for a, b in zip(saves, saves[1:])), saves
    assert len(saves) <= 3  # debounced: not one save per key
    autosave.flush()
    assert storage.load()[0]["master"] == "Kokkolan kirjasto on auki kesällä!"


def test_new_removed_and_restored_drafts(qtbot, storage) -> None:
    library = DraftLibrary()
    autosave = make(library, storage, delay_ms=10)
    first = library.add(finnish_draft())  # new: saved
    second = library.add(swedish_draft())
    third = library.add(english_draft(), 0)  # inserted at the top: the order is saved too
    assert autosave.flush()
    assert [d["title"] for d in storage.load()] == ["Story hour", "Satutuokio", "Sagostund"]
    index = library.remove(first)
    assert "delete_draft" in storage.names()
    assert autosave.flush()
    assert [d["id"] for d in storage.load()] == [third.id, second.id]
    library.add(first, index)  # undo
    assert autosave.flush()
    assert [d["id"] for d in storage.load()] == [third.id, first.id, second.id]
    assert storage.names().count("restore_draft") == 1


def test_flush_saves_at_once_and_changes_of_removed_drafts_are_ignored(storage) -> None:
    library = DraftLibrary()
    draft = library.add(finnish_draft())
    gone = library.add(swedish_draft())
    autosave = make(library, storage, delay_ms=10_000, max_delay_ms=10_000)
    draft.set_title("Satutuokio sunnuntaina")
    library.remove(gone)
    gone.set_master("Ändrad efter borttagning")
    assert autosave.pending == [draft.id]
    assert autosave.flush() is True
    assert autosave.pending == []
    assert [d["title"] for d in storage.load()] == ["Satutuokio sunnuntaina"]


def test_reopening_restores_the_library_without_saving_it_again(qtbot, storage) -> None:
    library = DraftLibrary()
    autosave = make(library, storage, delay_ms=10)
    drafts = [library.add(d) for d in (finnish_draft(), swedish_draft(), english_draft())]
    drafts[0].set_master("Muokattu")
    assert autosave.flush()
    reopened = DraftLibrary()
    for data in storage.load():
        reopened.add(draft_from_dict(data))
    calls_before = len(storage.calls)
    second = make(reopened, storage, delay_ms=10)
    qtbot.wait(50)
    assert len(storage.calls) == calls_before and second.pending == []
    assert [d.id for d in reopened.drafts] == [d.id for d in drafts] and reopened.drafts[0].master == "Muokattu"
    reopened.drafts[2].set_title("Story hour, updated")  # drafts loaded from storage are watched
    with qtbot.waitSignal(second.saved, timeout=2000):
        pass
    assert storage.load()[2]["title"] == "Story hour, updated"


def test_restoring_a_revision_is_saved(qtbot, storage) -> None:
    library = DraftLibrary()
    draft = library.add(finnish_draft())  # there before autosave: saved when asked to
    autosave = make(library, storage, delay_ms=10)
    autosave.save_later(draft)
    assert autosave.pending == [draft.id] and autosave.flush()
    [revision] = storage.thread.submit(Store.revisions, draft.id).result(timeout=10)
    draft.set_master("Väärä teksti")
    assert autosave.flush()
    old = draft_from_dict(storage.thread.submit(Store.revision, revision["id"]).result(timeout=10))
    draft.replace_content(old)
    assert autosave.flush()
    assert storage.load()[0]["master"].startswith("Tervetuloa pääkirjastoon")


def test_a_failed_save_is_reported_and_kept_pending(qtbot, storage) -> None:
    library = DraftLibrary()
    draft = library.add(english_draft())
    autosave = make(library, storage, delay_ms=10)
    storage.thread.close(timeout=10)
    draft.set_master("Changed while the disk was gone")
    with qtbot.waitSignal(autosave.failed, timeout=2000) as failed:
        pass
    assert failed.args[0].startswith("Your latest changes could not be saved (storage is closed")
    assert autosave.pending == [draft.id]  # tried again at the next change or flush
    assert autosave.flush() is False
