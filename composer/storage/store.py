"""The store: named operations on the database, taking and returning plain data.

One sqlite3 connection, used from one thread (StorageThread runs a Store on its own
thread; tests and tools may use one directly). Drafts go in and come out in the
`draft_to_dict` form; media paths coming out point into `<data dir>/media`.
Each operation that writes is one transaction.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

from composer.storage import draft_rows, revision_policy
from composer.storage.media_folder import MediaFolder
from composer.storage.revision_policy import Snapshot
from composer.storage.stale_merge import TeamBase, merge_stale, same_content

MEDIA_GRACE_S = 24 * 3600  # an unused media copy younger than this may belong to an unsaved draft

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def excerpt(text: str, length: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[:length - 1].rstrip() + "…"


class Store:
    # What StorageThread.submit may call; everything else is private to the thread.
    OPERATIONS = ("save_draft", "save_draft_merging", "save_records", "changed_elsewhere", "load_all", "set_order",
                  "delete_draft", "restore_draft", "purge_deleted", "import_media", "add_revision", "revisions",
                  "revision", "set_ui_state", "ui_state", "titles", "people_for")

    def __init__(self, conn: sqlite3.Connection, data_dir: str | Path, *, clock: Clock = utc_now) -> None:
        self.conn = conn
        self.data_dir = Path(data_dir)
        self.media = MediaFolder(self.data_dir / "media")
        self.media.remove_partial()
        self._clock = clock
        # per draft read or written through this store: the content hash it had then and
        # its team records' keys, to tell a save from a stale copy (see stale_merge)
        self._known: dict[str, tuple[str, TeamBase]] = {}

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- drafts ------------------------------------------------------------------------
    def save_draft(self, data: dict[str, Any], position: int) -> bool:
        """Store a draft (the draft_to_dict form) at `position` in the list; media files
        not yet in the media folder are copied in first. Returns False when nothing changed.
        When the stored draft changed elsewhere (another process) since this store read
        it, the team's records are merged, not overwritten (stale_merge)."""
        return self._save(data, position, keep_stored_content=False)[0]

    def save_draft_merging(self, data: dict[str, Any], position: int) -> dict[str, Any] | None:
        """save_draft for the window's autosave: returns the merged draft (the draft_to_dict
        form) when a change made elsewhere was merged in, so the window can show it; else None."""
        merged = self._save(data, position, keep_stored_content=False)[1]
        return None if merged is None else self._with_items(merged)

    def save_records(self, data: dict[str, Any], position: int) -> bool:
        """Save the draft's team records (comments, state changes, approvals) and keep the
        content stored now: for a writer that only records a step (`somevahti export`),
        so an edit saved meanwhile by the window is never reverted."""
        return self._save(data, position, keep_stored_content=True)[0]

    def changed_elsewhere(self) -> list[str]:
        """Ids of the drafts whose stored content changed since this store read or wrote them."""
        rows = self.conn.execute("SELECT id, content_hash FROM drafts WHERE deleted_at IS NULL")
        return [draft_id for draft_id, digest in rows
                if draft_id in self._known and self._known[draft_id][0] != digest]

    def _save(self, data: dict[str, Any], position: int, *, keep_stored_content: bool) -> tuple[bool, dict | None]:
        if data.get("format") != draft_rows.DRAFT_FORMAT or not isinstance(data.get("id"), str) or not data["id"]:
            raise ValueError(f"not a draft in format {draft_rows.DRAFT_FORMAT} with an id")
        stored = draft_rows.stored_form(data, [self.media.to_row(item) for item in data.get("media", [])])
        now = self._clock()
        merged = None
        with self._transaction() as conn:
            row = conn.execute("SELECT content_hash, position, updated, state, deleted_at FROM drafts WHERE id = ?",
                               (stored["id"],)).fetchone()
            known = self._known.get(stored["id"])
            if row is not None and known is not None and row[0] != known[0]:  # saved elsewhere since we read it
                theirs = draft_rows.read_drafts(conn, stored["id"])[0]
                stored = merge_stale(stored, theirs, known[1], keep_stored_content=keep_stored_content)
                if not same_content(stored, theirs):  # both edited the content: theirs stays in the history
                    self._insert_revision(theirs, draft_rows.content_json(theirs), row[0], now, "before_merge")
                merged = stored
            snapshot = draft_rows.content_json(stored)
            digest = draft_rows.content_hash(snapshot)
            self._known[stored["id"]] = (digest, TeamBase.of(stored))
            if row is not None and row[0] == digest and row[1] == position and row[4] is None:
                return False, merged
            latest = self._latest_revision(stored["id"])
            previous = None if row is None else Snapshot(parse_iso(row[2]), row[3], row[0])
            if previous is not None and row[0] != digest and revision_policy.keep_previous(latest, previous, now):
                old = draft_rows.read_drafts(conn, stored["id"])[0]
                latest = self._insert_revision(old, draft_rows.content_json(old), row[0], previous.at, "paused")
            draft_rows.write_draft(conn, stored, position, digest, iso(now))
            reason = revision_policy.reason_for(latest, Snapshot(now, stored["state"], digest))
            if reason is not None:
                self._insert_revision(stored, snapshot, digest, now, reason)
        return True, merged

    def titles(self) -> list[tuple[str, str]]:
        """(id, title) of every draft not deleted, in list order: what the window shows
        while the drafts themselves load."""
        return list(self.conn.execute("SELECT id, title FROM drafts WHERE deleted_at IS NULL ORDER BY position"))

    def load_all(self) -> list[dict[str, Any]]:
        """Every draft not deleted, in list order, in the draft_to_dict form."""
        digests: dict[str, str] = {}
        drafts = draft_rows.read_drafts(self.conn, hashes=digests)
        for data in drafts:
            self._known[data["id"]] = (digests[data["id"]], TeamBase.of(data))
        return [self._with_items(data) for data in drafts]

    def _with_items(self, data: dict[str, Any]) -> dict[str, Any]:
        """The stored form with its media rows as draft_to_dict media items."""
        if data["media"]:
            data["media"] = [self.media.to_item(row) for row in data["media"]]
        return data

    def set_order(self, draft_ids: list[str]) -> None:
        """Number the drafts in this order (after a draft was inserted in the middle)."""
        with self._transaction() as conn:
            conn.executemany("UPDATE drafts SET position = ? WHERE id = ? AND position != ?",
                             [(i, draft_id, i) for i, draft_id in enumerate(draft_ids)])

    def delete_draft(self, draft_id: str) -> None:
        """Hide a draft; restore_draft brings it back until purge_deleted removes it."""
        with self._transaction() as conn:
            conn.execute("UPDATE drafts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                         (iso(self._clock()), draft_id))

    def restore_draft(self, draft_id: str) -> None:
        with self._transaction() as conn:
            conn.execute("UPDATE drafts SET deleted_at = NULL WHERE id = ?", (draft_id,))

    def purge_deleted(self, older_than_s: float) -> int:
        """Remove for good the drafts deleted more than `older_than_s` seconds ago (with
        everything that belongs to them), then the media files no draft and no revision
        uses any more; returns how many drafts."""
        cutoff = iso(self._clock() - timedelta(seconds=older_than_s))
        with self._transaction() as conn:
            purged = conn.execute("DELETE FROM drafts WHERE deleted_at IS NOT NULL AND deleted_at <= ?",
                                  (cutoff,)).rowcount
        in_use = self._media_in_use()
        self._forget_people(in_use)
        self.media.remove_unused(in_use, MEDIA_GRACE_S)
        return purged

    def _forget_people(self, in_use: set[str]) -> None:
        """People records go with the images: a file no draft or revision uses any more
        takes its remembered record with it."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM people_records WHERE sha256 NOT IN (SELECT value FROM json_each(?))",
                         (json.dumps(sorted(in_use)),))

    def people_for(self, sha256: str) -> dict[str, Any] | None:
        """The people record last given for the file with this SHA-256 (dict form), or None."""
        row = self.conn.execute("SELECT record FROM people_records WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else json.loads(row[0])

    def _media_in_use(self) -> set[str]:
        """SHA-256 of every stored copy a draft (deleted ones too, until purged) or one of
        their revisions refers to."""
        rows = self.conn.execute(
            "SELECT sha256 FROM media WHERE sha256 IS NOT NULL"
            " UNION SELECT json_extract(item.value, '$.sha256') FROM revisions,"
            " json_each(revisions.snapshot, '$.media') AS item")
        return {sha for (sha,) in rows if sha}

    def import_media(self, path: str) -> str:
        """Copy a file into the media folder (unless already there); returns the stored path."""
        return str(self.media.import_file(path))

    # -- revisions ---------------------------------------------------------------------
    def _latest_revision(self, draft_id: str) -> Snapshot | None:
        row = self.conn.execute("SELECT at, state, content_hash FROM revisions WHERE draft_id = ?"
                                " ORDER BY id DESC LIMIT 1", (draft_id,)).fetchone()
        return None if row is None else Snapshot(parse_iso(row[0]), row[1], row[2])

    def _insert_revision(self, stored: dict[str, Any], snapshot: str, digest: str, at: datetime,
                         reason: str) -> Snapshot:
        self.conn.execute(
            "INSERT INTO revisions (draft_id, at, reason, state, title, excerpt, content_hash, snapshot)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (stored["id"], iso(at), reason, stored["state"], stored["title"], excerpt(stored["master"]), digest,
             snapshot))
        return Snapshot(at, stored["state"], digest)

    def add_revision(self, draft_id: str, reason: str) -> int:
        """Keep the draft as it is stored now in its history (e.g. before restoring an older
        revision); returns the revision id."""
        with self._transaction() as conn:
            found = draft_rows.read_drafts(conn, draft_id)
            if not found:
                raise KeyError(f"no draft with id {draft_id!r}")
            snapshot = draft_rows.content_json(found[0])
            self._insert_revision(found[0], snapshot, draft_rows.content_hash(snapshot), self._clock(), reason)
            return conn.execute("SELECT last_insert_rowid()").fetchone()[0]

    def revisions(self, draft_id: str) -> list[dict[str, Any]]:
        """The draft's history, newest first: id, at, reason, state, title and excerpt."""
        rows = self.conn.execute("SELECT id, at, reason, state, title, excerpt FROM revisions WHERE draft_id = ?"
                                 " ORDER BY id DESC", (draft_id,))
        return [{"id": i, "at": at, "reason": reason, "state": state, "title": title, "excerpt": text}
                for i, at, reason, state, title, text in rows]

    def revision(self, revision_id: int) -> dict[str, Any]:
        """One revision in the draft_to_dict form (restore it with Draft.replace_content)."""
        row = self.conn.execute("SELECT snapshot FROM revisions WHERE id = ?", (revision_id,)).fetchone()
        if row is None:
            raise KeyError(f"no revision with id {revision_id!r}")
        data = json.loads(row[0])
        data["media"] = [self.media.to_item(item) for item in data["media"]]
        return data

    # -- what the window remembers -------------------------------------------------------
    def set_ui_state(self, key: str, value: Any) -> None:
        """Remember a JSON value (open drafts, the selected draft, cursor positions)."""
        with self._transaction() as conn:
            conn.execute("INSERT INTO ui_state (key, value) VALUES (?, ?)"
                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         (key, json.dumps(value, ensure_ascii=False)))

    def ui_state(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM ui_state WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])
