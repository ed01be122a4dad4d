"""What a review package adds to the team's records — approvals, review steps, comments —
shown before anything is merged; the user adds them or imports without them. Records
refused outright (dated in the future, invalid approvals, self-approvals, an unsigned
approval over a signed one) are listed with the reason. Every name and text is plain."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from checks.channels.spec import load_channels
from composer.model.draft import Draft
from composer.model.draft_records import Approval, Comment, StateChange
from composer.present.names import state_name
from composer.qt.widgets.comments_panel import local_time
from composer.review_package.incoming import IncomingRecords


class IncomingRecordsDialog(QDialog):
    def __init__(self, records: IncomingRecords, sender: str, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.setWindowTitle(self.tr("Team records in the package"))
        intro = QLabel(self.tr("The package from %1 adds these records to the draft. Add them only if you expect "
                               "them.").replace("%1", sender or self.tr("the other side")), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.added = QListWidget(self)
        self.added.setAccessibleName(self.tr("Records to add"))
        for record in (*records.history, *records.approvals, *records.comments):
            self.added.addItem(self.describe(record))
        self.refused = QListWidget(self)
        self.refused.setAccessibleName(self.tr("Records refused"))
        for item in records.refused:
            self.refused.addItem(self.describe(item.record) + " — " + self.reason(item.reason))
        refused_label = QLabel(self.tr("Refused (never added):"), self)
        refused_label.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (refused_label, self.refused):
            widget.setVisible(bool(records.refused))
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("Add these records"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(self.tr("Import without them"), QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button.setEnabled(records.to_add)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.added, 2)
        layout.addWidget(refused_label)
        layout.addWidget(self.refused, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def describe(self, record: Approval | StateChange | Comment) -> str:
        if isinstance(record, Comment):
            return self.tr("Comment by %1, %2: %3").replace("%1", record.author).replace(
                "%2", local_time(record.at)).replace("%3", " ".join(record.body.split()))
        if isinstance(record, StateChange):
            text = self.tr("%1 moved the draft to “%2”, %3").replace("%1", record.by).replace(
                "%2", state_name(record.to_state)).replace("%3", local_time(record.at))
            return text + (": " + " ".join(record.note.split()) if record.note.strip() else "")
        channel = load_channels()[record.channel].name if record.channel in load_channels() else record.channel
        return self.tr("Approval of %1 by %2, %3").replace("%1", channel).replace("%2", record.reviewer).replace(
            "%3", local_time(record.at))

    def reason(self, key: str) -> str:
        return {"future": self.tr("dated in the future"), "bad_date": self.tr("no valid date"),
                "invalid": self.tr("the approval record does not hold (altered, stripped of its signature or "
                                   "copied from another draft)"),
                "self_approval": self.tr("approved by the draft's own author"),
                "unsigned_over_signed": self.tr("an unsigned approval cannot replace a signed one")}.get(key, key)
