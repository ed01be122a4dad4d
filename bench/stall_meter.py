"""The window benchmarks' stall meter: a heartbeat timer every HEARTBEAT_MS, and how late
the event loop ran it (ms beyond the interval) — p50 / p99 / max over a run — and the CPU
time the GUI thread used meanwhile (less sensitive to other processes than the stalls; it
includes the benchmark's own event-loop polling, the same for every build)."""
from __future__ import annotations

import statistics
import time

HEARTBEAT_MS = 4


class StallMeter:
    def __init__(self, interval_ms: int = HEARTBEAT_MS) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer
        self._interval = interval_ms
        self._clock = QElapsedTimer()
        self._beats: list[float] = []
        self._last = 0
        self._cpu = 0.0
        self._timer = QTimer(interval=interval_ms)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._cpu = time.thread_time()
        self._timer.start()

    def _beat(self) -> None:
        now = self._clock.nsecsElapsed()
        self._beats.append((now - self._last) / 1e6 - self._interval)
        self._last = now

    def stop(self) -> dict:
        """{"p50", "p99", "max", "beats", "over_100", "cpu_ms"} in ms (over_100: stalls > 100 ms), the first beat (timer start-up) left
        out; call on the GUI thread (cpu_ms is that thread's CPU time since start)."""
        self._timer.stop()
        cpu_ms = (time.thread_time() - self._cpu) * 1000
        stalls = sorted(max(0.0, b) for b in self._beats[1:]) or [0.0]
        return {"p50": statistics.median(stalls), "p99": stalls[int(len(stalls) * 0.99)], "max": stalls[-1],
                "beats": len(stalls),
                "over_100": sum(1 for s in stalls if s > 100), "cpu_ms": cpu_ms}
