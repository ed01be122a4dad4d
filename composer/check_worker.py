"""Live checks without freezing the window.

Edits are debounced with a single-shot timer; one job is in flight at a time on a
one-thread executor and the latest request wins (a request made while a job runs waits
and replaces any older waiting one); results older than the latest request are dropped;
results are delivered on the GUI thread through a queued signal. While the language
models load, checks run with the structural rules only and the worker polls until the
models are ready, then says so (`language_ready`) so the window re-checks.
"""
from __future__ import annotations

import logging
from concurrent.futures import Executor, Future, ThreadPoolExecutor

from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from composer.check_job import CheckJob, CheckResult, EngineCache, run_job

log = logging.getLogger(__name__)
DEBOUNCE_MS = 200
LANGUAGE_POLL_MS = 250


class CheckWorker(QObject):
    finished = Signal(object)  # CheckResult, for the latest request only
    language_ready = Signal()
    busy_changed = Signal(bool)
    _delivered = Signal(object)  # from the worker thread to the GUI thread

    def __init__(self, engines: EngineCache | None = None, executor: Executor | None = None,
                 delay_ms: int = DEBOUNCE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engines = engines or EngineCache()
        self._executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="somevahti-check")
        self._owns_executor = executor is None
        self._serial = 0
        self._waiting: CheckJob | None = None  # requested, debounce over, not yet started
        self._debounced: CheckJob | None = None  # requested, still in the debounce pause
        self._in_flight: Future | None = None
        self._language_was_ready = False
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._debounce_over)
        self._poll = QTimer(self, interval=LANGUAGE_POLL_MS)
        self._poll.timeout.connect(self._poll_language)
        self._delivered.connect(self._on_delivered)

    # -- requests ----------------------------------------------------------------------
    def request(self, job: CheckJob, immediate: bool = False) -> int:
        """Check `job` after the typing pause (or at once); returns the request's serial."""
        self._serial += 1
        self._debounced = CheckJob(job.draft_id, job.pack, job.lang, job.posts, self._serial)
        if immediate:
            self._timer.stop()
            self._debounce_over()
        else:
            self._timer.start()
        return self._serial

    @property
    def latest_serial(self) -> int:
        return self._serial

    @property
    def idle(self) -> bool:
        return self._in_flight is None and self._waiting is None and self._debounced is None

    def _debounce_over(self) -> None:
        self._waiting, self._debounced = self._debounced, None
        self._start_next()

    def _start_next(self) -> None:
        if self._in_flight is not None or self._waiting is None:
            return
        job, self._waiting = self._waiting, None
        self.busy_changed.emit(True)
        self._in_flight = self._executor.submit(run_job, job, self.engines)
        self._in_flight.add_done_callback(partial(self._done, job))

    def _done(self, job: CheckJob, future: Future) -> None:  # worker thread, or inline when synchronous
        try:
            result = future.result()
        except Exception as exc:  # a bug must not stop live checks: report it in the panel
            log.exception("check failed")
            result = CheckResult(job, language_done=True, error=f"{type(exc).__name__}: {exc}")
        self._delivered.emit(result)

    def _on_delivered(self, result: CheckResult) -> None:
        self._in_flight = None
        if result.job.serial == self._serial:
            self.finished.emit(result)
        if not result.language_done and not self._poll.isActive():
            self._poll.start()
        if self._waiting is None and self._debounced is None:
            self.busy_changed.emit(False)
        self._start_next()

    def _poll_language(self) -> None:
        if self.engines.language_ready():
            self._poll.stop()
            if not self._language_was_ready:
                self._language_was_ready = True
                self.language_ready.emit()

    def shutdown(self) -> None:
        self._timer.stop()
        self._poll.stop()
        if self._owns_executor:
            self._executor.shutdown(wait=True, cancel_futures=True)
