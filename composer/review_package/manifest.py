"""package.json: strict JSON, the right format and schema, and a draft that decodes."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from composer.model.draft import Draft
from composer.model.draft_codec import DraftFormatError, draft_from_dict
from composer.messages import message
from composer.review_package.errors import PackageError
from composer.review_package.layout import FORMAT, MEDIA_NAME, SCHEMA, SHA256_HEX


@dataclass(frozen=True)
class Manifest:
    schema: int
    sent_by: str
    sent_at: str
    base: str
    draft: Draft


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError(message("review_package.json.duplicate_key",
                                 key=repr(next(k for k in keys if keys.count(k) > 1))))
    return dict(pairs)


def _no_constants(name: str) -> None:
    raise ValueError(message("review_package.json.not_a_number", value=name))


def _load(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except UnicodeDecodeError:
        raise PackageError("bad_json", name=name, detail=message("review_package.json.not_utf8")) from None
    except RecursionError:
        raise PackageError("bad_json", name=name, detail=message("review_package.json.too_deep")) from None
    except ValueError as exc:
        raise PackageError("bad_json", name=name, detail=str(exc)) from None


def parse_manifest(data: bytes, name: str) -> Manifest:
    """Validate package.json (the bytes of it) from the package file called `name`."""
    manifest = _load(data, name)
    if not isinstance(manifest, dict):
        raise PackageError("manifest_not_object", name=name)
    if manifest.get("format") != FORMAT:
        raise PackageError("wrong_format", name=name)
    schema = manifest.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise PackageError("bad_field", name=name, field="schema")
    if schema > SCHEMA:
        raise PackageError("newer_schema", name=name, schema=schema)
    if schema != SCHEMA:
        raise PackageError("unknown_schema", name=name, schema=schema)
    for field in ("sent_by", "sent_at", "base"):
        if not isinstance(manifest.get(field), str):
            raise PackageError("bad_field", name=name, field=field)
    if not SHA256_HEX.fullmatch(manifest["base"]):
        raise PackageError("bad_field", name=name, field="base")
    try:
        draft = draft_from_dict(manifest.get("draft"))
    except (DraftFormatError, TypeError, ValueError) as exc:
        raise PackageError("bad_draft", name=name, detail=str(exc).rstrip(".")) from None
    for item in draft.media:
        if item.path is not None and not MEDIA_NAME.fullmatch(item.path):
            raise PackageError("bad_media_reference", path=item.path)
    return Manifest(schema, manifest["sent_by"], manifest["sent_at"], manifest["base"], draft)
