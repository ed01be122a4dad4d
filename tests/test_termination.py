"""Ending the app from outside loses nothing and leaves nothing behind: SIGTERM (logout,
`kill`) closes the window as the user would — typed text is saved — and the checker
child ends with the window's process even when that process is killed outright."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from composer.qt.termination import TerminationWatch
from tests.composer_fixtures import key_text

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def test_sigterm_closes_the_window_and_saves_what_was_just_typed(qtbot, make_window) -> None:
    window = make_window(profile="maija", user="Maija")
    window.actions_by_name["new"].trigger()
    key_text(window.pane.editor, "Kirjaston ovikoodi vaihtuu maanantaina.")
    quits: list[int] = []
    watch = TerminationWatch(QApplication.instance(), quit=lambda: quits.append(1))
    try:
        signal.raise_signal(signal.SIGTERM)  # without the watch this kills the test run
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        watch.uninstall()
    assert quits == [1]
    reopened = make_window(profile="maija", user="Maija")
    texts = [d.master for d in reopened.library.drafts]
    assert "Kirjaston ovikoodi vaihtuu maanantaina." in texts


def test_uninstall_gives_back_the_previous_handlers(qtbot) -> None:
    before = signal.getsignal(signal.SIGTERM)
    watch = TerminationWatch(QApplication.instance(), quit=lambda: None)
    assert signal.getsignal(signal.SIGTERM) is not before
    watch.uninstall()
    assert signal.getsignal(signal.SIGTERM) is before


CHILD_OWNER = """
import os, signal, sys
from composer.checking.backends import ProcessBackend
backend = ProcessBackend(None, None)
backend.language_ready().result(timeout=120)
print(*backend._pool._processes, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _alive(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    if status.exists():  # a zombie nobody reaps (a container's init) has ended too
        return "\nState:\tZ" not in status.read_text()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_the_checker_child_ends_when_the_window_process_is_killed(tmp_path) -> None:
    root = Path(__file__).resolve().parents[1]
    out, err = tmp_path / "out", tmp_path / "err"
    with out.open("w") as stdout, err.open("w") as stderr:  # files: an orphan holding a pipe would block run()
        owner = subprocess.run([sys.executable, "-c", CHILD_OWNER], cwd=root, stdout=stdout,
                               stderr=stderr, timeout=180)
    assert owner.returncode == -signal.SIGKILL, err.read_text()
    children = [int(pid) for pid in out.read_text().split()]
    assert children, err.read_text()
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in children if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "the checker child outlived the window's process"
