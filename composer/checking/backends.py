"""Where checks run. `ProcessBackend` (the app): a child process owns the engine and the
language models, so spaCy never holds this process's GIL and typing never stutters, not
even while the models load. `ThreadBackend`: in this process on an executor (tests use a
synchronous one). Both return futures of CheckResult; neither imports Qt."""
from __future__ import annotations

import multiprocessing
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor

from composer.checking import child as check_child
from composer.checking.job import CheckJob, CheckResult, EngineCache, run_job


class ThreadBackend:
    def __init__(self, engines: EngineCache | None = None, executor: Executor | None = None) -> None:
        self.engines = engines or EngineCache()
        self._executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="somevahti-check")
        self._owns_executor = executor is None

    def submit(self, job: CheckJob) -> Future:
        return self._executor.submit(run_job, job, self.engines)

    def language_ready(self) -> Future:
        future: Future = Future()
        future.set_result(self.engines.language_ready())
        return future

    def shutdown(self) -> None:
        if self._owns_executor:
            self._executor.shutdown(wait=True, cancel_futures=True)


class ProcessBackend:
    """`pack` and `lang`: what the window will check first, so the child builds that engine
    before it starts loading the language models. Create it early (the app does so before
    it imports Qt): the child then starts on the other core while the window is built."""

    def __init__(self, pack: str | None = None, lang: str | None = None) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._first = (pack, lang)
        self._start()

    def _start(self) -> ProcessPoolExecutor:
        self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=check_child.start, initargs=self._first)
        self._pool.submit(check_child.language_ready)  # start the child (and its model loading) now
        return self._pool

    def _submit(self, fn, *args) -> Future:
        try:
            return (self._pool or self._start()).submit(fn, *args)
        except BrokenProcessPool:  # the child died (out of memory, killed): start a new one
            return self._start().submit(fn, *args)

    def submit(self, job: CheckJob) -> Future:
        return self._submit(check_child.check, job)

    def language_ready(self) -> Future:
        return self._submit(check_child.language_ready)

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


__all__ = ["CheckResult", "ProcessBackend", "ThreadBackend"]
