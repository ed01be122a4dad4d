"""The UI language: chosen from --lang, the "ui/language" setting and the system locale,
then installed before any window is built — our translations (somevahti_<lang>.qm,
compiled from resources/translations/*.ts when the package is built), Qt's own
(qtbase_<lang>.qm from the Qt installation: standard buttons, file dialogs) and the
language of the composer's Qt-free messages. A missing .qm is not fatal: the English
source strings show and a warning is logged."""
from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from checks.messages import DEFAULT_LANGUAGE, LANGUAGES
from checks.resources import resource_path
from composer import messages

log = logging.getLogger(__name__)


def choose_language(requested: str | None, stored: str, system_languages: Sequence[str]) -> str:
    """--lang beats the setting, the setting beats the system's preferred languages (the
    first of fi, sv, en among them, e.g. "sv-FI"), and Finnish is the fallback."""
    if requested in LANGUAGES:
        return requested
    if stored in LANGUAGES:
        return stored
    for tag in system_languages:
        primary = tag.replace("_", "-").split("-")[0].lower()
        if primary in LANGUAGES:
            return primary
    return DEFAULT_LANGUAGE


def system_languages() -> list[str]:
    return QLocale.system().uiLanguages()


def translation_files(lang: str) -> list[Path]:
    """Our compiled translations, then Qt's own, for `lang`."""
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [resource_path("translations", f"somevahti_{lang}.qm"), qt_dir / f"qtbase_{lang}.qm"]


def load_translators(lang: str, files: Sequence[Path] | None = None) -> list[QTranslator]:
    """A translator for each of `files` (default: translation_files(lang)) that loads;
    one warning for each that does not."""
    translators = []
    for path in translation_files(lang) if files is None else files:
        translator = QTranslator()
        if path.is_file() and translator.load(str(path)):
            translators.append(translator)
        else:
            log.warning("no %s translation: %s is missing or unreadable; those texts stay in English", lang, path)
    return translators


@contextmanager
def language_installed(lang: str, files: Sequence[Path] | None = None) -> Iterator[list[QTranslator]]:
    """Install `lang` in the running application (translators and Qt-free messages) for
    the duration of the block; the previous language is back afterwards."""
    app = QCoreApplication.instance()
    translators = load_translators(lang, files)
    previous = messages.current_language()
    for translator in translators:
        app.installTranslator(translator)
    messages.set_language(lang)
    try:
        yield translators
    finally:
        messages.set_language(previous)
        for translator in translators:
            app.removeTranslator(translator)
