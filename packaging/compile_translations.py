"""Compile the UI translations resources/translations/somevahti_*.ts into .qm files for a
frozen build, with the pyside6-lrelease of the building Python. The spec compiles into its
work folder every time, so a build never ships a stale .qm left in the tree."""
from __future__ import annotations

import subprocess
from pathlib import Path

from update_translations import pyside_tool


def compile_translations(sources: Path, target: Path) -> list[Path]:
    """Each sources/*.ts as target/*.qm, unfinished entries left out (English shows)."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(sources.glob("*.ts")):
        qm = target / f"{ts.stem}.qm"
        done = subprocess.run([*pyside_tool("lrelease"), "-nounfinished", str(ts), "-qm", str(qm)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0 or not qm.is_file():
            raise SystemExit(f"pyside6-lrelease could not compile {ts}:\n{done.stdout}{done.stderr}")
        written.append(qm)
    if not written:
        raise SystemExit(f"no translation sources (*.ts) in {sources}")
    return written
