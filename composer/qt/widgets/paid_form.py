"""The paid / boosted switch and the record the guidelines ask for: who decided (the unit
director) and when and to whom the marketing and communications team was notified."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from composer.model.draft import Draft, PaidRecord


class PaidForm(QWidget):
    changed = Signal(bool, object)  # paid, PaidRecord

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._switch = QCheckBox(self.tr("P&aid or boosted post"), self)
        self._switch.setAccessibleName(self.tr("Paid or boosted post"))
        self._switch.setToolTip(self.tr("Tick when money is used to show the post to more people; the guidelines "
                                        "ask who decided it and who was told"))
        self._hint = QLabel(self)
        self._hint.setTextFormat(Qt.TextFormat.PlainText)
        self._hint.setWordWrap(True)
        self._decided_by = QLineEdit(self)
        self._decided_by.setAccessibleName(self.tr("Who decided the paid campaign"))
        self._decided_by.setToolTip(self.tr("The person who decided on the paid campaign, usually the unit director"))
        self._notified_to = QLineEdit(self)
        self._notified_to.setAccessibleName(self.tr("Who was notified"))
        self._notified_to.setToolTip(self.tr("The team or person the campaign was reported to"))
        self._notified = QCheckBox(self.tr("Notified on"), self)
        self._notified.setAccessibleName(self.tr("The communications team has been notified"))
        self._notified.setToolTip(self.tr("Tick once the campaign has been reported, and give the date"))
        self._notified_on = QDateEdit(self)
        self._notified_on.setCalendarPopup(True)
        self._notified_on.setDisplayFormat("d.M.yyyy")
        self._notified_on.setAccessibleName(self.tr("Date of the notification"))
        self._notified_on.setToolTip(self.tr("The day the campaign was reported"))
        self._form = QWidget(self)
        form = QFormLayout(self._form)
        form.setContentsMargins(16, 0, 0, 0)
        form.addRow(self._hint)
        form.addRow(self.tr("Decided by"), self._decided_by)
        form.addRow(self.tr("Notified to"), self._notified_to)
        form.addRow(self._notified, self._notified_on)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._switch)
        layout.addWidget(self._form)
        self._loading = False
        self._switch.toggled.connect(self._emit)
        self._decided_by.textEdited.connect(self._emit)
        self._notified_to.textEdited.connect(self._emit)
        self._notified.toggled.connect(self._emit)
        self._notified_on.dateChanged.connect(self._emit)
        self.load(None, "", "")

    def load(self, draft: Draft | None, decides: str, notify: str) -> None:
        """Show `draft`'s record; `decides` and `notify` come from the guideline pack."""
        self._loading = True
        try:
            paid = bool(draft and draft.paid)
            record = draft.paid_record if draft else PaidRecord()
            self._switch.setChecked(paid)
            self._hint.setText(self.tr("The guidelines say: paid marketing is decided by %1 and notified to %2.")
                               .replace("%1", decides or "—").replace("%2", notify or "—"))
            self._decided_by.setPlaceholderText(self.tr("Name, e.g. %1").replace("%1", decides) if decides else "")
            self._decided_by.setText(record.decided_by)
            self._notified_to.setText(record.notified_to or notify)
            self._notified.setChecked(bool(record.notified_on))
            date = QDate.fromString(record.notified_on, "yyyy-MM-dd")
            self._notified_on.setDate(date if date.isValid() else QDate.currentDate())
            self._sync_enabled()
        finally:
            self._loading = False
        self.setEnabled(draft is not None)

    def record(self) -> PaidRecord:
        return PaidRecord(decided_by=self._decided_by.text().strip(), notified_to=self._notified_to.text().strip(),
                          notified_on=self._notified_on.date().toString("yyyy-MM-dd") if self._notified.isChecked()
                          else "")

    def _sync_enabled(self) -> None:
        self._form.setVisible(self._switch.isChecked())
        self._notified_on.setEnabled(self._notified.isChecked())

    def _emit(self, *_args) -> None:
        self._sync_enabled()
        if not self._loading:
            self.changed.emit(self._switch.isChecked(), self.record())
