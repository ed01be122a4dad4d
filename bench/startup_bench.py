"""Start-up benchmark (issue 17): findings from the first second.

Each run is a fresh process that starts the app the way `somevahti` does
(composer.qt.app.main: settings, the checker child, the window), with empty settings and
data folders. As soon as the window is shown it types a Finnish post holding a door code
and a phone number, key by key, and measures:

- window: launch → the window is shown;
- structural: first keystroke → the findings panel shows an error (the door code) —
  target ≤ 0.5 s, even while the language models load;
- language: launch → the checker child reports the language pass ready — target ≤ 4 s;
- false all-clear: whether the panel ever said "No findings" while the typed text had not
  been checked (must be never).

The lemma index cache (checks/language/lemma_index_cache.py) lives in the user's cache
folder: `--cold` gives each run an empty one (a first start), the default keeps one for all
runs (every later start).

Run: python bench/startup_bench.py [--runs N] [--cold] [--against OTHER_CHECKOUT]

`--against` alternates launches of this checkout and another one (e.g. `git archive main`
unpacked somewhere) in the same run, so both see the same machine load.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Takaoven koodi on 4321. Soita 040 123 4567, niin kerromme lisää kirjaston satutunnista."


def child_run() -> None:
    """One launch, in this (fresh) process; prints one JSON line."""
    launched = time.perf_counter()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    figures: dict = {"false_all_clear": False}

    def find_window():
        from composer.qt.main_window import MainWindow
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
                   and w.live.draft is not None]  # the first-start draft is there: typing can begin
        if not windows:
            QTimer.singleShot(5, find_window)
            return
        window = windows[0]
        figures["window_s"] = time.perf_counter() - launched
        figures["window_cpu_s"] = time.process_time()
        start_typing(window)

    def start_typing(window) -> None:
        from tests.composer_fixtures import key_text
        def language_ready() -> None:
            figures.setdefault("language_s", time.perf_counter() - launched)
            figures.setdefault("child_cpu_s", child_cpu_seconds(window))

        window.live.worker.language_ready.connect(language_ready)
        editor = window.pane.editor
        editor.setFocus()
        typed_at = time.perf_counter()
        key_text(editor, TEXT[:1])

        def watch():
            summary = window.findings.summary_text()
            if "Ei havaintoja" in summary or "No findings" in summary:
                figures["false_all_clear"] = True
            errors = [f for f in window.findings.findings() if f.severity.name == "ERROR"]
            if errors and "structural_s" not in figures:
                figures["structural_s"] = time.perf_counter() - typed_at
            if "structural_s" in figures and "language_s" in figures:
                print(json.dumps(figures), flush=True)
                window.close()
                app.quit()
                return
            if time.perf_counter() - launched > 120:
                print(json.dumps({**figures, "timeout": True}), flush=True)
                app.quit()
                return
            QTimer.singleShot(5, watch)

        key_text(editor, TEXT[1:])  # a fast typist: the whole sentence in one go
        watch()

    QTimer.singleShot(0, find_window)
    from composer.qt.app import main
    main(["--lang", "fi"])


def child_cpu_seconds(window) -> float | None:
    """CPU seconds this process's children (the checker processes) have used so far (Linux
    /proc; None elsewhere): on a busy machine the wall-clock figures stretch, the
    children's own CPU time does not much."""
    try:
        children = set()
        for task in Path("/proc/self/task").iterdir():
            children.update((task / "children").read_text().split())
        total = 0
        for pid in children:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK") if children else None
    except (ValueError, OSError):
        return None


def launch(home: Path, cache: Path, root: Path = ROOT) -> dict:
    """One fresh launch of the checkout at `root`, measured by this script."""
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, __file__, "--child"], capture_output=True,
                          text=True, env=env, cwd=root, timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the launch printed no figures:\n{done.stdout}\n{done.stderr}")
    return json.loads(lines[-1])


def report(title: str, runs: list[dict]) -> None:
    print(title)
    for key, label in (("window_s", "launch → window with its first draft"),
                       ("structural_s", "first keystroke → first error shown"),
                       ("window_cpu_s", "window process's CPU time until then"),
                       ("language_s", "launch → language pass ready"),
                       ("child_cpu_s", "checker children's CPU time until ready")):
        values = [r[key] for r in runs if r.get(key) is not None]
        if values:
            print(f"  {label:40s} median {statistics.median(values):5.2f} s   "
                  f"min {min(values):5.2f}  max {max(values):5.2f}")
    print(f"  'No findings' shown for unchecked text: {sum(r['false_all_clear'] for r in runs)} of {len(runs)} runs")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="an empty lemma-index cache for every run")
    parser.add_argument("--against", type=Path, metavar="CHECKOUT", action="append", default=[],
                        help="another checkout (e.g. an export of main): its launches alternate with this "
                             "one's; may be given more than once")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_run()
        return
    roots = [ROOT] + [other.resolve() for other in args.against]
    runs: dict[Path, list[dict]] = {root: [] for root in roots}
    caches = {root: Path(tempfile.mkdtemp()) for root in roots}
    if not args.cold:
        for root in roots:
            launch(Path(tempfile.mkdtemp()), caches[root], root)  # writes the cache; not counted
    loads = []
    for _ in range(args.runs):
        for root in roots:  # alternating: both see the same machine load
            home = Path(tempfile.mkdtemp())
            runs[root].append(launch(home, Path(tempfile.mkdtemp()) if args.cold else caches[root], root))
            loads.append(os.getloadavg()[0])
    print(f"start-up, {args.runs} fresh launches each ({'cold' if args.cold else 'warm'} lemma-index cache), "
          f"load average {min(loads):.1f}–{max(loads):.1f} on {os.cpu_count()} cores")
    for root in roots:
        report(f"{root}:" if args.against else "this checkout:", runs[root])


if __name__ == "__main__":
    main()
