"""The store's named operations: drafts round-trip, media by SHA-256, soft delete, revisions, UI state."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from checks.model import Media
from composer.model import draft_codec
from composer.model.draft import Draft
from composer.model.draft_codec import draft_from_dict, draft_to_dict
from composer.model.draft_records import Comment, StateChange
from composer.storage import draft_rows, open_store
from tests.storage_fixtures import FakeClock, english_draft, finnish_draft, swedish_draft, write_images


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path, clock):
    store, problem = open_store(tmp_path / "data", clock=clock)
    assert problem is None
    yield store
    store.close()


def count(store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_draft_format_matches_the_codec() -> None:
    assert draft_rows.DRAFT_FORMAT == draft_codec.FORMAT


def test_full_draft_round_trips_with_media_copied_in(store, tmp_path) -> None:
    images = write_images(tmp_path / "kuvat")
    draft = finnish_draft(images)
    data = draft_to_dict(draft)
    assert store.save_draft(data, 0) is True
    [loaded] = store.load_all()
    media_dir = tmp_path / "data" / "media"
    expected_paths = [str(media_dir / f"{hashlib.sha256(p.read_bytes()).hexdigest()}.png") for p in images]
    assert [m["path"] for m in loaded["media"]] == expected_paths
    assert loaded == data | {"media": [m | {"path": p, "file_name": image.name}  # the name it was added under
                                       for m, p, image in zip(data["media"], expected_paths, images)]}
    back = draft_from_dict(loaded)
    assert back.text_for("x") == "Satutuokio la klo 11 #kirjasto" and back.variant("facebook").linked
    assert back.approvals["x"].signature == "c2ln" and back.history[0].note == "Tarkistathan"
    assert [c.id for c in back.comments] == ["c1", "c2"] and back.checklist == {"facts", "links"}
    assert back.paid_record.notified_to == "mavi-tiimi" and back.ignored_reason is not None
    for image, path in zip(images, expected_paths):
        assert Path(path).read_bytes() == image.read_bytes()
    # the file name it was added under is kept, for export
    names = [r[0] for r in store.conn.execute("SELECT file_name FROM media ORDER BY position")]
    assert names == ["Kirjasto kesällä.PNG", "uimahalli.png"]


def test_drafts_in_three_languages_load_in_list_order(store) -> None:
    drafts = [finnish_draft(), swedish_draft(), english_draft()]
    for position, draft in enumerate(drafts):
        store.save_draft(draft_to_dict(draft), position)
    assert [d["title"] for d in store.load_all()] == ["Satutuokio", "Sagostund", "Story hour"]
    assert store.load_all()[1]["variants"] == {"linkedin": "Sagostund på lördag – välkommen!"}
    store.set_order([drafts[2].id, drafts[0].id, drafts[1].id])
    assert [d["title"] for d in store.load_all()] == ["Story hour", "Satutuokio", "Sagostund"]


def test_load_all_uses_a_few_bulk_queries(store) -> None:
    for i in range(60):
        draft = finnish_draft() if i % 2 else swedish_draft()
        store.save_draft(draft_to_dict(draft), i)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    loaded = store.load_all()
    store.conn.set_trace_callback(None)
    assert len(loaded) == 60 and len(statements) <= 7, statements
    assert loaded[1]["comments"][1]["body"] == "Lisätty, kiitos!" and loaded[0]["author"] == "Åsa"


def test_same_file_is_stored_once_under_its_hash(store, tmp_path) -> None:
    images = write_images(tmp_path / "kuvat")
    copy = tmp_path / "toinen" / "sama kuva.png"
    copy.parent.mkdir()
    copy.write_bytes(images[1].read_bytes())
    first = store.import_media(str(images[1]))
    assert store.import_media(str(images[1])) == first == store.import_media(str(copy))
    digest = hashlib.sha256(images[1].read_bytes()).hexdigest()
    assert first.endswith(f"{digest}.png")
    a, b = finnish_draft(images), swedish_draft()
    b.media = [a.media[1]]
    store.save_draft(draft_to_dict(a), 0)
    store.save_draft(draft_to_dict(b), 1)
    files = sorted(p.name for p in (tmp_path / "data" / "media").iterdir())
    assert files == sorted([f"{digest}.png", f"{hashlib.sha256(images[0].read_bytes()).hexdigest()}.png"])
    # a draft loaded from storage points into the media folder; saving it again copies nothing
    loaded = store.load_all()
    store.save_draft(loaded[0] | {"title": "Satutuokio (muokattu)"}, 0)
    assert sorted(p.name for p in (tmp_path / "data" / "media").iterdir()) == files


def test_missing_media_file_keeps_its_path(store) -> None:
    draft = Draft(title="Kadonnut kuva", master="Kuva puuttuu", media=[])
    data = draft_to_dict(draft)
    data["media"] = [{"kind": "image", "alt": "Kuvaus", "captions": None, "path": "/ei/ole/kuva.png"}]
    store.save_draft(data, 0)
    assert store.load_all()[0]["media"] == data["media"]


def test_unchanged_save_writes_nothing(store, clock) -> None:
    data = draft_to_dict(finnish_draft())
    assert store.save_draft(data, 0) is True
    clock.advance(minutes=10)
    assert store.save_draft(data, 0) is False
    assert store.save_draft(data, 3) is True  # only the place in the list moved
    assert len(store.revisions(data["id"])) == 1
    updated = store.conn.execute("SELECT position, updated FROM drafts").fetchone()
    assert updated == (3, "2026-11-23T08:00:00Z")  # moving is not editing


def test_comments_are_upserted_by_id(store) -> None:
    draft = finnish_draft()
    store.save_draft(draft_to_dict(draft), 0)
    rowid_c2 = store.conn.execute("SELECT rowid FROM comments WHERE id = 'c2'").fetchone()[0]
    draft.comments = [Comment("Maija", "Lisätty kellonaika, kiitos!", at="2026-11-23T09:05:00Z", id="c2"),
                      Comment("Pekka", "Hyvä!", at="2026-11-23T09:30:00Z", id="c3")]
    store.save_draft(draft_to_dict(draft), 0)
    rows = store.conn.execute("SELECT id, body, rowid FROM comments ORDER BY position").fetchall()
    assert [(i, body) for i, body, _ in rows] == [("c2", "Lisätty kellonaika, kiitos!"), ("c3", "Hyvä!")]
    assert rows[0][2] == rowid_c2  # updated in place, not deleted and inserted


def test_soft_delete_restore_and_purge(store, clock) -> None:
    kept, gone = finnish_draft(), swedish_draft()
    store.save_draft(draft_to_dict(kept), 0)
    store.save_draft(draft_to_dict(gone), 1)
    store.delete_draft(gone.id)
    assert [d["id"] for d in store.load_all()] == [kept.id]
    store.restore_draft(gone.id)
    assert [d["id"] for d in store.load_all()] == [kept.id, gone.id]
    store.delete_draft(gone.id)
    clock.advance(days=10)
    assert store.purge_deleted(30 * 86400) == 0  # deleted only ten days ago
    clock.advance(days=25)
    assert store.purge_deleted(30 * 86400) == 1
    store.restore_draft(gone.id)  # too late: nothing comes back
    assert [d["id"] for d in store.load_all()] == [kept.id]
    assert store.conn.execute("SELECT count(*) FROM variants WHERE draft_id = ?", (gone.id,)).fetchone()[0] == 0
    assert store.revisions(gone.id) == []


def test_revisions_follow_the_policy_and_restore(store, clock) -> None:
    draft = finnish_draft()
    store.save_draft(draft_to_dict(draft), 0)
    for i in range(4):  # typing for four minutes: no new revision
        clock.advance(minutes=1)
        draft.set_master(draft.master + f" {i}")
        store.save_draft(draft_to_dict(draft), 0)
    assert [r["reason"] for r in store.revisions(draft.id)] == ["created"]
    clock.advance(minutes=1, seconds=1)
    draft.set_master("Satutuokio siirtyy sunnuntaille.")
    store.save_draft(draft_to_dict(draft), 0)
    draft.record_state(StateChange("in_review", "approved", "Pekka"))  # a state change: a revision at once
    store.save_draft(draft_to_dict(draft), 0)
    listed = store.revisions(draft.id)
    assert [r["reason"] for r in listed] == ["state", "edited", "created"]
    assert listed[1]["excerpt"] == "Satutuokio siirtyy sunnuntaille." and listed[1]["title"] == "Satutuokio"
    assert listed[0]["state"] == "approved" and listed[2]["at"] == "2026-11-23T08:00:00Z"
    # restoring the first revision gives back the first text, id kept
    old = draft_from_dict(store.revision(listed[2]["id"]))
    assert old.master.startswith("Tervetuloa pääkirjastoon") and old.state == "in_review"
    draft.replace_content(old)
    store.save_draft(draft_to_dict(draft), 0)
    assert store.load_all()[0]["master"] == old.master and store.load_all()[0]["id"] == draft.id
    with pytest.raises(KeyError):
        store.revision(999)


def test_a_pause_keeps_the_text_the_session_ended_with(store, clock) -> None:
    draft = finnish_draft()
    store.save_draft(draft_to_dict(draft), 0)
    clock.advance(minutes=2)
    draft.set_master("Lopullinen teksti ennen taukoa.")
    store.save_draft(draft_to_dict(draft), 0)  # within five minutes of "created": no revision
    clock.advance(hours=3)
    draft.set_master("Lopullinen teksti ennen taukoa. Uusi lause.")
    store.save_draft(draft_to_dict(draft), 0)
    listed = store.revisions(draft.id)
    assert [r["reason"] for r in listed] == ["edited", "paused", "created"]
    assert listed[1]["at"] == "2026-11-23T08:02:00Z"
    assert store.revision(listed[1]["id"])["master"] == "Lopullinen teksti ennen taukoa."


def test_add_revision_on_request(store) -> None:
    draft = swedish_draft()
    store.save_draft(draft_to_dict(draft), 0)
    revision_id = store.add_revision(draft.id, "före återställning")
    assert store.revisions(draft.id)[0] | {"id": 0} == {
        "id": 0, "at": "2026-11-23T08:00:00Z", "reason": "före återställning", "state": "draft",
        "title": "Sagostund", "excerpt": "Välkommen till huvudbiblioteket på lördag kl. 11! Åtta böcker åt gången."}
    assert store.revision(revision_id) == draft_to_dict(draft)
    with pytest.raises(KeyError):
        store.add_revision("no-such-draft", "x")


def test_ui_state_keeps_json_values(store) -> None:
    assert store.ui_state("open_drafts") is None and store.ui_state("selected", "") == ""
    store.set_ui_state("open_drafts", ["a1", "b2"])
    store.set_ui_state("cursors", {"a1": 12, "b2": 0})
    store.set_ui_state("open_drafts", ["b2"])
    assert store.ui_state("open_drafts") == ["b2"] and store.ui_state("cursors") == {"a1": 12, "b2": 0}


def test_bad_data_is_refused_and_nothing_is_written(store) -> None:
    with pytest.raises(ValueError, match="format 1"):
        store.save_draft({"id": "x", "master": "ei muotoa"}, 0)
    data = draft_to_dict(english_draft())
    with pytest.raises(sqlite3.IntegrityError):
        store.save_draft(data | {"media": [{"kind": "gif", "alt": None, "captions": None, "path": None}]}, 0)
    assert count(store, "drafts") == 0 and not store.conn.in_transaction


def test_fields_without_a_column_are_kept(store) -> None:
    data = draft_to_dict(english_draft()) | {"review_base": "f" * 64, "future_field": {"kieli": "fi"}}
    store.save_draft(data, 0)
    assert store.load_all() == [data]
    assert store.revision(store.revisions(data["id"])[0]["id"]) == data


def _age(folder: Path, days: float) -> None:
    import os
    import time
    for entry in folder.iterdir():
        old = time.time() - days * 86400
        os.utime(entry, (old, old))


def test_purge_removes_photos_no_draft_or_revision_uses(store, clock, tmp_path) -> None:
    images = write_images(tmp_path / "kuvat")
    gone = finnish_draft(images)  # both files only in this draft
    shared = swedish_draft()
    shared.media = [Media("image", "Biblioteket på sommaren", None, str(images[0]))]  # the first file again
    store.save_draft(draft_to_dict(gone), 0)
    store.save_draft(draft_to_dict(shared), 1)
    media = store.data_dir / "media"
    digests = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in images}
    assert len(list(media.iterdir())) == 2
    store.delete_draft(gone.id)
    _age(media, 40)
    clock.advance(days=35)
    assert store.purge_deleted(30 * 86400) == 1
    left = {p.name[:64] for p in media.iterdir()}
    assert left == {digests[images[0]]}, "the video only the purged draft used is deleted; the shared photo stays"

    # a photo taken off a draft stays while a revision can still restore it
    shared.media = []
    store.save_draft(draft_to_dict(shared), 0)  # the revision kept at creation still has the photo
    assert store.purge_deleted(30 * 86400) == 0
    assert {p.name[:64] for p in media.iterdir()} == {digests[images[0]]}


def test_a_fresh_unsaved_copy_is_not_purged(store, tmp_path) -> None:
    images = write_images(tmp_path / "kuvat")
    stored = Path(store.import_media(str(images[1])))  # imported, its draft not saved yet
    assert store.purge_deleted(30 * 86400) == 0
    assert stored.exists()
