"""Posts in their JSON form (the CLI contract), with clear errors for bad input."""
from __future__ import annotations

from typing import Any

from checks.model import CHANNELS, ROLES, VERSION_LANGS, Media, Post
from checks.people import GIVERS, METHODS, SHOWS, Consent, NamedConsent, PeopleRecord


class PostError(ValueError):
    """A post that does not fit the contract; the message says what was expected."""


def _expect(cond: bool, message: str) -> None:
    if not cond:
        raise PostError(message)


def _shown(value: Any, limit: int = 40) -> str:
    """`value` for a message: its repr, cut short (a hostile value may be a megabyte)."""
    text = repr(value) if not isinstance(value, (dict, list)) else type(value).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def media_from_json(index: int, item: Any) -> Media:
    _expect(isinstance(item, dict), f"media[{index}]: expected an object")
    kind = item.get("kind")
    _expect(kind in ("image", "video"), f"media[{index}].kind: expected \"image\" or \"video\", got {_shown(kind)}")
    alt = item.get("alt")
    _expect(alt is None or isinstance(alt, str), f"media[{index}].alt: expected a string or null")
    captions = item.get("captions")
    _expect(captions is None or isinstance(captions, bool), f"media[{index}].captions: expected true, false or null")
    path = item.get("path")
    _expect(path is None or isinstance(path, str), f"media[{index}].path: expected a string or null")
    people = item.get("people")
    return Media(kind=kind, alt=alt, captions=captions, path=path,
                 people=None if people is None else people_from_json(people, f"media[{index}].people"),
                 file_name=display_file_name(item.get("file_name")))


def display_file_name(value: Any) -> str | None:
    """A file name to show, from untrusted data: the last part of a path, without control
    characters, at most 255 characters; None for anything else."""
    if not isinstance(value, str):
        return None
    name = "".join(c for c in value.replace("\\", "/").rsplit("/", 1)[-1] if c.isprintable())[:255].strip()
    return name if name not in ("", ".", "..") else None


def _choice(data: dict, key: str, choices: tuple[str, ...], where: str) -> str:
    value = data.get(key)
    _expect(value in choices, f"{where}.{key}: expected one of {', '.join(choices)}, got {value!r}")
    return str(value)


def consent_from_json(data: Any, where: str) -> Consent:
    _expect(isinstance(data, dict), f"{where}: expected an object")
    given_by = _choice(data, "given_by", GIVERS, where)
    method = _choice(data, "method", METHODS, where)
    for key in ("on", "reference"):
        _expect(isinstance(data.get(key, ""), str), f"{where}.{key}: expected a string")
    return Consent(given_by, method, data.get("on", ""), data.get("reference", ""))


def people_from_json(data: Any, where: str) -> PeopleRecord:
    """`{"shows": "nobody"|"adults"|"children"|"crowd", "consent"?: {"given_by":
    "person"|"guardian", "method": "signed_form"|"school_register"|"email"|"verbal",
    "on": "2026-11-30", "reference"?: "…"}}`"""
    _expect(isinstance(data, dict), f"{where}: expected an object")
    shows = _choice(data, "shows", SHOWS, where)
    consent = data.get("consent")
    return PeopleRecord(shows, None if consent is None else consent_from_json(consent, f"{where}.consent"))


def consents_from_json(data: Any) -> tuple[NamedConsent, ...]:
    """`[{"name": "Sanna Nieminen", "given_by": …, "method": …, "on": …, "reference"?: …}]`"""
    _expect(isinstance(data, list), "consents: expected a list")
    out = []
    for i, item in enumerate(data):
        where = f"consents[{i}]"
        _expect(isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip() != "",
                f"{where}.name: expected a non-empty string")
        out.append(NamedConsent(item["name"].strip(), consent_from_json(item, where)))
    return tuple(out)


def versions_from_json(data: dict) -> tuple[tuple[str, str], ...]:
    """`"versions": {"fi": "…", "sv": "…"}`: the language versions, in the order given.
    A `text` beside them is the first version's text and must not contradict it."""
    versions = data.get("versions")
    if versions is None:
        return ()
    _expect(isinstance(versions, dict) and bool(versions),
            "versions: expected an object of language versions, e.g. {\"fi\": \"…\", \"sv\": \"…\"}")
    for lang, text in versions.items():
        _expect(lang in VERSION_LANGS, f"versions: expected languages {', '.join(VERSION_LANGS)}, got {lang!r}")
        _expect(isinstance(text, str), f"versions.{lang}: expected a string")
    text = data.get("text")
    _expect(text is None or text == next(iter(versions.values())),
            "text: expected the first version's text (or leave text out when versions are given)")
    for key in ("combined", "safety"):
        _expect(isinstance(data.get(key, False), bool), f"{key}: expected true or false")
    return tuple(versions.items())


def post_from_json(data: Any, default_channel: str | None = None) -> Post:
    _expect(isinstance(data, dict), "expected a JSON object with \"channel\" and \"text\"")
    channel = data.get("channel", default_channel)
    _expect(channel in CHANNELS, f"channel: expected one of {', '.join(CHANNELS)}, got {_shown(channel)}")
    versions = versions_from_json(data)
    text = data.get("text", versions[0][1] if versions else None)
    _expect(isinstance(text, str), "text: expected a string")
    media = data.get("media", [])
    _expect(isinstance(media, list), "media: expected a list")
    for key in ("paid", "paid_notified"):
        _expect(isinstance(data.get(key, False), bool), f"{key}: expected true or false")
    role = data.get("role", "organisation")
    _expect(role in ROLES, f"role: expected one of {', '.join(ROLES)}, got {_shown(role)}")
    post_id = data.get("id")
    _expect(post_id is None or isinstance(post_id, str) or (isinstance(post_id, int) and not isinstance(post_id, bool)),
            "id: expected a string or a number")
    return Post(channel=channel, text=text, media=tuple(media_from_json(i, m) for i, m in enumerate(media)),
                paid=data.get("paid", False), paid_notified=data.get("paid_notified", False), role=role,
                id=None if post_id is None else str(post_id), consents=consents_from_json(data.get("consents", [])),
                versions=versions, combined=bool(versions) and data.get("combined", False),
                safety=bool(versions) and data.get("safety", False))
