"""The vendored real-text posts (tests/data/real_text, CC BY-SA 4.0: see its README) and
a timed run of a command that answers one line per post, for the benchmarks."""
from __future__ import annotations

import json
import resource
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REAL_TEXT = REPO / "tests" / "data" / "real_text" / "ud-dev-posts.jsonl"
BURST_S = 0.05  # lines arriving within this of the first belong to the first chunk


def real_post_lines() -> list[str]:
    return [line for line in REAL_TEXT.read_text("utf-8").splitlines() if line.strip()]


def real_post_texts() -> list[str]:
    return [json.loads(line)["text"] for line in real_post_lines()]


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            text = (task / "children").read_text()
            found += [int(c) for c in text.split()]
    except OSError:
        pass
    return found


def _peak_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class Run:
    """Times (s, from the start) of the first and last output line, the line count and
    the peak RSS (MB) of each process of the command's tree."""
    total_s: float
    first_s: float
    lines: int
    first_burst: int
    peak_mb: dict[int, float] = field(default_factory=dict)
    cpu_s: float = 0.0  # user + system CPU time of the whole process tree

    @property
    def end_to_end(self) -> float:
        return self.lines / self.total_s

    @property
    def once_loaded(self) -> float:
        """Posts/s after the first results: the load and the first chunk left out."""
        return (self.lines - self.first_burst) / max(self.total_s - self.first_s, 1e-9)


def timed_run(argv: list[str], stdin: bytes, cwd: Path = REPO) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    arrivals: list[float] = []
    peaks: dict[int, int] = {}
    with subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=cwd) as child:
        assert child.stdin and child.stdout and child.stderr
        errors: list[bytes] = []
        threading.Thread(target=lambda: errors.append(child.stderr.read()), daemon=True).start()

        def feed() -> None:
            child.stdin.write(stdin)
            child.stdin.close()
        threading.Thread(target=feed, daemon=True).start()

        def watch() -> None:
            while child.poll() is None:
                for pid in [child.pid, *_children(child.pid)]:
                    peaks[pid] = max(peaks.get(pid, 0), _peak_kb(pid))
                time.sleep(0.1)
        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        for _line in child.stdout:
            arrivals.append(time.perf_counter() - started)
        child.wait()
        watcher.join()
    if child.returncode not in (0, 1, 2) or not arrivals:
        raise RuntimeError(f"{argv[:4]} failed ({child.returncode}): {b''.join(errors)[-2000:].decode(errors='replace')}")
    total = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    first = arrivals[0]
    burst = sum(1 for t in arrivals if t - first <= BURST_S)
    return Run(total, first, len(arrivals), burst, {pid: kb / 1024 for pid, kb in peaks.items() if kb}, cpu)
