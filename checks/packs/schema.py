"""What a guideline pack may contain, and how to validate each value.

A pack is TOML. Lists are arrays of tables whose entries have an identity key (a
hashtag's `tag`, a term's `term`); a pack that `extends` another adds entries, replaces
an entry with the same identity, or removes one with `remove = true`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from checks.model import CHANNELS, ROLES

LANGS = ("fi", "sv", "en")
SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Kind:
    """A value type: a check returning None when valid, and its description."""
    expected: str
    check: Callable[[Any], bool]


def _local_text(value: Any) -> bool:
    if isinstance(value, str):
        return True
    return (isinstance(value, dict) and bool(value)
            and all(k in LANGS and isinstance(v, str) for k, v in value.items()))


TEXT = Kind("a string", lambda v: isinstance(v, str) and v.strip() != "")
LOCAL_TEXT = Kind("a string or a table of fi/sv/en strings", _local_text)
BOOL = Kind("true or false", lambda v: isinstance(v, bool))
INT = Kind("a whole number ≥ 0", lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0)
NUMBER = Kind("a number ≥ 0", lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0)
SEVERITY = Kind("one of info, warning, error", lambda v: v in SEVERITIES)
LANG = Kind("one of fi, sv, en", lambda v: v in LANGS)
LANG_LIST = Kind("a list of fi, sv, en", lambda v: isinstance(v, list) and all(x in LANGS for x in v))
CHANNEL = Kind("a channel id (" + ", ".join(CHANNELS) + ")", lambda v: v in CHANNELS)
ROLE_LIST = Kind("a list of roles (" + ", ".join(ROLES) + ")",
                 lambda v: isinstance(v, list) and all(x in ROLES for x in v))
ANY_TEXT = Kind("a string", lambda v: isinstance(v, str))
TEXT_LIST = Kind("a list of strings", lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v))
RULE_PARAM = Kind("a number, string, boolean or list of strings",
                  lambda v: isinstance(v, (int, float, str, bool)) or TEXT_LIST.check(v))

# Single values, by dotted path.
VALUES: dict[str, Kind] = {
    "name": TEXT,
    "extends": TEXT,
    "description": LOCAL_TEXT,
    "languages": LANG_LIST,
    "organisation.name": LOCAL_TEXT,
    "paid_campaign.decides": LOCAL_TEXT,
    "paid_campaign.notify": LOCAL_TEXT,
    "paid_campaign.notify_contact": TEXT,
    "review.allow_self_approval": BOOL,  # may an author approve their own draft (default false)
    "review.allow_unsigned": BOOL,  # may unsigned approvals count (default false: only known reviewers' keys)
    "review.team": TEXT,  # a team file's name (no path): <name>.team.toml beside the pack, listing reviewers
    "people_hint.ask_without_face": BOOL,  # ask who is in every added picture, faces found or not (default false)
    "include": TEXT_LIST,
    # Language versions (issue 18): the versions every post needs, those a safety or health
    # post needs as well, and what joins them in one bilingual post ("\n\n", "\n\n🇸🇪 ").
    "language_versions.required": LANG_LIST,
    "language_versions.required_for_safety": LANG_LIST,
    "language_versions.separator": ANY_TEXT,
}


@dataclass(frozen=True)
class EntryList:
    identity: str
    fields: dict[str, Kind]
    required: tuple[str, ...]


# A lexicon entry: a word or phrase matched on lemmas (fi/sv/en), with its severity.
# `kind` sub-classifies (insult/slur/profanity, health/religion/…); `compound = true`
# also matches the term as the last part of a compound ("diagnoosi" in
# "masennusdiagnoosi").
TERM_FIELDS: dict[str, Kind] = {
    "term": TEXT, "lang": LANG, "severity": SEVERITY, "kind": TEXT, "compound": BOOL, "note": LOCAL_TEXT,
    "needs": TEXT, "exact": BOOL, "needs_verb": BOOL,
}
LEXICONS: tuple[str, ...] = (
    "confidential.security_words", "confidential.access_words", "confidential.code_words",
    "confidential.in_preparation", "confidential.document_nouns",
    "personal_data.special_categories", "personal_data.person_references",
    "tone.insults", "tone.attacks", "tone.sarcasm", "tone.rumours", "tone.targets",
)

# Lists of entries, by dotted path. Every entry may also say `remove = true`.
ENTRY_LISTS: dict[str, EntryList] = {
    "brand.hashtags": EntryList("tag", {"tag": TEXT, "note": LOCAL_TEXT, "roles": ROLE_LIST}, ("tag",)),
    "organisation.domains": EntryList("domain", {"domain": TEXT}, ("domain",)),
    "organisation.phones": EntryList("number", {"number": TEXT, "label": LOCAL_TEXT, "prefix": BOOL}, ("number",)),
    "channels.official": EntryList("url", {"channel": CHANNEL, "name": TEXT, "url": TEXT}, ("channel", "url")),
    "confidential.terms": EntryList("term", TERM_FIELDS, ("term",)),
    **{path: EntryList("term", TERM_FIELDS, ("term",)) for path in LEXICONS},
    "personal_data.first_names": EntryList("name", {"name": TEXT, "lang": LANG}, ("name",)),
    "tone.acronyms": EntryList("word", {"word": TEXT}, ("word",)),
    "paid_campaign.ad_markers": EntryList(
        "phrase", {"phrase": TEXT, "lang": LANG, "severity": SEVERITY}, ("phrase",)),
    "accessibility.alt_placeholders": EntryList("word", {"word": TEXT, "lang": LANG}, ("word",)),
    # The team's reviewers: a name and the base64 Ed25519 public key of their Somevahti.
    "review.reviewers": EntryList("key", {"name": TEXT, "key": TEXT}, ("name", "key")),
    # The same thing in each language: official names (the term base), hashtags, domains.
    **{f"language_versions.{key}": EntryList("fi", {"fi": TEXT, "sv": TEXT, "en": TEXT, "note": LOCAL_TEXT},
                                             ("fi", "sv")) for key in ("names", "hashtags", "domains")},
}

# Tables keyed by an id: [rules."<rule id>"] and [channel_overrides.<channel>].
RULE_SETTINGS: dict[str, Kind] = {"enabled": BOOL, "severity": SEVERITY}
CHANNEL_OVERRIDES: dict[str, Kind] = {
    "text_max": INT, "near_ratio": NUMBER, "fold": INT, "hashtags_max": INT, "hashtags_advice": INT,
    "images_max": INT, "alt_max": INT, "handle_max": INT, "links_max": INT, "bytes_max": INT,
}
