"""The UI language: --lang beats the setting, the setting beats the system locale, Finnish
is the fallback; our .qm (compiled by the build hook in setup.py) and Qt's own qtbase
translations are installed before the window is built and removed after; a missing .qm
leaves English and one warning."""
from __future__ import annotations

import importlib.util
import logging
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from composer import messages
from composer.qt.translations import choose_language, language_installed, load_translators, translation_files

REPO = Path(__file__).resolve().parents[1]
PROBE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Probe</name>
    <message>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <source>Half done</source>
        <translation type="unfinished">Puolivalmis</translation>
    </message>
</context>
</TS>
"""


def build_hook():
    spec = importlib.util.spec_from_file_location("somevahti_setup", REPO / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def probe_qm(tmp_path_factory) -> Path:
    """A tiny Finnish .ts compiled the way the build compiles ours."""
    folder = tmp_path_factory.mktemp("translations")
    (folder / "somevahti_fi.ts").write_text(PROBE_TS, "utf-8")
    [qm] = build_hook().compile_translations(folder, folder / "out")
    return qm


@pytest.mark.parametrize(("requested", "stored", "system", "expected"), [
    ("sv", "en", ["fi-FI"], "sv"),           # --lang beats everything
    (None, "en", ["sv-FI", "fi-FI"], "en"),  # the setting beats the locale
    (None, "system", ["sv-FI", "fi-FI"], "sv"),
    (None, "system", ["de-DE", "en-GB"], "en"),  # the first supported of the preferred languages
    (None, "system", ["fi_FI"], "fi"),
    (None, "system", ["de-DE", "ru"], "fi"),  # none of fi/sv/en: Finnish
    (None, "system", [], "fi"),
])
def test_the_language_comes_from_lang_then_the_setting_then_the_locale(requested, stored, system, expected) -> None:
    assert choose_language(requested, stored, system) == expected


def test_our_compiled_translation_is_installed_for_the_block(qapp, probe_qm) -> None:
    translate = QCoreApplication.translate
    before = messages.current_language()
    with language_installed("fi", [probe_qm]) as translators:
        assert len(translators) == 1
        assert translate("Probe", "Open folder") == "Avaa kansio"
        assert translate("Probe", "Half done") == "Half done", "an unfinished entry does not ship"
        assert messages.current_language() == "fi"
    assert translate("Probe", "Open folder") == "Open folder"
    assert messages.current_language() == before


def test_a_missing_qm_leaves_english_and_one_warning(qapp, tmp_path, caplog) -> None:
    missing = tmp_path / "somevahti_sv.qm"
    with caplog.at_level(logging.WARNING, logger="composer.qt.translations"):
        with language_installed("sv", [missing]) as translators:
            assert translators == []
            assert QCoreApplication.translate("Probe", "Open folder") == "Open folder"
            assert messages.current_language() == "sv"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and str(missing) in warnings[0].getMessage()


@pytest.mark.parametrize(("lang", "cancel"), [("fi", "Peru"), ("sv", "Avbryt"), ("en", "Cancel")])
def test_qt_standard_buttons_speak_the_language(qtbot, lang, cancel) -> None:
    ours, qtbase = translation_files(lang)
    assert ours.name == f"somevahti_{lang}.qm" and qtbase.name == f"qtbase_{lang}.qm"
    with language_installed(lang, [qtbase]):
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    assert load_translators(lang, [qtbase])[0].language().startswith(lang)


def test_the_language_is_installed_before_the_window_is_built_and_removed_after(qapp, monkeypatch) -> None:
    seen = []

    class Stop(Exception):
        pass

    def build_window(lang, **kwargs):
        seen.append((lang, QCoreApplication.translate("QPlatformTheme", "Cancel"), messages.current_language()))
        raise Stop

    monkeypatch.setattr("composer.qt.window_setup.build_window", build_window)
    monkeypatch.setattr("composer.qt.translations.translation_files", lambda lang: translation_files(lang)[1:])
    from composer.qt.app import main
    with pytest.raises(Stop):
        main(["--screenshot", "unused.png", "--lang", "sv"])
    assert seen == [("sv", "Avbryt", "sv")]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
