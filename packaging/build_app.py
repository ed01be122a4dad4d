"""Build the one-folder desktop app with PyInstaller (packaging/somevahti.spec) and report
how long it took and how big the folder is.

    pip install -e '.[packaging]'
    python packaging/build_app.py                      # into dist/somevahti
    python packaging/build_app.py --dist /tmp/out      # into /tmp/out/somevahti

Run it on the platform you build for: PyInstaller does not cross-compile.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "somevahti.spec"
APP_NAME = "somevahti"


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller into `dist`, from scratch in `work`; returns the app folder."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is not installed: pip install -e '.[packaging]'") from None
    shutil.rmtree(work, ignore_errors=True)  # no stale analysis (--clean would also empty PyInstaller's shared cache)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    done = subprocess.run(command, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"PyInstaller failed (exit code {done.returncode})")
    return dist / APP_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work files (default: build/pyinstaller/)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    app = build(args.dist.resolve(), args.work.resolve())
    seconds = time.monotonic() - started
    print(f"built {app} in {seconds:.0f} s; the folder is {folder_size(app) / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
