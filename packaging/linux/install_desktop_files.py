"""Put Somevahti in a Linux desktop's application menu: the desktop entry, the AppStream
metainfo and the icons under PREFIX/share (default: ~/.local, for this user only) and,
with --app, the one-folder app that packaging/build_app.py built, as PREFIX/lib/somevahti
with the command PREFIX/bin/somevahti (the desktop entry runs `somevahti`, so PREFIX/bin
must be on PATH; ~/.local/bin usually is).

    python packaging/linux/install_desktop_files.py --app dist/somevahti
    sudo python3 packaging/linux/install_desktop_files.py --prefix /usr/local --app dist/somevahti

Distribution packagers copy the same files to the same places under /usr.
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICONS = HERE.parents[1] / "resources" / "icons"
APP_ID = "fi.somevahti.Somevahti"
COMMAND = "somevahti"


def icon_files() -> dict[str, Path]:
    """The shipped icons by hicolor theme folder: "16x16" … "512x512" and "scalable"."""
    icons = {"scalable": ICONS / "somevahti.svg"}
    for png in ICONS.glob("somevahti-*.png"):
        size = re.fullmatch(r"somevahti-(\d+)", png.stem)
        if size:
            icons[f"{size[1]}x{size[1]}"] = png
    return icons


def install(prefix: Path, app: Path | None = None) -> list[Path]:
    """Copy the files under `prefix`; returns what was written."""
    share = prefix / "share"
    copies = {
        share / "applications" / f"{APP_ID}.desktop": HERE / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml": HERE / f"{APP_ID}.metainfo.xml",
    }
    for folder, icon in icon_files().items():
        copies[share / "icons" / "hicolor" / folder / "apps" / f"{APP_ID}{icon.suffix}"] = icon
    for target, source in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    written = list(copies)
    if app is not None:
        written += install_app(prefix, app)
    return written


def install_app(prefix: Path, app: Path) -> list[Path]:
    """The built app folder as prefix/lib/somevahti (replacing an older one), and the
    command prefix/bin/somevahti pointing into it."""
    if not (app / COMMAND).is_file():
        raise SystemExit(f"{app} is not a built app folder (no {COMMAND} program in it); "
                         "build it with python packaging/build_app.py")
    folder = prefix / "lib" / COMMAND
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(app, folder, symlinks=True)
    command = prefix / "bin" / COMMAND
    command.parent.mkdir(parents=True, exist_ok=True)
    command.unlink(missing_ok=True)
    command.symlink_to(folder / COMMAND)
    return [folder, command]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prefix", type=Path, default=Path.home() / ".local",
                        help="where to install (default: ~/.local)")
    parser.add_argument("--app", type=Path, metavar="DIR",
                        help="also install this built app folder, e.g. dist/somevahti")
    args = parser.parse_args(argv)
    for path in install(args.prefix, args.app):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
