"""Build hook (the metadata is in pyproject.toml): compile the UI translations
resources/translations/*.ts to .qm with the PySide6 of the build environment, so every
install ships them and the repository keeps no binaries. A wheel gets them in its build
tree; an editable install (`pip install -e .`) beside the .ts files (git-ignored)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path("resources", "translations")
# pyside6-lrelease of this interpreter's PySide6 (the build environment's, whatever is on PATH)
LRELEASE = [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def compile_translations(sources: Path, target: Path) -> list[Path]:
    """Each sources/*.ts as target/*.qm; unfinished entries are left out (English shows)."""
    written = []
    for ts in sorted(sources.glob("*.ts")):
        target.mkdir(parents=True, exist_ok=True)
        qm = target / f"{ts.stem}.qm"
        done = subprocess.run([*LRELEASE, "-nounfinished", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if done.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"pyside6-lrelease could not compile {ts}:\n{done.stdout}{done.stderr}")
        written.append(qm)
    return written


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        target = TRANSLATIONS if self.editable_mode else Path(self.build_lib) / TRANSLATIONS
        for qm in compile_translations(TRANSLATIONS, target):
            self.announce(f"compiled {qm}", level=2)


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildPyWithTranslations})
