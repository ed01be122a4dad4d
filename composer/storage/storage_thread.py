"""The store on its own thread, so database work never blocks the window.

Qt-free. The sqlite connection is created on the worker thread and used only there.
`submit(Store.save_draft, data, position)` queues a Store operation (the method itself,
so renames and dead-code tools see the call) and returns a concurrent.futures.Future;
operations run one at a time, in the order submitted.
`close()` finishes what is queued, then closes the database.
"""
from __future__ import annotations

import queue
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Callable

from composer.storage.opening import OpenedStore, open_store
from composer.storage.store import Store


class UnknownOperation(ValueError):
    pass


class StorageClosed(RuntimeError):
    pass


def _failed(exc: BaseException) -> Future:
    future: Future = Future()
    future.set_exception(exc)
    return future


class StorageThread:
    def __init__(self, data_dir: str | Path | None = None, *,
                 opener: Callable[[], OpenedStore] | None = None) -> None:
        """Open the store in `data_dir` on a new thread (or whatever `opener` returns).
        `ready` resolves to the StorageProblem (None if all was well) once it is open."""
        if opener is None:
            if data_dir is None:
                raise TypeError("StorageThread needs a data_dir or an opener")
            opener = lambda: open_store(data_dir)  # noqa: E731
        self.ready: Future = Future()
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._run, args=(opener,), name="somevahti-storage", daemon=True)
        self._thread.start()

    def submit(self, operation: Callable[..., Any], *args: Any) -> Future:
        """Run `operation(store, *args)` on the storage thread; `operation` is one of the
        Store methods listed in Store.OPERATIONS (`Store.save_draft`)."""
        name = getattr(operation, "__name__", repr(operation))
        if name not in Store.OPERATIONS or getattr(Store, name, None) is not operation:
            return _failed(UnknownOperation(f"{name!r} is not a storage operation; the operations are "
                                            f"{', '.join(Store.OPERATIONS)}"))
        future: Future = Future()
        with self._lock:
            if self._closed:
                return _failed(StorageClosed(f"storage is closed; {name!r} was not run"))
            self._jobs.put((future, operation, args))
        return future

    def close(self, timeout: float | None = None) -> None:
        """Run what is queued, close the database and end the thread."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._jobs.put(None)
        self._thread.join(timeout)

    def _run(self, opener: Callable[[], OpenedStore]) -> None:
        try:
            store, problem = opener()
        except BaseException as exc:  # every job fails with the reason the store could not open
            self.ready.set_exception(exc)
            while (job := self._jobs.get()) is not None:
                if job[0].set_running_or_notify_cancel():
                    job[0].set_exception(exc)
            return
        self.ready.set_result(problem)
        try:
            while (job := self._jobs.get()) is not None:
                future, operation, args = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    result = operation(store, *args)
                except BaseException as exc:
                    future.set_exception(exc)
                else:
                    future.set_result(result)
        finally:
            store.close()
