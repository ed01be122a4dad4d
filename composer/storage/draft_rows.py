"""A draft's stored form and its rows: one row in `drafts`, the rest in child tables.

The stored form is the `draft_to_dict` form with media as stored rows (see
media_folder.py). Writing replaces a draft's child rows; comments are upserted by (draft, id).
Reading fetches every table once for all drafts in scope, so loading 5,000 drafts
costs seven queries, not 35,000.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

from composer.model.step_order import with_step_ids

DRAFT_FORMAT = 1  # composer.model.draft_codec.FORMAT; tests keep the two equal
# Keys of the draft_to_dict form that have columns or tables; any other key (a field the
# codec gained later) is kept in drafts.extra as JSON, so nothing is lost before a
# migration gives it a column.
MAPPED_KEYS = frozenset({"format", "id", "title", "author", "state", "master", "channels", "variants", "media", "paid",
                         "paid_record", "role", "pack", "ignored", "checklist", "comments", "approvals", "history"})


HISTORY_KEYS = ("from_state", "to_state", "by", "note", "at", "id", "after")


def content_json(stored: dict[str, Any]) -> str:
    """Canonical JSON of a stored form: the revision snapshot, and what content_hash hashes."""
    return json.dumps(stored, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(snapshot: str) -> str:
    return hashlib.sha256(snapshot.encode("utf-8")).hexdigest()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(bool(value))


def stored_form(data: dict[str, Any], media_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The stored form of a `draft_to_dict` dict, every key present (what read_drafts returns)."""
    extra = {key: value for key, value in data.items() if key not in MAPPED_KEYS}
    return extra | {
        "format": DRAFT_FORMAT, "id": data["id"], "title": data.get("title", ""), "author": data.get("author", ""),
        "state": data["state"], "master": data["master"], "channels": list(data["channels"]),
        "variants": dict(data.get("variants", {})), "media": media_rows, "paid": bool(data.get("paid", False)),
        "paid_record": {k: data.get("paid_record", {}).get(k, "") for k in ("decided_by", "notified_to", "notified_on")},
        "role": data["role"], "pack": data.get("pack", "kokkola"),
        "ignored": [{k: g.get(k, "") for k in ("rule", "target", "excerpt", "reason", "by")}
                    for g in data.get("ignored", [])],
        "checklist": sorted(data.get("checklist", [])),
        "comments": [{k: c[k] for k in ("author", "body", "at", "id")} for c in data.get("comments", [])],
        "approvals": [{k: a.get(k, "") for k in ("channel", "reviewer", "content_hash", "content", "at", "signature",
                                                   "public_key")} for a in data.get("approvals", [])],
        "history": [{k: h.get(k, "") for k in HISTORY_KEYS} for h in with_step_ids(data.get("history", []))],
    }


def write_draft(conn: sqlite3.Connection, stored: dict[str, Any], position: int, digest: str, now: str) -> None:
    """Upsert the draft row and replace its child rows (inside the caller's transaction).
    A draft saved is a draft in use: a row deleted earlier (in this run or an earlier one)
    comes back, or a re-imported draft would vanish at the next start."""
    d, draft_id = stored, stored["id"]  # every key present: see stored_form
    conn.execute(
        "INSERT INTO drafts (id, title, author, state, master, channels, role, pack, paid, paid_record, checklist,"
        " extra, position, content_hash, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET title = excluded.title, author = excluded.author, state = excluded.state,"
        " master = excluded.master, channels = excluded.channels, role = excluded.role, pack = excluded.pack,"
        " paid = excluded.paid, paid_record = excluded.paid_record, checklist = excluded.checklist, extra = excluded.extra,"
        " position = excluded.position, content_hash = excluded.content_hash, deleted_at = NULL,"
        " updated = CASE WHEN drafts.content_hash = excluded.content_hash THEN drafts.updated ELSE excluded.updated END",
        (draft_id, d["title"], d["author"], d["state"], d["master"], _json(d["channels"]), d["role"], d["pack"],
         int(d["paid"]), _json(d["paid_record"]), _json(d["checklist"]),
         _json({key: value for key, value in d.items() if key not in MAPPED_KEYS}), position, digest, now, now))
    for table in ("variants", "media", "ignored", "approvals", "state_changes"):
        conn.execute(f"DELETE FROM {table} WHERE draft_id = ?", (draft_id,))
    conn.executemany("INSERT INTO variants (draft_id, channel, own_text) VALUES (?, ?, ?)",
                     [(draft_id, channel, text) for channel, text in d["variants"].items()])
    conn.executemany(
        "INSERT INTO media (draft_id, position, kind, alt, captions, sha256, file_name, path, people)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(draft_id, i, m["kind"], m["alt"], _flag(m["captions"]), m["sha256"], m["file_name"], m["path"],
          None if m.get("people") is None else _json(m["people"])) for i, m in enumerate(d["media"])])
    remember_people(conn, d["media"], now)
    conn.executemany(
        "INSERT INTO ignored (draft_id, position, rule, target, excerpt, reason, ignored_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(draft_id, i, g["rule"], g["target"], g["excerpt"], g["reason"], g["by"])
         for i, g in enumerate(d["ignored"])])
    conn.executemany(
        "INSERT INTO approvals (draft_id, position, channel, reviewer, content_hash, content, at, signature,"
        " public_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(draft_id, i, a["channel"], a["reviewer"], a["content_hash"], a["content"], a["at"], a["signature"],
          a["public_key"]) for i, a in enumerate(d["approvals"])])
    conn.executemany(
        "INSERT INTO state_changes (draft_id, seq, from_state, to_state, changed_by, note, at, step_id, after_step)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(draft_id, i, h["from_state"], h["to_state"], h["by"], h["note"], h["at"], h["id"], h["after"])
         for i, h in enumerate(d["history"])])
    comments = d["comments"]
    conn.execute("DELETE FROM comments WHERE draft_id = ? AND id NOT IN (SELECT value FROM json_each(?))",
                 (draft_id, _json([c["id"] for c in comments])))
    conn.executemany(
        "INSERT INTO comments (id, draft_id, position, author, body, at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (draft_id, id) DO UPDATE SET position = excluded.position, author = excluded.author,"
        " body = excluded.body, at = excluded.at",
        [(c["id"], draft_id, i, c["author"], c["body"], c["at"]) for i, c in enumerate(comments)])


