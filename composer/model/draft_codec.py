"""A draft as plain JSON-ready data, and back: every field, nothing lost.

Revisions in storage and drafts in review packages use this form. `draft_from_dict`
validates as it goes and raises DraftFormatError naming the key ("media[1].alt: expected
a string or null", in the start-up language), so a hostile or damaged file never turns
into a traceback.
"""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from checks.model import CHANNELS, ROLES, Media
from checks.post_json import PostError, media_from_json
from composer.model.draft import Draft, Ignored, PaidRecord, is_pack_name
from composer.model.draft_records import STATES, Approval, Comment, StateChange
from composer.model.language_versions_codec import versions_from_data, versions_to_data
from composer.model.step_order import ordered, with_step_ids
from composer.model.people_record import PeopleFormatError, consents_from_list, consents_to_list, people_to_dict
from composer.messages import message

FORMAT = 1  # bump with a reader for the old form when a field changes meaning


class DraftFormatError(ValueError):
    pass


def draft_to_dict(draft: Draft) -> dict[str, Any]:
    data = _draft_dict(draft)
    versions = versions_to_data(draft.versions)
    if versions is not None:  # a draft without language versions is written exactly as before
        data["versions"] = versions
    return data


def _draft_dict(draft: Draft) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "id": draft.id, "title": draft.title, "author": draft.author, "state": draft.state,
        "master": draft.master, "channels": list(draft.channels), "variants": draft.variant_texts(),
        "media": [_media_dict(m) for m in draft.media],
        "paid": draft.paid, "paid_record": asdict(draft.paid_record), "role": draft.role, "pack": draft.pack,
        "ignored": [asdict(i) for i in draft.ignored.values()],
        "checklist": sorted(draft.checklist),
        "comments": [asdict(c) for c in draft.comments],
        "approvals": [asdict(a) for a in draft.approvals.values()],
        "history": [asdict(h) for h in draft.history],
        "review_base": draft.review_base,
        "consents": consents_to_list(draft.consents),
    }


def _media_dict(item: Media) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": item.kind, "alt": item.alt, "captions": item.captions, "path": item.path}
    if item.file_name:
        out["file_name"] = item.file_name
    if item.people is not None:
        out["people"] = people_to_dict(item.people)
    return out


def _expect(ok: bool, key: str, **args: object) -> None:
    if not ok:
        raise DraftFormatError(message(key, **args))


def _string(data: dict, key: str, where: str = "", default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise DraftFormatError(message("draft_format.expected_string", field=f"{where}{key}"))
    return value


def _list(data: dict, key: str) -> list:
    items = data.get(key, [])
    _expect(isinstance(items, list), "draft_format.expected_list", field=key)
    return items


def _records(data: dict, key: str, cls: type, fields: tuple[str, ...], optional: tuple[str, ...] = ()) -> list:
    items = data.get(key, [])
    _expect(isinstance(items, list), "draft_format.expected_list", field=key)
    out = []
    for i, item in enumerate(items):
        where = f"{key}[{i}]."
        _expect(isinstance(item, dict), "draft_format.expected_object", field=f"{key}[{i}]")
        values = {f: _string(item, f, where) for f in fields}
        values.update({f: _string(item, f, where) for f in optional if f in item})
        out.append(cls(**values))
    return out


def draft_from_dict(data: Any) -> Draft:
    _expect(isinstance(data, dict), "draft_format.expected_object", field="draft")
    _expect(data.get("format") == FORMAT, "draft_format.wrong_version", field="format", expected=FORMAT,
            actual=repr(data.get("format")))
    channels = data.get("channels")
    _expect(isinstance(channels, list) and bool(channels) and all(c in CHANNELS for c in channels),
            "draft_format.expected_channels", field="channels", choices=", ".join(CHANNELS))
    role, state = data.get("role"), data.get("state")
    _expect(role in ROLES, "draft_format.expected_one_of", field="role", choices=", ".join(ROLES))
    _expect(state in STATES, "draft_format.expected_one_of", field="state", choices=", ".join(STATES))
    media = data.get("media", [])
    _expect(isinstance(media, list), "draft_format.expected_list", field="media")
    try:
        items = [media_from_json(i, m) for i, m in enumerate(media)]
    except PostError as exc:
        raise DraftFormatError(str(exc)) from None
    record = data.get("paid_record", {})
    _expect(isinstance(record, dict), "draft_format.expected_object", field="paid_record")
    paid = data.get("paid", False)
    _expect(isinstance(paid, bool), "draft_format.expected_bool", field="paid")
    _expect(is_pack_name(data.get("pack", "kokkola")), "draft_format.expected_pack_name", field="pack")
    checklist = data.get("checklist", [])
    _expect(isinstance(checklist, list) and all(isinstance(c, str) for c in checklist),
            "draft_format.expected_string_list", field="checklist")
    try:
        consents = list(consents_from_list(data.get("consents", [])))
    except PeopleFormatError as exc:
        raise DraftFormatError(str(exc)) from None
    draft = Draft(
        id=_string(data, "id"), title=_string(data, "title", default=""), author=_string(data, "author", default=""),
        state=state, master=_string(data, "master"), channels=list(channels), media=items, paid=paid,
        paid_record=PaidRecord(**{k: _string(record, k, "paid_record.", "") for k in
                                  ("decided_by", "notified_to", "notified_on")}),
        role=role, pack=_string(data, "pack", default="kokkola"), checklist=set(checklist),
        review_base=_string(data, "review_base", default=""), consents=consents,
        ignored={i.key: i for i in _records(data, "ignored", Ignored, ("rule", "target", "excerpt", "reason"),
                                            ("by",))},
        comments=_records(data, "comments", Comment, ("author", "body", "at", "id")),
        history=ordered(_records({"history": with_step_ids(_list(data, "history"))}, "history", StateChange,
                                 ("from_state", "to_state", "by", "note", "at", "id", "after"))),
    )
    _expect(bool(draft.id), "draft_format.expected_non_empty_string", field="id")
    for approval in _records(data, "approvals", Approval, ("channel", "reviewer", "content_hash", "content", "at",
                                                            "signature", "public_key")):
        _expect(approval.channel in CHANNELS, "draft_format.unknown_channel", field="approvals",
                channel=repr(approval.channel))
        draft.approvals[approval.channel] = approval
    variants = data.get("variants", {})
    _expect(isinstance(variants, dict) and all(c in CHANNELS and isinstance(t, str) for c, t in variants.items()),
            "draft_format.expected_channel_texts", field="variants")
    for channel, text in variants.items():
        draft.variant(channel).own_text = text
    if "versions" in data:
        try:
            draft.versions = versions_from_data(data["versions"])
        except ValueError as exc:
            raise DraftFormatError(message("draft_format.bad_versions", detail=str(exc))) from None
    return draft
