"""`somevahti export` and an open window save the same draft: neither reverts the other
(issue 15, item 2). The CLI's step is recorded with the code `somevahti export` uses."""
from __future__ import annotations

import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from composer.cli.export_command import _record_exported
from composer.model.draft import Draft
from composer.model.draft_codec import draft_from_dict, draft_to_dict
from composer.model.draft_records import Comment
from composer.storage import open_store
from tests.export_fixtures import approved


def _approved_draft() -> Draft:
    return approved(Draft(title="Uimahalli", master="Uimahalli on suljettu maanantaina 1.12.",
                          channels=["facebook", "x"], author="Maija Virtanen"))


def _open(path):
    store, problem = open_store(path)
    assert problem is None
    return store


def _cli_records_export(data_dir) -> None:
    """What `somevahti export` does after writing the folder, in its own store (process)."""
    cli = _open(data_dir)
    [(position, data)] = [(i, d) for i, d in enumerate(cli.load_all())]
    assert _record_exported(cli, position, draft_from_dict(data), "Pekka Virtanen", "fi", io.StringIO())
    cli.close()


def test_the_windows_next_save_keeps_the_exported_step(tmp_path) -> None:
    window = _open(tmp_path)
    draft = _approved_draft()
    window.save_draft(draft_to_dict(draft), 0)
    _cli_records_export(tmp_path)

    draft.add_comment(Comment("Maija Virtanen", "Julkaistu, kiitos!"))  # the window's next autosave
    merged = window.save_draft_merging(draft_to_dict(draft), 0)

    assert merged is not None and merged["state"] == "exported"
    [stored] = _open(tmp_path).load_all()
    assert stored["state"] == "exported"
    assert [h["to_state"] for h in stored["history"]][-1] == "exported"
    assert [c["body"] for c in stored["comments"]] == ["Julkaistu, kiitos!"]
    assert len(stored["approvals"]) == 2


def test_the_cli_keeps_an_edit_the_window_saved_while_it_exported(tmp_path) -> None:
    window = _open(tmp_path)
    draft = _approved_draft()
    window.save_draft(draft_to_dict(draft), 0)
    cli = _open(tmp_path)
    [data] = cli.load_all()  # the CLI reads, then checks for a few seconds …
    draft.set_title("Uimahalli kiinni")
    window.save_draft(draft_to_dict(draft), 0)  # … while the window saves an edit
    assert _record_exported(cli, 0, draft_from_dict(data), "Pekka Virtanen", "fi", io.StringIO())
    [stored] = _open(tmp_path).load_all()
    assert stored["title"] == "Uimahalli kiinni" and stored["state"] == "exported"


def test_a_record_removed_on_one_side_stays_removed(tmp_path) -> None:
    """The window drops the X approval; the CLI, which read it, still carries it."""
    window = _open(tmp_path)
    draft = _approved_draft()
    window.save_draft(draft_to_dict(draft), 0)
    cli = _open(tmp_path)
    [data] = cli.load_all()
    del draft.approvals["x"]
    window.save_draft(draft_to_dict(draft), 0)
    stale = draft_from_dict(data)
    stale.add_comment(Comment("Pekka Virtanen", "Katsoin tämän."))
    cli.save_records(draft_to_dict(stale), 0)
    [stored] = _open(tmp_path).load_all()
    assert [a["channel"] for a in stored["approvals"]] == ["facebook"]
    assert [c["body"] for c in stored["comments"]] == ["Katsoin tämän."]


def test_the_open_window_shows_the_exported_state(make_window, tmp_path, qtbot) -> None:
    window = make_window(profile="maija", user="Maija Virtanen")
    draft = window.add_draft(_approved_draft())
    assert window.storage.flush()
    cli = _open(tmp_path / "maija")
    data = next(d for d in cli.load_all() if d["id"] == draft.id)
    position = [d["id"] for d in cli.load_all()].index(draft.id)
    assert _record_exported(cli, position, draft_from_dict(data), "Pekka Virtanen", "fi", io.StringIO())
    cli.close()

    window.storage.look_for_changes()  # the window's timer does this every few seconds
    qtbot.waitUntil(lambda: draft.state == "exported", timeout=10_000)
    assert draft.history[-1].to_state == "exported" and draft.history[-1].by == "Pekka Virtanen"
    draft.add_comment(Comment("Maija Virtanen", "Hyvä."))
    assert window.storage.flush()
    stored = next(d for d in _open(tmp_path / "maija").load_all() if d["id"] == draft.id)
    assert stored["state"] == "exported" and stored["history"][-1]["to_state"] == "exported"
