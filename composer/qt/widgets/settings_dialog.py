"""Settings: the window's language, the guideline pack for new drafts, the user's name, and
where the drafts and the user's own packs live (shown, openable). The fields are the
declared settings (composer/settings_schema.py); their descriptions are the help texts.
Nothing is saved until OK."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from checks.packs import user_pack_dir
from composer.settings_schema import Settings, declared
from composer.storage.location import default_data_dir
from composer.qt.translations import choose_language, system_languages

# Each language by its own name, as language menus do, so anyone finds theirs.
_LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}


class FolderRow(QWidget):
    """A folder's path, selectable, and a button that opens it in the file manager
    (creating it first: the packs folder does not exist until someone adds a pack)."""

    def __init__(self, folder: Path, name: str, open_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.path = QLineEdit(str(folder), self)
        self.path.setReadOnly(True)
        self.path.setAccessibleName(name)
        self.open_button = QPushButton(self.tr("Open folder"), self)
        self.open_button.setAccessibleName(open_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(self.open_button)
        self.open_button.clicked.connect(self.open_folder)

    def open_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._warn(self.tr("Cannot create %1: %2").replace("%1", str(self.folder))
                       .replace("%2", exc.strerror or str(exc)))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))):
            self._warn(self.tr("No file manager could open %1. The path can be copied from the field.")
                       .replace("%1", str(self.folder)))

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Open folder"), text)


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, lang: str, parent: QWidget | None = None) -> None:
        """`lang` is the language the window runs in: help texts are shown in it, and a
        language choice that changes it says when the change happens."""
        super().__init__(parent)
        self.store = settings
        self.settings = Settings(settings)
        self.lang = lang
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)  # room for the help texts and the folder paths
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "system")
        for code, name in _LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language_note = QLabel(self.tr("Somevahti changes to the new language the next time it starts."), self)
        self.language_note.setWordWrap(True)
        self.pack = QComboBox(self)
        for pack in declared("checks/default_pack").allowed():
            self.pack.addItem(self.tr("General (base)") if pack == "base" else pack.capitalize(), pack)
        self.pack.setAccessibleName(self.tr("Guideline pack for new drafts"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Maija Virtanen, library"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.data_folder = FolderRow(default_data_dir(), self.tr("Drafts folder"), self.tr("Open the drafts folder"),
                                     self)
        self.packs_folder = FolderRow(user_pack_dir(), self.tr("Packs folder"), self.tr("Open the packs folder"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.resize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))  # the wrapped help texts' height
        self._show_stored()
        self.language.currentIndexChanged.connect(self._show_language_note)

    def _layout(self) -> None:
        form = QFormLayout(self)
        self._add_row(form, self.tr("&Language"), self.language, declared("ui/language").description(self.lang),
                      self.language_note)
        self._add_row(form, self.tr("Guideline &pack for new drafts"), self.pack,
                      declared("checks/default_pack").description(self.lang))
        self._add_row(form, self.tr("Your &name"), self.name, declared("user/name").description(self.lang))
        self._add_row(form, self.tr("Drafts folder"), self.data_folder, self.tr(
            "Your drafts, their history and approvals are kept here, on this computer only."))
        self._add_row(form, self.tr("Packs folder"), self.packs_folder, self.tr(
            "Put your own guideline packs (.toml files) here; Somevahti finds them at its next start."))
        form.addRow(self.buttons)

    def _add_row(self, form: QFormLayout, label: str, field: QWidget, help_text: str, *below: QWidget) -> None:
        """`field` with its help text (also its tooltip and accessible description) under it."""
        field.setToolTip(help_text)
        field.setWhatsThis(help_text)
        field.setAccessibleDescription(help_text)
        help_label = QLabel(help_text, self)
        help_label.setWordWrap(True)
        help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QWidget(self)
        stack = QVBoxLayout(column)
        stack.setContentsMargins(0, 0, 0, 6)
        for widget in (field, help_label, *below):
            stack.addWidget(widget)
        label_widget = QLabel(label, self)
        label_widget.setBuddy(field)
        form.addRow(label_widget, column)

    def _show_stored(self) -> None:
        self.language.setCurrentIndex(self.language.findData(self.settings.get("ui/language")))
        self.pack.setCurrentIndex(max(0, self.pack.findData(self.settings.get("checks/default_pack"))))
        self.name.setText(self.settings.get("user/name"))
        self._show_language_note()

    def _show_language_note(self) -> None:
        chosen = choose_language(None, self.language.currentData(), system_languages())
        self.language_note.setVisible(chosen != self.lang)

    def accept(self) -> None:
        self.settings.set("ui/language", self.language.currentData())
        self.settings.set("checks/default_pack", self.pack.currentData())
        self.settings.set("user/name", self.name.text().strip())
        self.store.sync()
        super().accept()


def open_settings_dialog(settings: QSettings, lang: str, parent: QWidget) -> SettingsDialog:
    """Open the dialog window-modal (it deletes itself when closed) and return it."""
    dialog = SettingsDialog(settings, lang, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
