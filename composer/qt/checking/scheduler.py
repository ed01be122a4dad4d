"""Live checks without freezing the window.

Edits are debounced with a single-shot timer (shorter while the language models load:
those checks are the quick structural ones, and the first findings after start-up should
not wait for a typing pause meant to spare the language pass); one job is in flight at a
time and the
latest request wins (a request made while a job runs waits and replaces any older
waiting one); results older than the latest request are dropped; results are delivered
on the GUI thread through a queued signal. While the language models load, checks run
with the structural rules only and the worker polls the backend until the models are
ready, then says so (`language_ready`) so the window re-checks.
"""
from __future__ import annotations

import logging
from concurrent.futures import Future
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from composer.checking.job import CheckJob, CheckResult

log = logging.getLogger(__name__)
DEBOUNCE_MS = 200
LOADING_DEBOUNCE_MS = 50
LANGUAGE_POLL_MS = 100  # a question to the child costs ~1 ms of its time


class CheckWorker(QObject):
    finished = Signal(object)  # CheckResult, for the latest request only
    language_ready = Signal()
    busy_changed = Signal(bool)
    _delivered = Signal(object)  # from a worker thread to the GUI thread
    _ready_answer = Signal(bool)

    def __init__(self, backend, delay_ms: int = DEBOUNCE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._serial = 0
        self._waiting: CheckJob | None = None  # debounce over, not yet started
        self._debounced: CheckJob | None = None  # still in the typing pause
        self._in_flight: Future | None = None
        self._polling = False
        self.is_language_ready = False
        self._delay_ms = delay_ms
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._debounce_over)
        self._poll = QTimer(self, interval=LANGUAGE_POLL_MS)
        self._poll.timeout.connect(self._ask_language)
        self._delivered.connect(self._on_delivered)
        self._ready_answer.connect(self._on_ready_answer)

    # -- requests ----------------------------------------------------------------------
    def request(self, job: CheckJob, immediate: bool = False) -> int:
        """Check `job` after the typing pause (or at once); returns the request's serial."""
        self._serial += 1
        self._debounced = CheckJob(job.draft_id, job.pack, job.lang, job.posts, self._serial)
        if immediate:
            self._timer.stop()
            self._debounce_over()
        else:
            self._timer.start(self.debounce_ms)
        return self._serial

    @property
    def debounce_ms(self) -> int:
        """The typing pause before a check: short until the language models are ready."""
        return self._delay_ms if self.is_language_ready else min(self._delay_ms, LOADING_DEBOUNCE_MS)

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
        if self._debounced is not None:  # typing goes on: a newer request is in its pause,
            self._waiting = None         # so the waiting (older) content is not worth a check
            return
        job, self._waiting = self._waiting, None
        self.busy_changed.emit(True)
        self._in_flight = self.backend.submit(job)
        self._in_flight.add_done_callback(partial(self._done, job))

    def _done(self, job: CheckJob, future: Future) -> None:  # a worker thread, or inline when synchronous
        try:
            result = future.result()
        except Exception as exc:  # a crash must not stop live checks: report it in the window
            log.error("check failed: %s", exc, exc_info=True)
            result = CheckResult(job, language_done=True, error=self.tr(
                "The checks stopped with an error; they run again after the next edit. (%1)").replace(
                "%1", f"{type(exc).__name__}: {exc}"))
        self._delivered.emit(result)

    def _on_delivered(self, result: CheckResult) -> None:
        self._in_flight = None
        if result.job.serial == self._serial:
            self.finished.emit(result)
        if result.language_done and not self.is_language_ready and not result.error:
            self._on_ready_answer(True)
        elif not result.language_done and not self._poll.isActive():
            self._poll.start()
        if self._waiting is None and self._debounced is None:
            self.busy_changed.emit(False)
        self._start_next()

    # -- language models -------------------------------------------------------------
    def _ask_language(self) -> None:
        if self._polling:
            return
        self._polling = True
        self.backend.language_ready().add_done_callback(self._ready_done)

    def _ready_done(self, future: Future) -> None:
        try:
            ready = bool(future.result())
        except Exception:  # the child is restarting: ask again on the next poll
            ready = False
        self._ready_answer.emit(ready)

    def _on_ready_answer(self, ready: bool) -> None:
        self._polling = False
        if ready and not self.is_language_ready:
            self.is_language_ready = True
            self._poll.stop()
            self.language_ready.emit()

    def shutdown(self) -> None:
        self._timer.stop()
        self._poll.stop()
        self.backend.shutdown()
