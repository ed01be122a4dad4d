"""`somevahti [--open FILE] [--lang fi|sv|en] [--screenshot PATH]` — the composer window."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

LANGS = ("fi", "sv", "en")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="somevahti", description="Somevahti: a post composer with guideline checks. "
                                     "`somevahti check --help` shows the command-line checker.")
    parser.add_argument("--open", metavar="FILE", type=Path, help="open a draft or post file (JSON or plain text)")
    parser.add_argument("--lang", choices=LANGS, help="language of the window and the check messages "
                        "(default: the one chosen in the settings, else the system's)")
    parser.add_argument("--screenshot", metavar="PATH", type=Path,
                        help="open the window offscreen, wait for the checks, save a PNG and exit")
    return parser.parse_args(argv)


def ui_language(requested: str | None, stored: str = "system") -> str:
    """--lang, else the "ui/language" setting, else the system locale, else Finnish."""
    from composer.qt.translations import choose_language, system_languages
    return choose_language(requested, stored, system_languages())


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from composer.settings_schema import Settings
    from composer.qt.settings_file import settings_for
    from composer.qt.translations import language_installed, use_dialogs_in
    QCoreApplication.setApplicationName("Somevahti")  # where QSettings() looks, with or without the app
    QCoreApplication.setOrganizationName("Somevahti")
    settings = settings_for(temporary=args.screenshot is not None)
    typed = Settings(settings)
    lang = ui_language(args.lang, typed.get("ui/language"))
    # The checker child starts first (it has the most to load: the engine, then the
    # language models), on the other core, while this process makes the application and
    # imports and builds the window — nothing above imports the window or the engine.
    from composer.checking.backends import ProcessBackend
    backend = ProcessBackend(typed.get("checks/default_pack"), lang)
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setDesktopFileName("fi.somevahti.Somevahti")  # matches packaging/linux: Wayland finds the icon
    use_dialogs_in(lang)
    with language_installed(lang):  # before any window is built
        return _run(app, args, settings, lang, backend)


def _run(app, args: argparse.Namespace, settings, lang: str, backend) -> int:
    from composer.model.draft_file import DraftFileError, load_draft_file
    from composer.qt.window_setup import app_icon, build_window, demo_draft
    try:
        draft = load_draft_file(args.open) if args.open else None
    except DraftFileError as exc:
        print(f"somevahti: {exc}", file=sys.stderr)
        return 2
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    screenshot = args.screenshot is not None
    from composer.storage.location import default_data_dir
    window = build_window(lang, settings=settings, data_dir=None if screenshot else default_data_dir(),
                          backend=backend)
    if draft is not None:
        window.add_draft(draft)
    elif screenshot:
        window.add_draft(demo_draft())
    if screenshot:
        from composer.qt.screenshot import take_screenshot
        return take_screenshot(window, args.screenshot)
    window.show()
    from composer.qt.termination import TerminationWatch
    TerminationWatch(app)  # logout, kill, Ctrl+C: the window closes and saves as on Alt+F4
    keep_startup_objects_out_of_gc()
    return app.exec()


def keep_startup_objects_out_of_gc() -> None:
    """The ~80,000 objects made by the imports and the window live as long as the process;
    moved out of the collector's reach, a full collection while someone types takes well
    under a millisecond instead of a 40–55 ms stall of the window."""
    import gc
    gc.freeze()
