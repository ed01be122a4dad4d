"""The latest workflow step is the latest by the workflow's order, not by the clock.

The two-profile round trip failed now and then: when the reviewer's "request changes" and
the author's re-send fell in the same second, the re-sent "in review" step had the same
identity (time, state, who) as the author's first "in review", so the reviewer's import
did not take it and his window kept showing "changes requested". With the author's clock
a second (or minutes) behind, the re-send sorted before the request and lost the same way.
These tests build those exact sequences without Qt and without timing luck.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from composer.model.draft_codec import DraftFormatError, draft_from_dict, draft_to_dict
from composer.model.draft_records import StateChange
from composer.model.step_order import ordered
from composer.storage.stale_merge import TeamBase, merge_team_records
from tests.review_package_fixtures import finnish_draft
from tests.test_review_package import Side

MAIJA, PEKKA = "Maija Mäkelä", "Pekka Virtanen"


def iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


@pytest.fixture
def maija(tmp_path: Path) -> Side:
    return Side(tmp_path, MAIJA)


@pytest.fixture
def pekka(tmp_path: Path) -> Side:
    return Side(tmp_path, PEKKA)


def states(draft) -> list[str]:
    return [h.to_state for h in draft.history]


@pytest.mark.parametrize("author_behind_s", [0, 1, 300], ids=["same second", "author 1 s behind",
                                                                 "author 5 min behind"])
def test_resent_draft_is_in_review_for_the_reviewer_whatever_the_clocks(maija: Side, pekka: Side, tmp_path: Path,
                                                                        author_behind_s: int) -> None:
    now = datetime.now(timezone.utc) - timedelta(seconds=5)
    reviewer, author = iso(now), iso(now - timedelta(seconds=author_behind_s))
    draft = maija.library.add(finnish_draft(tmp_path / "kuvat"))
    draft.record_state(StateChange("draft", "in_review", MAIJA, at=author))

    _, received = pekka.receive(maija.send(draft))
    copy = received.draft
    copy.record_state(StateChange("in_review", "changes_requested", PEKKA, "Lisää kellonaika", at=reviewer))
    maija.receive(pekka.send(copy))
    assert draft.state == "changes_requested"

    draft.set_master(draft.master + " Klo 11.")
    draft.record_state(StateChange("changes_requested", "in_review", MAIJA, at=author))  # the same second as her first
    plan, result = pekka.receive(maija.send(draft))
    assert result.draft is copy and copy.master.endswith(" Klo 11.")
    assert copy.state == "in_review"  # failed: the re-send was taken for her first step, or sorted before his
    assert states(copy) == ["in_review", "changes_requested", "in_review"]
    assert [h.id for h in copy.history] == [h.id for h in draft.history]

    copy.record_state(StateChange("in_review", "approved", PEKKA, "Hyvä nyt", at=reviewer))
    maija.receive(pekka.send(copy))
    assert draft.state == "approved" and states(draft)[-1] == "approved"
    # the same file again changes nothing, and both sides now tell the same story
    assert not maija.receive(pekka.send(copy))[1].changed
    assert [(h.id, h.after) for h in draft.history] == [(h.id, h.after) for h in copy.history]


def test_every_step_follows_the_latest_one(tmp_path: Path) -> None:
    draft = finnish_draft(tmp_path)
    first = StateChange("draft", "in_review", MAIJA, at="2026-11-30T10:00:00Z")
    draft.record_state(first)
    draft.record_state(StateChange("in_review", "changes_requested", PEKKA, "Korjaa", at="2026-11-30T10:00:00Z"))
    assert draft.history[0].after == "" and draft.history[1].after == first.id
    again = draft_from_dict(draft_to_dict(draft))
    assert [(h.id, h.after) for h in again.history] == [(h.id, h.after) for h in draft.history]


def _step(step_id: str, after: str, to_state: str, at: str) -> dict:
    return {"from_state": "", "to_state": to_state, "by": MAIJA, "note": "", "at": at, "id": step_id, "after": after}


def test_a_stale_save_follows_the_step_taken_last_not_the_clock() -> None:
    """Storage merging a stale autosave with what another process stored: that process
    took a step after the exported one with a clock a second behind; its step is still
    the latest, and the state follows it."""
    shared = [_step("a", "", "approved", "2026-11-30T10:00:00Z"), _step("e", "a", "exported", "2026-11-30T10:00:05Z")]
    ours = {"comments": [], "approvals": [], "history": list(shared), "state": "exported"}
    theirs = {"comments": [], "approvals": [], "state": "archived",
              "history": [*shared, _step("x", "e", "archived", "2026-11-30T10:00:04Z")]}
    merged = merge_team_records(ours, theirs, TeamBase.of(ours))
    assert [h["id"] for h in merged["history"]] == ["a", "e", "x"]
    assert merged["state"] == "archived"  # was "exported": the other process's step sorted before ours


def test_steps_taken_independently_are_ordered_by_time_then_id_the_same_everywhere() -> None:
    a, b = _step("a", "", "in_review", "2026-11-30T10:00:00Z"), _step("b", "a", "approved", "2026-11-30T10:00:09Z")
    c = _step("c", "a", "draft", "2026-11-30T10:00:03Z")  # reopened meanwhile, without seeing the approval
    assert [s["id"] for s in ordered([a, b, c])] == [s["id"] for s in ordered([c, b, a])] == ["a", "c", "b"]


def test_a_hand_made_loop_of_steps_is_read_without_a_traceback(tmp_path: Path) -> None:
    data = draft_to_dict(finnish_draft(tmp_path))
    data["history"] = [_step("p", "q", "in_review", "2026-11-30T10:00:01Z"),
                       _step("q", "p", "approved", "2026-11-30T10:00:00Z"),
                       _step("q", "", "archived", "2026-11-30T10:00:02Z")]  # a second step with the same id
    for step in data["history"]:
        step["from_state"] = "draft"
    draft = draft_from_dict(data)
    assert [h.id for h in draft.history] == ["q", "p"]  # each id once, the loop by time


@pytest.mark.parametrize("field, value", [("id", ["x"]), ("id", {"a": 1}), ("id", 7), ("after", None), ("after", 3)])
def test_a_step_id_that_is_not_text_is_a_clear_format_error(tmp_path: Path, field: str, value) -> None:
    data = draft_to_dict(finnish_draft(tmp_path))
    data["history"] = [_step("a", "", "in_review", "2026-11-30T10:00:00Z") | {field: value},
                       {"from_state": "in_review", "to_state": "approved", "by": PEKKA, "note": "",
                        "at": "2026-11-30T10:00:01Z"}]
    with pytest.raises(DraftFormatError, match=f"history\\[0\\].{field}"):
        draft_from_dict(data)
