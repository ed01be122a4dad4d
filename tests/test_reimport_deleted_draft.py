"""A draft deleted in an earlier run of the app and imported again stays (issue 15, item 1)."""
from __future__ import annotations

from composer.model.draft_codec import draft_to_dict
from composer.storage import open_store
from tests.storage_fixtures import FakeClock, finnish_draft, swedish_draft


def _reopen(path, clock):
    store, problem = open_store(path, clock=clock)
    assert problem is None
    return store


def test_saving_a_draft_deleted_in_an_earlier_run_brings_it_back(tmp_path) -> None:
    clock = FakeClock()
    draft = finnish_draft()
    store = _reopen(tmp_path / "data", clock)
    store.save_draft(draft_to_dict(draft), 0)
    store.save_draft(draft_to_dict(swedish_draft()), 1)
    store.delete_draft(draft.id)
    store.close()

    store = _reopen(tmp_path / "data", clock)  # the next run: the import, then an edit
    draft.set_master(draft.master + " Lisätty rivi.")
    store.save_draft(draft_to_dict(draft), 0)
    store.close()

    store = _reopen(tmp_path / "data", clock)  # the run after: it is there
    assert [d["id"] for d in store.load_all()][0] == draft.id
    clock.advance(days=40)
    assert store.purge_deleted(30 * 24 * 3600) == 0  # and not purged with the old deletion date
    assert draft.id in [d["id"] for d in store.load_all()]
    store.close()


def test_reimporting_the_same_content_at_the_same_place_also_restores(tmp_path) -> None:
    clock = FakeClock()
    draft = swedish_draft()
    store = _reopen(tmp_path / "data", clock)
    store.save_draft(draft_to_dict(draft), 0)
    store.delete_draft(draft.id)
    assert store.save_draft(draft_to_dict(draft), 0) is True
    assert [d["id"] for d in store.load_all()] == [draft.id]
    store.close()
