"""Open a draft from a file: a draft JSON (as `draft_to_json` writes), a post JSON (the
CLI's format) or plain text. Qt-free; bad files raise DraftFileError with a clear message
("<file>: what is wrong", in the start-up language)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from checks.post_json import PostError, post_from_json
from composer.messages import message
from composer.model.draft import Draft
from composer.model.draft_codec import DraftFormatError, draft_from_dict, draft_to_dict
from composer.model.language_versions_codec import versions_from_data


class DraftFileError(Exception):
    pass


def _error(where: object, key: str, **args: object) -> DraftFileError:
    """"<where>: <message>", `where` being the file (and line and column)."""
    return DraftFileError(f"{where}: {message(key, **args)}")


def _expect(ok: bool, path: Path, key: str, **args: object) -> None:
    if not ok:
        raise _error(path, key, **args)


# The content a draft file carries; the team's records (state, comments, approvals) and the
# id stay with the stored draft. The rest is the codec's format, read by the codec's reader.
CONTENT_KEYS = ("title", "master", "channels", "variants", "media", "paid", "paid_record", "role", "pack",
                "versions")  # language versions: only in drafts that have them


def draft_to_json(draft: Draft) -> dict[str, Any]:
    data = draft_to_dict(draft)
    return {"id": data["id"], **{key: data[key] for key in CONTENT_KEYS if key in data}}


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
    """A draft JSON, read by the one draft reader (composer.model.draft_codec): the content
    keys over a new draft's defaults; the file's id is not taken (opening a file twice gives
    two drafts)."""
    channels = data.get("channels", ["facebook"])
    variants = data.get("variants", {})
    _expect(not isinstance(variants, dict) or not isinstance(channels, list) or all(c in channels for c in variants),
            path, "draft_format.expected_chosen_channel_texts", field="variants")
    fresh = draft_to_dict(Draft(title=path.stem))
    try:
        return draft_from_dict({**fresh, **{key: data[key] for key in CONTENT_KEYS if key in data}})
    except DraftFormatError as exc:
        raise DraftFileError(f"{path}: {exc}") from None
