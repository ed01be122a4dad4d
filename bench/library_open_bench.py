"""Opening a library of 5,000 drafts in the real window (issue 5), in fresh processes,
medians over several runs: the time from building the window (storage opened, the
titles read) to the first paint of the drafts list (target ≤ 300 ms), and to the moment
every draft is loaded and selectable (they load in the background after the list shows).
Python and Qt imports are before the clock starts and printed separately.

Run: QT_QPA_PLATFORM=offscreen python bench/library_open_bench.py [--runs N] [--drafts N]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from composer.qt.window_setup import build_window
app = QApplication(sys.argv[:1])
t1 = time.perf_counter()
window = build_window("fi", temporary_settings=True, data_dir=__import__("pathlib").Path(sys.argv[1]))
t2 = time.perf_counter()
painted = []
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append((time.perf_counter() - t1) * 1000)
        return False
def loaded():
    print(f"{(t1 - t0) * 1000:.0f} {(t2 - t1) * 1000:.0f} {painted[0] if painted else -1:.0f} "
          f"{(time.perf_counter() - t1) * 1000:.0f} {len(window.library)}", flush=True)
    app.exit(0)
watcher = FirstPaint()
window.drafts.viewport().installEventFilter(watcher)
window.storage.loaded.connect(loaded)
window.show()
app.exec()
window.live.worker.shutdown()
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drafts", type=int, default=5000)
    args = parser.parse_args()
    from bench.storage_bench import make_library
    with tempfile.TemporaryDirectory() as folder:
        data_dir = make_library(Path(folder), args.drafts)
        rows = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, "-c", CHILD, str(data_dir)], capture_output=True, text=True,
                                 timeout=300, cwd=ROOT, env=dict(os.environ))
            line = next((ln for ln in out.stdout.splitlines() if ln.strip()), "")
            if not line:
                raise SystemExit(out.stderr)
            rows.append([float(x) for x in line.split()])
    imports, built, painted, loaded, count = (statistics.median(r[i] for r in rows) for i in range(5))
    print(f"library of {int(count)} drafts: window built in {built:.0f} ms; drafts list (titles) painted "
          f"{painted:.0f} ms after the start (target ≤ 300 ms); all drafts loaded {loaded:.0f} ms after the start "
          f"(medians of {args.runs}); imports before that {imports:.0f} ms")
    print("    runs (built, painted, loaded): " + ", ".join(f"{r[1]:.0f}/{r[2]:.0f}/{r[3]:.0f}" for r in rows))


if __name__ == "__main__":
    main()
