"""Language versions in the real window (issue 18). Prints medians over several runs.

(a) Mismatch latency: in a 2,000-character Finnish–Swedish pair (the correct pairs of
    tests/data/version_pairs joined into paragraphs), change "kl. 16" to "kl. 17" in the
    Swedish editor with one keystroke and measure until the time mismatch is underlined in
    both editors; then type "6" back and measure until it is gone. Target: within 1 s.
(b) Typing in either editor of that pair at 10 keys a second, live checks on, models
    warm: event-loop stalls p50 / p99 / max (the typing benchmark's targets: p99 ≤ 16 ms,
    max ≤ 50 ms), measured with the same 4 ms heartbeat as bench/typing_bench.py; and
    the same Finnish text in a draft without versions ("fi-only"), so what the versions
    add shows apart from what the text itself costs; and the GUI thread's CPU time per
    key (less noisy than the stalls on a shared machine; includes the benchmark's polling).

Run: QT_QPA_PLATFORM=offscreen python bench/versions_bench.py [--runs N] [--seconds S]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import tomllib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RULE = "language_versions.times"


def pair_texts(chars: int = 2000) -> tuple[str, str]:
    """About `chars` characters of Finnish and the matching Swedish, in paragraphs."""
    with (ROOT / "tests" / "data" / "version_pairs" / "correct.toml").open("rb") as fh:
        pairs = [p for p in tomllib.load(fh)["pair"] if "pack" not in p]
    fi, sv = [], []
    for pair in pairs:
        if len("\n\n".join(fi)) >= chars:
            break
        fi.append(pair["fi"])
        sv.append(pair["sv"])
    return "\n\n".join(fi), "\n\n".join(sv)


def open_pair(versions: bool = True):
    from PySide6.QtWidgets import QApplication

    from composer.model import language_versions as lv
    from composer.model.draft import Draft
    from composer.qt.screenshot import wait_for_checks
    from composer.qt.window_setup import build_window

    app = QApplication.instance() or QApplication([])
    window = build_window("fi", temporary_settings=True)
    window.resize(1400, 900)
    window.show()
    fi, sv = pair_texts()
    draft = Draft(title="bench", master=fi, channels=["facebook", "instagram", "x"])
    if versions:
        lv.add_version(draft, "sv")
        lv.set_master_text(draft, "sv", sv)
    window.add_draft(draft)
    assert wait_for_checks(window, 120), "checks did not finish"
    return app, window


def _marked(editor) -> bool:
    return any(finding.rule == RULE for _, finding in editor._marks)


def _wait(app, condition, timeout_s: float = 10.0) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout_s:
        app.processEvents()
        if condition():
            return (time.perf_counter() - start) * 1000
        time.sleep(0.0005)
    return float("inf")


def mismatch_latency(runs: int) -> tuple[list[float], list[float]]:
    from tests.composer_fixtures import key_text

    app, window = open_pair()
    editor, primary = window.versions.editor, window.pane.editor
    shown, cleared = [], []
    for _ in range(runs):
        at = editor.toPlainText().index("kl. 16") + len("kl. 1")
        cursor = editor.textCursor()
        cursor.setPosition(at)
        cursor.setPosition(at + 1, cursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        key_text(editor, "7")
        shown.append(_wait(app, lambda: _marked(editor) and _marked(primary)))
        cursor = editor.textCursor()
        cursor.setPosition(at)
        cursor.setPosition(at + 1, cursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        key_text(editor, "6")
        cleared.append(_wait(app, lambda: not _marked(editor) and not _marked(primary)))
    window.close()
    app.processEvents()
    return shown, cleared


def typing_run(seconds: float, which: str) -> dict:
    from bench.stall_meter import StallMeter
    from bench.typing_loop import cursor_to_middle, type_for

    app, window = open_pair(versions=which != "fi-only")
    editor = window.versions.editor if which == "sv" else window.pane.editor
    cursor_to_middle(editor)
    meter = StallMeter()
    text = "biblioteket är öppet på lördag " if which == "sv" else "kirjasto on auki lauantaina "
    meter.start()
    typed, _cpu = type_for(app, editor, text, seconds)
    stalls = meter.stop()
    window.close()
    app.processEvents()
    return {**stalls, "keys": typed}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    fi, sv = pair_texts()
    print(f"pair: {len(fi)} + {len(sv)} characters")
    shown, cleared = mismatch_latency(max(args.runs, 5))
    print(f"(a) mismatch underlined in both editors after the keystroke: median {statistics.median(shown):.0f} ms, "
          f"max {max(shown):.0f} ms (runs: {', '.join(f'{s:.0f}' for s in shown)}); target ≤ 1000 ms")
    print(f"    gone again after the fixing keystroke: median {statistics.median(cleared):.0f} ms, "
          f"max {max(cleared):.0f} ms")
    # fi-only: the same Finnish text as a draft without versions (what the versions add)
    for which in ("fi-only", "fi", "sv"):
        runs = [typing_run(args.seconds, which) for _ in range(args.runs)]
        for r in runs:
            print(f"    {which} run: p50 {r['p50']:.1f} p99 {r['p99']:.1f} max {r['max']:.1f} ms; {r['keys']} keys; "
                  f"GUI thread CPU {r['cpu_ms'] / r['keys']:.1f} ms per key")
        med = {k: statistics.median(r[k] for r in runs) for k in ("p50", "p99", "max")}
        cpu = statistics.median(r["cpu_ms"] / r["keys"] for r in runs)
        print(f"(b) typing in the {which} editor, median of runs: p50 {med['p50']:.1f} ms, p99 {med['p99']:.1f} ms, "
              f"max {med['max']:.1f} ms (targets p99 ≤ 16, max ≤ 50); GUI thread CPU {cpu:.1f} ms per key")


if __name__ == "__main__":
    main()
