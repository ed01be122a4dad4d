"""Where drafts are kept: SQLite in the user's data folder, behind named operations.

Qt-free. `open_store(data_dir)` gives a Store (and a StorageProblem if the file had to be
set aside); `StorageThread` runs one on a thread of its own for the window; the
migrations are data in `resources/storage/migrations/`.
"""
from composer.storage.opening import OpenedStore, StorageProblem, open_store
from composer.storage.storage_thread import StorageClosed, StorageThread, UnknownOperation
from composer.storage.store import Store

__all__ = ["OpenedStore", "StorageClosed", "StorageProblem", "StorageThread", "Store", "UnknownOperation",
           "open_store"]
