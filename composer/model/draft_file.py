"""Open a draft from a file: a draft JSON (as `draft_to_json` writes), a post JSON (the
CLI's format) or plain text. Qt-free; bad files raise DraftFileError with a clear message
("<file>: what is wrong", in the start-up language)."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from checks.model import CHANNELS, ROLES
from checks.post_json import PostError, media_from_json, post_from_json
from composer.model.draft import Draft, PaidRecord
from composer.model.language_versions_codec import versions_from_data, versions_to_data
from composer.messages import message


class DraftFileError(Exception):
    pass


def _error(where: object, key: str, **args: object) -> DraftFileError:
    """"<where>: <message>", `where` being the file (and line and column)."""
    return DraftFileError(f"{where}: {message(key, **args)}")


def _expect(ok: bool, path: Path, key: str, **args: object) -> None:
    if not ok:
        raise _error(path, key, **args)


def draft_to_json(draft: Draft) -> dict[str, Any]:
    data = _draft_json(draft)
    versions = versions_to_data(draft.versions)
    if versions is not None:  # a draft without language versions is written exactly as before
        data["versions"] = versions
    return data


def _draft_json(draft: Draft) -> dict[str, Any]:
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
        raise _error(path, "draft_file.unreadable", detail=exc.strerror or exc) from None
    except UnicodeDecodeError as exc:
        raise _error(path, "draft_file.not_utf8", byte=exc.start) from None
    if path.suffix.lower() != ".json":
        return Draft(title=path.stem, master=raw.rstrip("\n"))
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _error(f"{path}:{exc.lineno}:{exc.colno}", "draft_file.bad_json", detail=exc.msg) from None
    _expect(isinstance(data, dict), path, "draft_file.not_object")
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
    draft = Draft(title=str(data.get("title") or post.id or path.stem), master=post.text, channels=[post.channel],
                  media=list(post.media), paid=post.paid, role=post.role)
    if post.versions:  # {"versions": {"fi": …, "sv": …}}: the first is the primary
        draft.versions = versions_from_data({
            "primary": post.versions[0][0], "safety": post.safety,
            "publish": {post.channel: "combined"} if post.combined else {},
            "extra": [{"lang": lang, "master": text} for lang, text in post.versions[1:]]})
    return draft


def _draft(data: dict, path: Path) -> Draft:
    master = data["master"]
    _expect(isinstance(master, str), path, "draft_format.expected_string", field="master")
    channels = data.get("channels", ["facebook"])
    _expect(isinstance(channels, list) and channels and all(c in CHANNELS for c in channels), path,
            "draft_format.expected_channels", field="channels", choices=", ".join(CHANNELS))
    role = data.get("role", "organisation")
    _expect(role in ROLES, path, "draft_format.expected_one_of", field="role", choices=", ".join(ROLES))
    media = data.get("media", [])
    _expect(isinstance(media, list), path, "draft_format.expected_list", field="media")
    record = data.get("paid_record", {})
    _expect(isinstance(record, dict), path, "draft_format.expected_object", field="paid_record")
    for key in ("decided_by", "notified_to", "notified_on"):
        _expect(isinstance(record.get(key, ""), str), path, "draft_format.expected_string", field=f"paid_record.{key}")
    title, pack = data.get("title", path.stem), data.get("pack", "kokkola")
    _expect(isinstance(title, str), path, "draft_format.expected_string", field="title")
    _expect(isinstance(pack, str), path, "draft_format.expected_string", field="pack")
    draft = Draft(title=title, master=master, channels=channels,
                  media=[media_from_json(i, m) for i, m in enumerate(media)], paid=bool(data.get("paid", False)),
                  paid_record=PaidRecord(**{k: record.get(k, "") for k in ("decided_by", "notified_to",
                                                                           "notified_on")}),
                  role=role, pack=pack)
    variants = data.get("variants", {})
    _expect(isinstance(variants, dict) and all(c in channels and isinstance(t, str) for c, t in variants.items()),
            path, "draft_format.expected_chosen_channel_texts", field="variants")
    for channel, text in variants.items():
        draft.set_variant_text(channel, text)
    if "versions" in data:
        try:
            draft.versions = versions_from_data(data["versions"])
        except ValueError as exc:
            raise _error(path, "draft_format.bad_versions", detail=str(exc)) from None
    return draft
