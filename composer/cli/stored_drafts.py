"""The drafts in Somevahti's database, read for the CLI.

Unlike the app, the CLI never moves a damaged or too new database aside (a script should
not change what the user will find when they open the app): it reports the problem and
stops. `list` only reads: it opens the database read-only, so a read-only data folder
(a backup, another user's folder) can be listed. `export` opens it the way the app does
(an older schema is upgraded in one transaction) so that a final export can record its
state; when the folder cannot be written, it reads it and says the state was not saved.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from composer.model.draft import Draft
from composer.model.draft_codec import DraftFormatError, draft_from_dict
from composer.messages import render
from composer.storage import database
from composer.storage.location import default_data_dir
from composer.storage.store import Store
from composer.cli.usage import BadInput, one_line

SHORT_ID = 8  # characters of an id shown by `somevahti list`, more when needed to be unique


def _read_only(path: Path, lang: str) -> sqlite3.Connection:
    """A connection that cannot write. A WAL database in a folder nobody can write has no
    shared-memory file and cannot be made one; it is then read as immutable — unless an
    unmerged write-ahead log lies beside it, whose saves that reading would miss."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        raise BadInput(render("cli.database.read_only_wal", lang, path=str(path)))
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)


def _current_read_only(path: Path, lang: str) -> sqlite3.Connection | None:
    """A read-only connection when the file has this app's schema (None when older: the
    app upgrades it first), after the checks the app makes."""
    try:
        conn = _read_only(path, lang)
    except sqlite3.Error as exc:
        if database._code(exc) in database.CORRUPT_CODES:
            raise database.DatabaseProblem("corrupt", str(exc)) from exc
        raise
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > database.latest_version():
            raise database.DatabaseProblem("newer", f"schema version {version}, this app knows up to "
                                                    f"{database.latest_version()}")
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            raise database.DatabaseProblem("corrupt", "; ".join(result[:3]))
        if version == database.latest_version():
            return conn
    except sqlite3.Error as exc:
        conn.close()
        if database._code(exc) in database.CORRUPT_CODES:
            raise database.DatabaseProblem("corrupt", str(exc)) from exc
        raise
    except BaseException:
        conn.close()
        raise
    conn.close()
    return None


def _connection(path: Path, writable: bool, lang: str) -> sqlite3.Connection:
    if not writable:
        conn = _current_read_only(path, lang)
        if conn is not None:
            return conn
        return database.open_database(path)  # an older schema: upgraded, as the app would
    try:
        return database.open_database(path)
    except database.DatabaseProblem:
        raise
    except (sqlite3.Error, OSError):
        conn = _current_read_only(path, lang)  # a folder that cannot be written: read it
        if conn is None:
            raise
        return conn


@contextmanager
def opened_store(data: str | None, lang: str, writable: bool = True) -> Iterator[Store | None]:
    """The store in `data` (default: the app's data folder); None when there is no
    database yet. BadInput when the database is damaged, too new or cannot be opened.
    `writable=False` only reads; a writable store may still be read-only when the
    folder cannot be written (saving then fails with sqlite3.Error)."""
    data_dir = Path(data) if data else default_data_dir()
    path = data_dir / database.DB_NAME
    if not path.is_file():
        yield None
        return
    try:
        conn = _connection(path, writable, lang)
    except database.DatabaseProblem as exc:
        raise BadInput(render(f"cli.database.{exc.kind}", lang, path=str(path), detail=exc.detail)) from None
    except (sqlite3.Error, OSError) as exc:
        raise BadInput(render("cli.database.unavailable", lang, path=str(path), detail=str(exc))) from None
    store = Store(conn, data_dir)
    try:
        yield store
    finally:
        store.close()


def load_drafts(store: Store | None, lang: str) -> tuple[list[tuple[int, Draft]], list[str]]:
    """(position, draft) for every stored draft in list order, and a warning for each
    draft that could not be read."""
    if store is None:
        return [], []
    try:
        stored = store.load_all()
    except sqlite3.Error as exc:
        raise BadInput(render("cli.database.corrupt", lang, path=str(store.data_dir / database.DB_NAME),
                              detail=str(exc))) from None
    drafts, warnings = [], []
    for position, data in enumerate(stored):
        try:
            drafts.append((position, draft_from_dict(data)))
        except DraftFormatError as exc:
            warnings.append(render("cli.draft_unreadable", lang, id=shown_id(str(data.get("id"))),
                                   detail=one_line(str(exc))))
    return drafts, warnings


def shown_id(draft_id: str) -> str:
    """A draft id as a terminal may show it: characters that are not printable (an id from
    a package may carry escape sequences) written as \\x1b, \\u2028 … — which is also what
    `export` accepts for them."""
    if draft_id.isprintable():
        return draft_id
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                   for ch in draft_id)


def find_draft(drafts: list[tuple[int, Draft]], wanted: str, lang: str) -> tuple[int, Draft]:
    """The draft whose id (or its shown form) is `wanted` or starts with it (like git);
    BadInput when no draft or more than one draft matches."""
    key = wanted.strip().lower()
    forms = [(entry, {entry[1].id.lower(), shown_id(entry[1].id).lower()}) for entry in drafts]
    exact = [entry for entry, ids in forms if key in ids]
    matches = exact or [entry for entry, ids in forms if key and any(i.startswith(key) for i in ids)]
    if not matches:
        raise BadInput(render("cli.unknown_id", lang, id=shown_id(wanted)))
    if len(matches) > 1:
        short = short_ids([shown_id(d.id) for _, d in matches])
        ids = ", ".join(short[shown_id(d.id)] for _, d in matches)
        raise BadInput(render("cli.ambiguous_id", lang, id=wanted, matches=ids))
    return matches[0]


def short_ids(ids: list[str]) -> dict[str, str]:
    """The shortest prefix of at least SHORT_ID characters that tells each id apart."""
    length = SHORT_ID
    while length < max(map(len, ids), default=0) and len({i[:length].lower() for i in ids}) < len(set(ids)):
        length += 1
    return {i: i[:length] for i in ids}
