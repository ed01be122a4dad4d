"""`somevahti check --batch` memory on a huge input (issue 15 item 16): the peak RSS of
every process while 10 MB and then 1 GB of JSON Lines stream through stdin.

The input is generated on the fly (nothing is written to disk): real posts (vendored,
tests/data/real_text) between lines that cost memory but little checking time — lines
over the 1 MiB limit (skipped unread) and 900 KB lines of broken JSON. The old reader
held the whole input (and its split lines) in memory; the streaming one must show the
same peak for 1 GB as for 10 MB.

Run: python bench/batch_memory_bench.py [--gigabytes 1] [--jobs 2]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.real_text import REPO, _children, _peak_kb, real_post_lines

OVERSIZE = b'{"id": "big", "channel": "x", "text": "' + b"a" * (1 << 20) + b'"}\n'
BROKEN = b'{"id": "broken", "channel": "x", "text": "' + b"b" * 900_000 + b'\n'


def stream(total_bytes: int, posts: list[bytes]) -> tuple[int, ...]:
    """Feeds the CLI; returns (lines, bytes) written, the peaks (MB) and the seconds."""
    argv = [sys.executable, "-m", "composer.launcher", "check", "--batch", "-", "--format", "json"]
    peaks: dict[int, int] = {}
    started = time.perf_counter()
    with subprocess.Popen(argv + JOBS, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, cwd=REPO) as child:
        assert child.stdin and child.stdout
        answered = []
        threading.Thread(target=lambda: answered.append(sum(1 for _ in child.stdout)), daemon=True).start()

        def watch() -> None:
            while child.poll() is None:
                for pid in [child.pid, *_children(child.pid)]:
                    peaks[pid] = max(peaks.get(pid, 0), _peak_kb(pid))
                time.sleep(0.2)
        threading.Thread(target=watch, daemon=True).start()
        written = lines = 0
        i = 0
        try:
            while written < total_bytes:
                block = (OVERSIZE if i % 3 == 0 else BROKEN) + posts[i % len(posts)]
                child.stdin.write(block)
                written += len(block)
                lines += 2
                i += 1
            child.stdin.close()
        except BrokenPipeError:
            raise SystemExit(f"the checker stopped reading after {written / 2**20:.0f} MB "
                             f"(exit code {child.wait()})") from None
        child.wait()
        time.sleep(0.3)
    parent = peaks.get(child.pid, 0) / 1024
    workers = sorted((kb / 1024 for pid, kb in peaks.items() if pid != child.pid and kb), reverse=True)
    return lines, written, parent, workers, time.perf_counter() - started, answered[0] if answered else 0


JOBS: list[str] = []


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gigabytes", type=float, default=1.0)
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()
    if args.jobs:
        JOBS.extend(["--jobs", str(args.jobs)])
    posts = [(line + "\n").encode("utf-8") for line in real_post_lines()]
    for size in (10 * 2**20, int(args.gigabytes * 2**30)):
        lines, written, parent, workers, seconds, answered = stream(size, posts)
        print(f"{written / 2**20:8.0f} MB in, {lines} lines, {answered} result lines, {seconds:.0f} s: peak RSS "
              f"reader/writer process {parent:.0f} MB, workers {', '.join(f'{w:.0f}' for w in workers)} MB")


if __name__ == "__main__":
    main()
