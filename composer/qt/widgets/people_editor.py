"""Who is in a picture and who agreed: the people record on a media card, and the same
consent fields for a person named in the text (ConsentDialog).

Keyboard first: every field is a combo box or a line edit in tab order; a combo box
takes the first letter of a choice. The editor never touches the draft: it emits the
new record (None while "not recorded" is chosen) and shows one with `set_record`.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QWidget,
)

from checks.model import Finding
from checks.people import GIVERS, METHODS, SHOWS, Consent, PeopleRecord, consent_for
from composer.model.draft import Draft


class ConsentFields(QWidget):
    """Who gave consent (nobody yet, the person, a guardian), how, when, reference."""
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        self.given_by = QComboBox(self)
        self.given_by.addItem(self.tr("No consent recorded"), "")
        names = {"person": self.tr("The person"), "guardian": self.tr("A guardian")}
        for giver in GIVERS:
            self.given_by.addItem(names[giver], giver)
        self.method = QComboBox(self)
        methods = {"signed_form": self.tr("Signed form"), "school_register": self.tr("School photo-permission register"),
                   "email": self.tr("E-mail"), "verbal": self.tr("Verbal")}
        for method in METHODS:
            self.method.addItem(methods[method], method)
        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setDate(QDate.currentDate())
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("Form number (optional)"))
        self.given_by.setAccessibleName(self.tr("Consent given by"))
        self.method.setAccessibleName(self.tr("How consent was given"))
        self.on.setAccessibleName(self.tr("Date of consent"))
        self.reference.setAccessibleName(self.tr("Consent reference"))
        self.given_by.setToolTip(self.tr("Who gave the consent: the person, or a guardian for a child"))
        self.method.setToolTip(self.tr("How the consent was given"))
        self.on.setToolTip(self.tr("The day the consent was given"))
        self.reference.setToolTip(self.tr("Where the consent can be found, e.g. a form number"))
        for widget in (self.given_by, self.method):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(2)
        form.addRow(self.tr("Consent"), self.given_by)
        form.addRow(self.tr("How"), self.method)
        when = QHBoxLayout()
        when.addWidget(self.on)
        when.addWidget(self.reference, 1)
        form.addRow(self.tr("When"), when)
        self.given_by.currentIndexChanged.connect(self._changed)
        self.method.currentIndexChanged.connect(self._changed)
        self.on.dateChanged.connect(self._changed)
        self.reference.textEdited.connect(self._changed)
        self._update_enabled()

    def consent(self) -> Consent | None:
        giver = self.given_by.currentData()
        if not giver:
            return None
        return Consent(giver, self.method.currentData(), self.on.date().toString("yyyy-MM-dd"),
                       self.reference.text().strip())

    def set_consent(self, consent: Consent | None) -> None:
        self._syncing = True
        try:
            self.given_by.setCurrentIndex(max(0, self.given_by.findData(consent.given_by if consent else "")))
            if consent is not None:
                self.method.setCurrentIndex(max(0, self.method.findData(consent.method)))
                parsed = QDate.fromString(consent.on, "yyyy-MM-dd")
                self.on.setDate(parsed if parsed.isValid() else QDate.currentDate())
                if self.reference.text() != consent.reference:
                    self.reference.setText(consent.reference)
        finally:
            self._syncing = False
        self._update_enabled()

    def _update_enabled(self) -> None:
        recorded = bool(self.given_by.currentData())
        for widget in (self.method, self.on, self.reference):
            widget.setEnabled(recorded)

    def _changed(self) -> None:
        self._update_enabled()
        if not self._syncing:
            self.edited.emit()


class PeopleEditor(QWidget):
    """The people record of one image or video."""
    record_edited = Signal(object)  # PeopleRecord | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("peoplePrompt")
        self.prompt.setStyleSheet("#peoplePrompt { font-weight: bold; }")
        self.prompt.hide()
        self.shows = QComboBox(self)
        self.shows.addItem(self.tr("Who is in it? Not recorded"), "")
        names = {"nobody": self.tr("Nobody recognisable"), "adults": self.tr("Adults"),
                 "children": self.tr("Children (under 18)"), "crowd": self.tr("Crowd at a public event")}
        for shows in SHOWS:
            self.shows.addItem(names[shows], shows)
        self.shows.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.shows.setToolTip(self.tr("Who can be recognised in it; recognisable people, and children above all, "
                                      "need their consent recorded"))
        self.consent = ConsentFields(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(2)
        form.addRow(self.prompt)
        self.shows_label = QLabel(self.tr("People"), self)
        form.addRow(self.shows_label, self.shows)
        form.addRow(self.consent)
        self.shows.currentIndexChanged.connect(self._changed)
        self.consent.edited.connect(self._changed)
        self._update_visible()

    def set_number(self, kind: str, number: int) -> None:
        if kind == "video":
            self.shows.setAccessibleName(self.tr("Who is in video {number}").format(number=number))
        else:
            self.shows.setAccessibleName(self.tr("Who is in image {number}").format(number=number))

    def record(self) -> PeopleRecord | None:
        shows = self.shows.currentData()
        if not shows:
            return None
        consent = self.consent.consent() if shows in ("adults", "children") else None
        return PeopleRecord(shows, consent)

    def set_record(self, record: PeopleRecord | None) -> None:
        if record == self.record():
            return
        self._syncing = True
        try:
            self.shows.setCurrentIndex(max(0, self.shows.findData(record.shows if record else "")))
            self.consent.set_consent(record.consent if record else None)
        finally:
            self._syncing = False
        self._update_visible()

    def show_prompt(self, text: str) -> None:
        """Ask for the record (faces found, or the pack asks for every picture); "" hides."""
        self.prompt.setText(text)
        self.prompt.setVisible(bool(text))

    def _update_visible(self) -> None:
        self.consent.setVisible(self.shows.currentData() in ("adults", "children"))
        if self.shows.currentData():
            self.show_prompt("")

    def _changed(self) -> None:
        self._update_visible()
        if not self._syncing:
            self.record_edited.emit(self.record())


class ConsentDialog(QDialog):
    """Record consent for a person named in the text (from the person-name finding)."""

    def __init__(self, name: str, consent: Consent | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        intro = QLabel(self.tr("Who agreed to “%1” being named in this post, how and when. The record is kept with "
                               "the draft and shown to the reviewer; it never appears in the post.")
                       .replace("%1", name), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(" ".join(name.split()), self)
        self.name.setAccessibleName(self.tr("Name of the person"))
        self.fields = ConsentFields(self)
        self.fields.set_consent(consent or Consent("person", "email", QDate.currentDate().toString("yyyy-MM-dd")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(self.tr("Record consent"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_button)
        self.fields.edited.connect(self._update_button)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.fields)
        form.addRow(self.buttons)
        self._update_button()
        self.fields.given_by.setFocus()

    def result_consent(self) -> tuple[str, Consent] | None:
        consent = self.fields.consent()
        name = " ".join(self.name.text().split())
        return None if consent is None or not name else (name, consent)

    def _update_button(self) -> None:
        self.save_button.setEnabled(self.result_consent() is not None)


def ask_consent(parent: QWidget, draft: Draft | None, finding: Finding | None) -> None:
    """Record consent for the person `finding` names (the finding is quiet from then on)."""
    if finding is None or draft is None:
        return
    name = str(finding.args.get("name") or finding.excerpt)
    dialog = ConsentDialog(name, consent_for(tuple(draft.consents), name), parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        chosen = dialog.result_consent()
        if chosen is not None:
            draft.record_consent(*chosen)
