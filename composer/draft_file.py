"""Open a draft from a file: a draft JSON (as `draft_to_json` writes), a post JSON (the
CLI's format) or plain text. Qt-free; bad files raise DraftFileError with a clear message."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from checks.model import CHANNELS, ROLES
from checks.post_json import PostError, media_from_json, post_from_json
from composer.draft import Draft, PaidRecord


class DraftFileError(Exception):
    pass


def _expect(ok: bool, path: Path, message: str) -> None:
    if not ok:
        raise DraftFileError(f"{path}: {message}")


def draft_to_json(draft: Draft) -> dict[str, Any]:
    return {
        "id": draft.id, "title": draft.title, "master": draft.master, "channels": list(draft.channels),
        "variants": {c: draft.variant(c).own_text for c in draft.channels if not draft.variant(c).linked},
        "media": [{"kind": m.kind, "alt": m.alt, "captions": m.captions, "path": m.path} for m in draft.media],
        "paid": draft.paid, "paid_record": asdict(draft.paid_record), "role": draft.role, "pack": draft.pack,
    }


def load_draft_file(path: Path) -> Draft:
    try:
        raw = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise DraftFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise DraftFileError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    if path.suffix.lower() != ".json":
        return Draft(title=path.stem, master=raw.rstrip("\n"))
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DraftFileError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    _expect(isinstance(data, dict), path, "expected a JSON object")
    try:
        draft = _draft(data, path) if "master" in data else _from_post(data, path)
    except PostError as exc:
        raise DraftFileError(f"{path}: {exc}") from None
    for item in draft.media:  # media paths are relative to the file
        if item.path and not Path(item.path).is_absolute():
            draft.media[draft.media.index(item)] = type(item)(item.kind, item.alt, item.captions,
                                                              str(path.parent / item.path))
    return draft


def _from_post(data: dict, path: Path) -> Draft:
    post = post_from_json(data)
    return Draft(title=str(data.get("title") or post.id or path.stem), master=post.text, channels=[post.channel],
                 media=list(post.media), paid=post.paid, role=post.role)


def _draft(data: dict, path: Path) -> Draft:
    master = data["master"]
    _expect(isinstance(master, str), path, "master: expected a string")
    channels = data.get("channels", ["facebook"])
    _expect(isinstance(channels, list) and channels and all(c in CHANNELS for c in channels), path,
            f"channels: expected a non-empty list of {', '.join(CHANNELS)}")
    role = data.get("role", "organisation")
    _expect(role in ROLES, path, f"role: expected one of {', '.join(ROLES)}")
    media = data.get("media", [])
    _expect(isinstance(media, list), path, "media: expected a list")
    record = data.get("paid_record", {})
    _expect(isinstance(record, dict) and all(isinstance(record.get(k, ""), str) for k in
                                              ("decided_by", "notified_to", "notified_on")), path,
            "paid_record: expected decided_by, notified_to and notified_on as strings")
    title, pack = data.get("title", path.stem), data.get("pack", "kokkola")
    _expect(isinstance(title, str) and isinstance(pack, str), path, "title and pack: expected strings")
    draft = Draft(title=title, master=master, channels=channels,
                  media=[media_from_json(i, m) for i, m in enumerate(media)], paid=bool(data.get("paid", False)),
                  paid_record=PaidRecord(**{k: record.get(k, "") for k in ("decided_by", "notified_to",
                                                                           "notified_on")}),
                  role=role, pack=pack)
    variants = data.get("variants", {})
    _expect(isinstance(variants, dict) and all(c in channels and isinstance(t, str) for c, t in variants.items()),
            path, "variants: expected texts for chosen channels")
    for channel, text in variants.items():
        draft.set_variant_text(channel, text)
    return draft
