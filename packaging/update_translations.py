"""Update the window's translation sources, resources/translations/somevahti_{fi,sv,en}.ts,
from the code: pyside6-lupdate reads every composer/**/*.py, keeps the translations that
still match, adds new strings as unfinished and drops the ones the code no longer has.
Translate the new entries (Qt Linguist, or by hand) before committing: no unfinished entry
may ship (tests/test_ui_translations.py). The .qm files are compiled at build time.

    python packaging/update_translations.py               # update the .ts in the tree
    python packaging/update_translations.py --into DIR    # update copies in DIR (tests)
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
# File language -> the .ts target language (plural rules come from it).
LANGUAGES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en"}


def ts_name(lang: str) -> str:
    return f"somevahti_{lang}.ts"


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python file of the Qt app, in a stable order."""
    return sorted((root / "composer").rglob("*.py"))


def pyside_tool(name: str) -> list[str]:
    """The command running a PySide6 tool ("lupdate", "lrelease") of this Python's PySide6,
    whatever is on PATH."""
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


def update(ts_dir: Path = TRANSLATIONS) -> str:
    """Run lupdate into the three .ts files in `ts_dir`; returns lupdate's report."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in source_files()]
    reports = []
    for lang, target in LANGUAGES.items():
        command = [*pyside_tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
                   "-target-language", target, *files, "-ts", str(ts_dir / ts_name(lang))]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        reports.append(done.stdout + done.stderr)
        if done.returncode != 0:
            raise SystemExit(f"lupdate failed for {lang}:\n{done.stdout}{done.stderr}")
    return "".join(reports)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--into", type=Path, metavar="DIR",
                        help="copy the .ts files into DIR and update the copies, leaving the tree alone")
    args = parser.parse_args(argv)
    ts_dir = TRANSLATIONS
    if args.into is not None:
        args.into.mkdir(parents=True, exist_ok=True)
        for lang in LANGUAGES:
            if (TRANSLATIONS / ts_name(lang)).is_file():
                shutil.copyfile(TRANSLATIONS / ts_name(lang), args.into / ts_name(lang))
        ts_dir = args.into
    print(update(ts_dir), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
