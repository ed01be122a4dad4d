"""Export… from the window: the same files as `export_draft` with the full checks (what
`somevahti export` writes), "exported" recorded for an approved draft, an unapproved draft
exported only when the user confirms and then marked as a draft, the parent folder
remembered, problems in a plain message box, and "Open folder" opening the result."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from checks.model import Media
from composer.qt.controllers import export as export_actions
from composer.model.draft import Draft
from composer.export import check_draft, export_draft
from composer.qt.controllers.export import folder_name, unused_folder
from composer.settings_schema import Settings
from composer.approval.workflow import effective_state
from tests.export_fixtures import approved, english_draft, finnish_draft, swedish_draft

EXPORTED_AT = "2026-11-23T10:15:00+00:00"
USER = "Pekka Virtanen"


class Dialogs:
    """Stands in for the user: the folder chosen, the answer to "export as a draft?", the
    button pressed in the "exported" box; records what was asked and shown."""

    def __init__(self, monkeypatch, folder: Path, confirm: bool = True, open_folder: bool = False) -> None:
        self.folder, self.confirm, self.open_folder = folder, confirm, open_folder
        self.asked: list[str] = []
        self.folder_starts: list[str] = []
        self.warnings: list[str] = []
        self.done: list[str] = []
        self.opened: list[str] = []
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._directory)
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: self.warnings.append(text))
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: self.opened.append(url.toLocalFile()))
        monkeypatch.setattr("composer.export.export.now_iso", lambda: EXPORTED_AT)

    def _directory(self, _parent, _caption, start: str) -> str:
        self.folder_starts.append(start)
        return str(self.folder)

    def _question(self, _parent, _title, text, _buttons, _default):
        self.asked.append(text)
        return QMessageBox.StandardButton.Yes if self.confirm else QMessageBox.StandardButton.Cancel

    def _exec(self, box: QMessageBox) -> int:
        self.done.append(box.text())
        if self.open_folder:
            next(b for b in box.buttons() if b.text() == "Open folder").click()
        return 0


def files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_an_approved_draft_exports_the_cli_files_and_is_recorded(qtbot, make_window, language_models, tmp_path,
                                                                  monkeypatch) -> None:
    draft = approved(finnish_draft(tmp_path / "media"))
    dialogs = Dialogs(monkeypatch, tmp_path / "viennit", open_folder=True)
    (tmp_path / "viennit").mkdir()
    cli = export_draft(draft, check_draft(draft, "fi"), tmp_path / "cli", lang="fi", by=USER)
    window = make_window("fi", user=USER)
    window.add_draft(draft)
    result = window.exports.export()
    assert result is not None and result.final and cli.final
    assert result.out_dir == tmp_path / "viennit" / f"{date.today().isoformat()} Kirjaston satutuokio"
    assert result.files == cli.files
    assert files(result.out_dir) == files(tmp_path / "cli")  # byte for byte, summaries and images included
    assert effective_state(draft) == "exported" and draft.history[-1].by == USER
    assert dialogs.asked == []  # nothing to confirm for an approved draft
    assert dialogs.opened == [str(result.out_dir)]
    assert str(result.out_dir) in window.statusBar().currentMessage()
    assert Settings(window.settings).get("export/folder") == str(tmp_path / "viennit")


def test_the_window_waits_for_the_full_checks(qtbot, make_window, language_models, tmp_path, monkeypatch) -> None:
    draft = approved(Draft(title="Sagostund", master="Välkommen! Ring Anna Andersson på 040 123 4567.",
                           channels=["facebook"], author="Åsa Öhman"))
    Dialogs(monkeypatch, tmp_path / "out")
    cli = export_draft(draft, check_draft(draft, "sv"), tmp_path / "cli", lang="sv", by=USER)
    (tmp_path / "out").mkdir()
    window = make_window("sv", user=USER)
    window.add_draft(draft)
    window.live.result = None  # no check has come back yet: Export… starts one and waits for it
    result = window.exports.export()
    assert result is not None
    summary = (result.out_dir / "summary.json").read_text("utf-8")
    assert summary == (cli.out_dir / "summary.json").read_text("utf-8")
    assert "personal_data.person_name" in summary  # a finding of the language pass


@pytest.mark.parametrize("confirm", [False, True])
def test_an_unapproved_draft_exports_only_when_confirmed_and_marked(qtbot, make_window, language_models, tmp_path,
                                                                     monkeypatch, confirm: bool) -> None:
    draft = swedish_draft()
    dialogs = Dialogs(monkeypatch, tmp_path, confirm=confirm)
    window = make_window("sv", user=USER)
    window.add_draft(draft)
    result = window.exports.export()
    assert len(dialogs.asked) == 1 and "Facebook, LinkedIn" in dialogs.asked[0]
    assert "LUONNOS / UTKAST / DRAFT" in dialogs.asked[0]
    assert effective_state(draft) == "draft" and not any(c.to_state == "exported" for c in draft.history)
    if not confirm:
        assert result is None and dialogs.folder_starts == [] and list(tmp_path.iterdir()) == []
        return
    assert result is not None and not result.final
    assert result.files and all(name.startswith("LUONNOS-UTKAST-DRAFT_") for name in result.files)
    assert (result.out_dir / "LUONNOS-UTKAST-DRAFT_facebook.txt").read_text("utf-8").endswith(draft.master)
    assert "as a draft" in dialogs.done[0] and dialogs.opened == []


def test_the_folder_is_remembered_and_a_second_export_gets_its_own_folder(qtbot, make_window, language_models,
                                                                          tmp_path, monkeypatch) -> None:
    draft = approved(english_draft())
    dialogs = Dialogs(monkeypatch, tmp_path)
    window = make_window("en", user=USER)
    window.add_draft(draft)
    first = window.exports.export()
    second = window.exports.export()
    assert first.out_dir.name == f"{date.today().isoformat()} Story hour"
    assert second.out_dir.name == f"{date.today().isoformat()} Story hour (2)"
    assert dialogs.folder_starts[1] == str(tmp_path)


def test_an_export_problem_is_a_plain_message(qtbot, make_window, language_models, tmp_path, monkeypatch) -> None:
    draft = approved(Draft(title="Kuvaton", master="Kuva puuttuu.", channels=["facebook"], author="Maija",
                           media=[Media("image", "Kirjasto.", None, str(tmp_path / "poistettu.jpg"))]))
    dialogs = Dialogs(monkeypatch, tmp_path / "out")
    (tmp_path / "out").mkdir()
    window = make_window("fi", user=USER)
    window.add_draft(draft)
    assert window.exports.export() is None
    assert len(dialogs.warnings) == 1 and "poistettu.jpg" in dialogs.warnings[0]
    assert "Traceback" not in dialogs.warnings[0]
    assert list((tmp_path / "out").iterdir()) == [] and effective_state(draft) == "approved"


def test_export_is_in_the_export_menu_with_its_shortcut(make_window) -> None:
    window = make_window()
    menus = {menu.title(): [a.objectName() for a in menu.actions() if a.objectName()]
             for menu in (action.menu() for action in window.menuBar().actions()) if menu}
    assert menus["&Export"] == ["action_copy_channel", "action_copy_all", "action_export"]
    shortcuts = {name: window.actions_by_name[name].shortcut().toString() for name in
                 ("copy_channel", "copy_all", "export")}
    assert shortcuts == {"copy_channel": "Ctrl+Shift+C", "copy_all": "Ctrl+Alt+C", "export": "Ctrl+E"}
    assert not window.actions_by_name["export"].isEnabled()  # no draft open


@pytest.mark.parametrize("title, expected", [
    ("Kirjaston satutuokio", "2026-11-23 Kirjaston satutuokio"),
    ('Uimahalli: "auki" 6/12 <klo> 8?*|\\', "2026-11-23 Uimahalli auki 6 12 klo 8"),
    ("  ...  ", "2026-11-23"),
    ("Sagostund på lördag.", "2026-11-23 Sagostund på lördag"),
    ("x" * 200, "2026-11-23 " + "x" * 80),
])
def test_folder_names_are_safe_everywhere(title: str, expected: str) -> None:
    assert folder_name(title, date(2026, 11, 23)) == expected


def test_unused_folder_counts_up(tmp_path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a (2)").write_text("")
    assert unused_folder(tmp_path, "a") == tmp_path / "a (3)"
    assert unused_folder(tmp_path, "b") == tmp_path / "b"
    assert export_actions.FOLDER_KEY == "export/folder"
