"""The drafts list shows each draft's review state under its title, and follows it as the
draft moves through review (a reviewer with many drafts sees what waits for them)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyleOptionViewItem

from composer.model.draft import Draft
from composer.model.draft_records import StateChange
from composer.qt.widgets.draft_item_delegate import STATE_ROLE


def states(window) -> list[tuple[str, str]]:
    rows = window.drafts
    return [(rows.item(r).text(), rows.item(r).data(STATE_ROLE)) for r in range(rows.count())]


def test_each_row_shows_its_state_and_follows_review_steps(qtbot, make_window) -> None:
    window = make_window(lang="fi", user="Maija Meikäläinen")
    kesä = Draft(title="Kesäkonsertti", master="Tervetuloa kesäkonserttiin torille!", author="Maija Meikäläinen")
    satu = Draft(title="Satutuokio", master="Satutuokio lauantaina klo 11.", author="Maija Meikäläinen")
    satu.record_state(StateChange(from_state="draft", to_state="archived", by="Maija Meikäläinen",
                                  at="2026-11-20T10:00:00+00:00"))
    window.add_draft(kesä)
    window.add_draft(satu)
    assert dict(states(window)) == {"Kesäkonsertti": "Draft", "Satutuokio": "Archived"}

    window.drafts.select_draft(kesä)
    window.review.run("send_to_review")  # the gate waits for the checks of the current text
    qtbot.waitUntil(lambda: kesä.state == "in_review", timeout=30000)
    assert dict(states(window))["Kesäkonsertti"] == "In review"
    row = [r for r in range(window.drafts.count()) if window.drafts.item(r).text() == "Kesäkonsertti"][0]
    assert "In review" in window.drafts.item(row).toolTip()


def test_a_row_with_a_state_is_two_lines_high(make_window) -> None:
    window = make_window(lang="fi")
    window.add_draft(Draft(title="Kirjaston aukioloajat", master="Kirjasto on auki arkisin."))
    index = window.drafts.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(window.drafts)
    delegate = window.drafts.itemDelegate()
    two_lines = delegate.sizeHint(option, index)
    window.drafts.item(0).setData(STATE_ROLE, "")
    one_line = delegate.sizeHint(option, index)
    assert isinstance(two_lines, QSize) and two_lines.height() > one_line.height()
