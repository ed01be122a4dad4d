"""The UI language: chosen from --lang, the "ui/language" setting and the system locale,
then installed before any window is built — our translations (somevahti_<lang>.qm,
compiled from resources/translations/*.ts when the package is built), Qt's own
(qtbase_<lang>.qm from the Qt installation: standard buttons, file dialogs) and the
language of the composer's Qt-free messages. A missing .qm is not fatal: the English
source strings show and a warning is logged.

Qt's own Finnish translation has gaps (qt_gaps(): its file dialog said "Look in:",
"Files of type:" and "Folder" in a Finnish window); our .ts translates those under Qt's context, and
our translator answers whenever Qt's has nothing. When the UI language is not the
system's, the platform's native dialogs (which speak the system's language) give way to
Qt's own."""
from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from checks.messages import DEFAULT_LANGUAGE, LANGUAGES
from checks.resources import resource_path
from composer import messages

# The locale dates and numbers in Qt's own widgets (the calendar popup) follow.
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
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


def qt_gaps() -> list[tuple[str, str]]:
    """(Qt's English text, its translation now) for the texts Qt's own translation lacks;
    literal calls, so lupdate files them in our .ts under Qt's contexts."""
    translate = QCoreApplication.translate
    return [
        ("&Look in:", translate("QFileDialog", "&Look in:")),
        ("Files of &type:", translate("QFileDialog", "Files of &type:")),
        ("Folder", translate("QAbstractFileIconProvider", "Folder", "All other platforms")),
        ("File", translate("QAbstractFileIconProvider", "File", "All other platforms")),
        ("%1 File", translate("QAbstractFileIconProvider", "%1 File", "%1 is a file name suffix, for example txt")),
    ]


def system_languages() -> list[str]:
    return QLocale.system().uiLanguages()


def native_dialogs_speak(lang: str, languages: Sequence[str]) -> bool:
    """Whether the platform's own dialogs (which follow the system) would use `lang`."""
    return choose_language(None, "system", languages) == lang and bool(languages)


def use_dialogs_in(lang: str, languages: Sequence[str] | None = None) -> None:
    """File and colour dialogs in the UI language: Qt's own when the native ones would not be."""
    own = not native_dialogs_speak(lang, system_languages() if languages is None else languages)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, own)


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
    previous_locale = QLocale()
    for translator in translators:
        app.installTranslator(translator)
    messages.set_language(lang)
    QLocale.setDefault(QLocale(LOCALES.get(lang, lang)))
    try:
        yield translators
    finally:
        QLocale.setDefault(previous_locale)
        messages.set_language(previous)
        for translator in translators:
            app.removeTranslator(translator)