def remember_people(conn: sqlite3.Connection, media_rows: list[dict[str, Any]], now: str) -> None:
    """Keep each stored file's people record by its SHA-256 (the last one given wins)."""
    conn.executemany(
        "INSERT INTO people_records (sha256, record, updated) VALUES (?, ?, ?)"
        " ON CONFLICT (sha256) DO UPDATE SET record = excluded.record, updated = excluded.updated"
        " WHERE people_records.record != excluded.record",
        [(m["sha256"], _json(m["people"]), now) for m in media_rows if m.get("sha256") and m.get("people")])


def read_drafts(conn: sqlite3.Connection, draft_id: str | None = None,
                hashes: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Stored forms of every draft not deleted, in position order (or of the one draft
    `draft_id`, deleted or not); `hashes`, when given, gets each one's content hash. Each
    table is read once; child rows of deleted drafts are skipped in Python, which is
    faster than asking SQLite to filter them."""
    where, params = ("id = ?", (draft_id,)) if draft_id is not None else ("deleted_at IS NULL", ())
    scope = "WHERE draft_id = ?" if draft_id is not None else ""
    rows = conn.execute("SELECT id, title, author, state, master, channels, role, pack, paid, paid_record,"
                        f" checklist, extra, position, created, content_hash FROM drafts WHERE {where}",
                        params).fetchall()
    rows.sort(key=lambda r: (r[12], r[13], r[0]))
    parse = _JsonCache()
    drafts: dict[str, dict[str, Any]] = {}
    for draft_id_, title, author, state, master, channels, role, pack, paid, paid_record, checklist, extra, _p, _c, \
            digest in rows:
        if hashes is not None:
            hashes[draft_id_] = digest
        drafts[draft_id_] = (parse.dict(extra) if extra != "{}" else {}) | {
            "format": DRAFT_FORMAT, "id": draft_id_, "title": title, "author": author, "state": state,
            "master": master, "channels": parse.list(channels), "variants": {}, "media": [], "paid": bool(paid),
            "paid_record": parse.dict(paid_record), "role": role, "pack": pack, "ignored": [],
            "checklist": parse.list(checklist), "comments": [], "approvals": [], "history": [],
        }
    if not drafts:
        return []
    get = drafts.get

    def children(columns: str, table: str, order: str = "position"):
        # (draft, row) for each row of a draft in `drafts`, in order within each draft
        for row in conn.execute(f"SELECT draft_id, {columns} FROM {table} {scope} ORDER BY draft_id, {order}",
                                params if draft_id is not None else ()):
            draft = get(row[0])
            if draft is not None:
                yield draft, row

    for draft, (_d, channel, text) in children("channel, own_text", "variants", "channel"):
        draft["variants"][channel] = text
    for draft, (_d, kind, alt, captions, sha256, file_name, path, people) in children(
            "kind, alt, captions, sha256, file_name, path, people", "media"):
        item = {"kind": kind, "alt": alt, "captions": None if captions is None else bool(captions),
                "sha256": sha256, "file_name": file_name, "path": path}
        draft["media"].append(item if people is None else item | {"people": parse.dict(people)})
    for draft, (_d, rule, target, excerpt, reason, by) in children(
            "rule, target, excerpt, reason, ignored_by", "ignored"):
        draft["ignored"].append({"rule": rule, "target": target, "excerpt": excerpt, "reason": reason, "by": by})
    for draft, (_d, comment_id, author, body, at) in children("id, author, body, at", "comments"):
        draft["comments"].append({"author": author, "body": body, "at": at, "id": comment_id})
    for draft, (_d, channel, reviewer, digest, content, at, signature, public_key) in children(
            "channel, reviewer, content_hash, content, at, signature, public_key", "approvals"):
        draft["approvals"].append({"channel": channel, "reviewer": reviewer, "content_hash": digest,
                                   "content": content, "at": at, "signature": signature, "public_key": public_key})
    for draft, (_d, from_state, to_state, by, note, at, step_id, after) in children(
            "from_state, to_state, changed_by, note, at, step_id, after_step", "state_changes", "seq"):
        step = {"from_state": from_state, "to_state": to_state, "by": by, "note": note, "at": at}
        draft["history"].append(step | {"id": step_id, "after": after} if step_id else step)  # else: stored before ids
    for draft in drafts.values():
        if draft["history"]:
            draft["history"] = with_step_ids(draft["history"])
    return list(drafts.values())


class _JsonCache:
    """json.loads for the small JSON columns, parsed once per distinct text (most drafts
    share their channels and an empty checklist); each draft gets its own copy."""

    def __init__(self) -> None:
        self._parsed: dict[str, Any] = {}

    def _get(self, text: str) -> Any:
        value = self._parsed.get(text)
        if value is None:
            value = self._parsed[text] = json.loads(text)
        return value

    def list(self, text: str) -> list:
        return list(self._get(text))

    def dict(self, text: str) -> dict:
        return dict(self._get(text))
