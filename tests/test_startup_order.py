"""The checker child is started first (issue 17): `somevahti` spawns it as soon as the
settings say which pack and language the window will check — before the QApplication
is made and before the window's or the engine's code is imported — so its loading runs
on the other core while the window is built."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PROBE = """
    import json, os, sys
    import composer.checking.backends as backends

    class Probe:
        def __init__(self, pack=None, lang=None):
            from PySide6.QtCore import QCoreApplication
            print(json.dumps({"app": QCoreApplication.instance() is not None,
                              "window_code": "composer.qt.main_window" in sys.modules,
                              "engine_code": "checks.engine" in sys.modules, "pack": pack, "lang": lang}))
            sys.stdout.flush()
            os._exit(0)

    backends.ProcessBackend = Probe
    from composer.qt.app import main
    main(["--lang", "sv"])
"""


def test_the_checker_child_is_started_before_the_application_and_the_window_code(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(PROBE)], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"app": False, "window_code": False, "engine_code": False, "pack": "kokkola", "lang": "sv"}
