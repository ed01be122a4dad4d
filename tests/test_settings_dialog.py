"""The Settings dialog: OK saves the language, the default pack and the name in the settings
file, Cancel saves nothing; help texts come from the declarations in the window's language;
the folders open; Ctrl+, opens it from the Draft menu and new drafts use the default pack."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from composer.settings_schema import Settings, declared
from composer.qt.widgets import settings_dialog
from composer.qt.widgets.settings_dialog import SettingsDialog


def ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def stored(path: Path) -> dict[str, object]:
    fresh = ini(path)
    return {key: fresh.value(key) for key in fresh.allKeys()}


@pytest.fixture
def dialog_for(qtbot, tmp_path):
    def make(lang: str = "fi", **values) -> SettingsDialog:
        settings = ini(tmp_path / "settings.ini")
        for key, value in values.items():
            settings.setValue(key.replace("__", "/"), value)
        settings.sync()
        dialog = SettingsDialog(settings, lang)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))
    assert combo.currentData() == value


def test_ok_saves_language_pack_and_name(qtbot, dialog_for, tmp_path) -> None:
    dialog = dialog_for()
    assert dialog.language.currentData() == "system" and dialog.pack.currentData() == "kokkola"
    choose(dialog.language, "sv")
    choose(dialog.pack, "naantali")
    dialog.name.setText("  Maija Virtanen, kirjasto ")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert stored(tmp_path / "settings.ini") == {"ui/language": "sv", "checks/default_pack": "naantali",
                                                  "user/name": "Maija Virtanen, kirjasto"}
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_cancel_changes_nothing(qtbot, dialog_for, tmp_path) -> None:
    dialog = dialog_for(ui__language="fi", user__name="Anna Nyström")
    assert dialog.language.currentData() == "fi" and dialog.name.text() == "Anna Nyström"
    choose(dialog.language, "en")
    choose(dialog.pack, "naantali")
    dialog.name.setText("Joku muu")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert stored(tmp_path / "settings.ini") == {"ui/language": "fi", "user/name": "Anna Nyström"}


def test_a_language_change_says_it_applies_at_the_next_start(dialog_for) -> None:
    dialog = dialog_for(lang="fi", ui__language="fi")
    assert dialog.language_note.isHidden()
    choose(dialog.language, "sv")
    assert dialog.language_note.isVisible()
    choose(dialog.language, "fi")
    assert dialog.language_note.isHidden()


def test_help_texts_are_the_declared_descriptions_in_the_window_language(dialog_for) -> None:
    dialog = dialog_for(lang="sv")
    for field, key in ((dialog.language, "ui/language"), (dialog.pack, "checks/default_pack"),
                       (dialog.name, "user/name")):
        assert field.toolTip() == declared(key).description("sv")
        assert field.accessibleDescription() == field.toolTip()
    names = [w.accessibleName() for w in (dialog.language, dialog.pack, dialog.name, dialog.data_folder.path,
                                          dialog.data_folder.open_button, dialog.packs_folder.path,
                                          dialog.packs_folder.open_button)]
    assert all(names) and len(set(names)) == len(names), names


def test_open_folder_creates_the_packs_folder_and_opens_it(qtbot, tmp_path, monkeypatch) -> None:
    opened = []

    class Desktop:
        @staticmethod
        def openUrl(url) -> bool:  # noqa: N802 - Qt name
            opened.append(url.toLocalFile())
            return True

    packs = tmp_path / "config" / "packs"
    monkeypatch.setattr(settings_dialog, "user_pack_dir", lambda: packs)
    monkeypatch.setattr(settings_dialog, "QDesktopServices", Desktop)
    dialog = SettingsDialog(ini(tmp_path / "settings.ini"), "fi")
    qtbot.addWidget(dialog)
    assert dialog.packs_folder.path.text() == str(packs)
    qtbot.mouseClick(dialog.packs_folder.open_button, Qt.MouseButton.LeftButton)
    assert packs.is_dir() and opened == [str(packs)]


def test_ctrl_comma_opens_the_dialog_and_new_drafts_use_the_default_pack(qtbot, make_window) -> None:
    window = make_window(lang="sv")
    action = window.actions_by_name["settings"]
    assert action.shortcut() == QKeySequence("Ctrl+,")
    draft_menu = window.menuBar().actions()[0].menu()
    assert draft_menu.actions()[-2:] == [action, window.actions_by_name["quit"]]
    action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.lang == "sv"
    choose(dialog.pack, "naantali")
    dialog.accept()
    QApplication.processEvents()
    assert Settings(window.settings).get("checks/default_pack") == "naantali"
    assert window.new_draft().pack == "naantali"
