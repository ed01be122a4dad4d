"""The `somevahti` command: `somevahti check …` runs the Qt-free checker, `somevahti list`
and `somevahti export …` work on the stored drafts without Qt; anything else opens the
composer window (which needs PySide6)."""
from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # the checker child process of a frozen (PyInstaller) app
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["check"]:
        from checks import check_main
        return check_main(argv[1:])
    if argv[:1] == ["list"]:
        from composer.cli.list_command import main as list_main
        return list_main(argv[1:])
    if argv[:1] == ["export"]:
        from composer.cli.export_command import main as export_main
        return export_main(argv[1:])
    try:
        from composer.qt.app import main as gui_main
    except ImportError:
        print("somevahti: the composer window is not available in this installation; "
              "use `somevahti check --help` for the command-line checker.", file=sys.stderr)
        return 2
    return gui_main(argv)


if __name__ == "__main__":
    sys.exit(main())
