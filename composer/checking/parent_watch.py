"""The checker child ends when the window's process ends, however it ends.

A ProcessPoolExecutor's worker waits on its call queue forever if the parent is killed
(SIGKILL, a crash, the session's SIGTERM): it kept its ~300 MB of language models alive
with nobody to answer. The child waits on the parent's sentinel (a handle that becomes
ready when the parent process is gone, on POSIX and on Windows) in a daemon thread and
leaves at once when it fires.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
from multiprocessing.connection import wait


def exit_with_parent() -> bool:
    """Start the watch; False when this process has no multiprocessing parent."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return False

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(0)  # nothing to save here: the child holds no user data

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    return True
