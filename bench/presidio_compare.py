"""Somevahti's `check --batch` beside Microsoft Presidio on the same distinct real posts
(issue 17), alternating the two tools run by run on the same machine, and the ratios.

Presidio is a bench-only dependency (`pip install -e .[bench]`); without it this script
says so and exits. Both tools get the 520 vendored posts (tests/data/real_text) on stdin
and write one line per post. Per run: end-to-end posts/s including start-up and model
load, posts/s once loaded (after the first chunk's results arrived), peak RSS of every
process (Somevahti: the parent and each worker), and the CPU time of each tool's process
tree — on a machine shared with other work, wall-clock ratios depend on how much of the
cores each tool got; the CPU-time ratio does not. Medians over --runs pairs.

Run: python bench/presidio_compare.py [--runs 3] [--jobs N] [--lean]
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.real_text import REPO, Run, real_post_lines, timed_run


def somevahti(data: bytes, jobs: int | None) -> Run:
    argv = [sys.executable, "-m", "composer.launcher", "check", "--batch", "-", "--format", "json", "--lang", "fi"]
    return timed_run(argv + ([] if jobs is None else ["--jobs", str(jobs)]), data)


def presidio(data: bytes, lean: bool) -> Run:
    return timed_run([sys.executable, str(REPO / "bench" / "presidio_runner.py")] + (["--lean"] if lean else []), data)


def _workers(run: Run) -> str:
    return ", ".join(f"{mb:.0f}" for mb in sorted(run.peak_mb.values(), reverse=True))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=None, help="Somevahti's --jobs (default: its own, one per core)")
    parser.add_argument("--lean", action="store_true", help="give Presidio Somevahti's lean pipeline (NER only)")
    args = parser.parse_args()
    if importlib.util.find_spec("presidio_analyzer") is None:
        print("presidio-analyzer is not installed (pip install -e .[bench]); nothing to compare")
        return
    lines = real_post_lines()
    data = ("\n".join(lines) + "\n").encode("utf-8")
    print(f"{len(lines)} distinct real posts; {os.cpu_count()} cores; load average "
          f"{os.getloadavg()[0]:.1f} at the start (other work on the machine slows both tools alike)")
    pairs: list[tuple[Run, Run]] = []
    for number in range(1, args.runs + 1):
        ours = somevahti(data, args.jobs)  # alternate: ours, then Presidio, in every run
        theirs = presidio(data, args.lean)
        pairs.append((ours, theirs))
        print(f"run {number}: Somevahti {ours.end_to_end:.1f} posts/s end to end ({ours.total_s:.1f} s), "
              f"{ours.once_loaded:.1f} once loaded, peak RSS MB per process [{_workers(ours)}] | "
              f"Presidio {theirs.end_to_end:.1f} end to end ({theirs.total_s:.1f} s), {theirs.once_loaded:.1f} "
              f"once loaded, peak RSS [{_workers(theirs)}] | ratio {ours.end_to_end / theirs.end_to_end:.2f}× "
              f"end to end, {ours.once_loaded / theirs.once_loaded:.2f}× once loaded | CPU seconds "
              f"{ours.cpu_s:.1f} vs {theirs.cpu_s:.1f} ({theirs.cpu_s / ours.cpu_s:.2f}× less) "
              f"(load average {os.getloadavg()[0]:.1f})")
    e2e = [o.end_to_end / t.end_to_end for o, t in pairs]
    loaded = [o.once_loaded / t.once_loaded for o, t in pairs]
    worker_peak = max(mb for o, _t in pairs for mb in o.peak_mb.values())
    cpu = [t.cpu_s / o.cpu_s for o, t in pairs]
    print(f"median ratio end to end incl. load: {statistics.median(e2e):.2f}× (target >= 2); "
          f"once loaded: {statistics.median(loaded):.2f}× (target >= 3); Presidio used "
          f"{statistics.median(cpu):.2f}× the CPU time for the same posts (load included)")
    print(f"Somevahti median {statistics.median(o.end_to_end for o, _ in pairs):.1f} posts/s end to end, "
          f"{statistics.median(o.once_loaded for o, _ in pairs):.1f} once loaded; Presidio "
          f"{statistics.median(t.end_to_end for _, t in pairs):.1f} / {statistics.median(t.once_loaded for _, t in pairs):.1f}; "
          f"Somevahti's largest process peaked at {worker_peak:.0f} MB (target <= 500 per worker)")


if __name__ == "__main__":
    main()
