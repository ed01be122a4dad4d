"""The drafts in Somevahti's database, read for the CLI.

Unlike the app, the CLI never moves a damaged or too new database aside (a script should
not change what the user will find when they open the app): it reports the problem and
stops. The database is opened the way the app opens it (an older schema is upgraded in
one transaction, as the app would do), so a final export can record its state.
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
from composer.cli.usage import BadInput

SHORT_ID = 8  # characters of an id shown by `somevahti list`, more when needed to be unique


@contextmanager
def opened_store(data: str | None, lang: str) -> Iterator[Store | None]:
    """The store in `data` (default: the app's data folder); None when there is no
    database yet. BadInput when the database is damaged, too new or cannot be opened."""
    data_dir = Path(data) if data else default_data_dir()
    path = data_dir / database.DB_NAME
    if not path.is_file():
        yield None
        return
    try:
        conn = database.open_database(path)
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
            warnings.append(render("cli.draft_unreadable", lang, id=str(data.get("id")), detail=str(exc)))
    return drafts, warnings


def find_draft(drafts: list[tuple[int, Draft]], wanted: str, lang: str) -> tuple[int, Draft]:
    """The draft whose id is `wanted` or starts with it (like git); BadInput when no draft
    or more than one draft matches."""
    key = wanted.strip().lower()
    exact = [entry for entry in drafts if entry[1].id.lower() == key]
    matches = exact or [entry for entry in drafts if key and entry[1].id.lower().startswith(key)]
    if not matches:
        raise BadInput(render("cli.unknown_id", lang, id=wanted))
    if len(matches) > 1:
        ids = ", ".join(short_ids([d.id for _, d in matches])[d.id] for _, d in matches)
        raise BadInput(render("cli.ambiguous_id", lang, id=wanted, matches=ids))
    return matches[0]


def short_ids(ids: list[str]) -> dict[str, str]:
    """The shortest prefix of at least SHORT_ID characters that tells each id apart."""
    length = SHORT_ID
    while length < max(map(len, ids), default=0) and len({i[:length].lower() for i in ids}) < len(set(ids)):
        length += 1
    return {i: i[:length] for i in ids}
