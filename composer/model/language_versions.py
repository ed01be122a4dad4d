"""Language versions of a draft: Finnish, Swedish (and English) texts of one message.

The draft's own master text and variants are its primary version, exactly as before, so
every existing Draft call keeps working on it. Each further version has its master text
and channel variants that follow it until edited, as the primary does. A draft that never
turned language versions on (`enabled` False) behaves, serialises and hashes exactly as a
draft did before versions existed.

Out of date: each version remembers, when it was last touched (edited or marked
reviewed), a fingerprint of every other version. When another version has changed
since, this one "may be out of date". A version that was empty then does not count, so
writing the translation after the original flags nothing. The primary version is edited
through the old Draft API, so its edits are noticed when anything asks (`settle`).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Callable

from checks.model import CHANNELS, VERSION_LANGS
from composer.model.draft_change import Part

# A composer.model.draft.Draft (typed Any: the draft imports this module, not the reverse).
Draft = Any

SEPARATE, COMBINED = "separate", "combined"
PUBLISH_MODES = (SEPARATE, COMBINED)


@dataclass
class LanguageVersion:
    """One further version: its master text, its edited channel variants and what it saw."""
    lang: str
    master: str = ""
    variants: dict[str, str] = field(default_factory=dict)  # channel → own text
    basis: dict[str, str] = field(default_factory=dict)  # other version → its fingerprint when this was touched


@dataclass
class LanguageVersions:
    enabled: bool = False
    primary: str = "fi"
    extra: dict[str, LanguageVersion] = field(default_factory=dict)
    primary_basis: dict[str, str] = field(default_factory=dict)
    primary_seen: str = ""  # the primary's fingerprint when its edits were last settled
    safety: bool = False  # safety or health information (the pack may require more versions)
    publish: dict[str, str] = field(default_factory=dict)  # channel → SEPARATE or COMBINED

    @property
    def untouched(self) -> bool:
        return not any(v.master.strip() or v.variants for v in self.extra.values()) and not self.safety

    def copy(self) -> "LanguageVersions":
        return LanguageVersions(self.enabled, self.primary,
                                {k: LanguageVersion(v.lang, v.master, dict(v.variants), dict(v.basis))
                                 for k, v in self.extra.items()},
                                dict(self.primary_basis), self.primary_seen, self.safety, dict(self.publish))


# -- reading ---------------------------------------------------------------------------
def langs(draft: Draft) -> list[str]:
    """The versions of the draft, primary first."""
    return [draft.versions.primary, *draft.versions.extra]


def master_of(draft: Draft, lang: str) -> str:
    return draft.master if lang == draft.versions.primary else draft.versions.extra[lang].master


def text_of(draft: Draft, lang: str, channel: str) -> str:
    """The text of `lang` for `channel`: its own variant, else its master text."""
    if lang == draft.versions.primary:
        return draft.text_for(channel)
    version = draft.versions.extra[lang]
    return version.variants.get(channel, version.master)


def is_linked(draft: Draft, lang: str, channel: str) -> bool:
    if lang == draft.versions.primary:
        return draft.variant(channel).linked
    return channel not in draft.versions.extra[lang].variants


def publish_mode(draft: Draft, channel: str) -> str:
    return draft.versions.publish.get(channel, SEPARATE)


def fingerprint(draft: Draft, lang: str) -> str:
    """A short digest of a version's texts; "" when the version is empty."""
    if lang == draft.versions.primary:
        master, variants = draft.master, draft.variant_texts()
    else:
        master, variants = draft.versions.extra[lang].master, draft.versions.extra[lang].variants
    if not master.strip() and not any(t.strip() for t in variants.values()):
        return ""
    data = json.dumps([master, sorted(variants.items())], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


# -- out of date -------------------------------------------------------------------------
def _basis(draft: Draft, lang: str) -> dict[str, str]:
    lv = draft.versions
    return lv.primary_basis if lang == lv.primary else lv.extra[lang].basis


def _touch(draft: Draft, lang: str) -> None:
    basis = _basis(draft, lang)
    basis.clear()
    basis.update({other: fingerprint(draft, other) for other in langs(draft) if other != lang})
    if lang == draft.versions.primary:
        draft.versions.primary_seen = fingerprint(draft, lang)


def settle(draft: Draft) -> None:
    """Notice edits made to the primary version through the old Draft API."""
    lv = draft.versions
    if lv.extra and fingerprint(draft, lv.primary) != lv.primary_seen:
        _touch(draft, lv.primary)


def stale(draft: Draft) -> list[tuple[str, str]]:
    """(version, the version edited after it) for every version that may be out of date."""
    settle(draft)
    out = []
    for lang in langs(draft):
        for other, seen in _basis(draft, lang).items():
            if seen and other in langs(draft) and fingerprint(draft, other) not in (seen, ""):
                out.append((lang, other))
    return out


def mark_reviewed(draft: Draft, lang: str) -> None:
    """Someone checked `lang` against the other versions: it is up to date again."""
    settle(draft)
    _touch(draft, lang)
    draft._changed(Part.VERSION_REVIEWED)


# -- editing -----------------------------------------------------------------------------
def _edit(draft: Draft, lang: str, change: Callable[[], bool]) -> None:
    settle(draft)
    if change():
        _touch(draft, lang)
        draft._changed(Part.MASTER if lang == draft.versions.primary else Part.VERSION_TEXT)


def enable(draft: Draft, primary: str = "fi") -> None:
    """Turn language versions on (a one-version draft that the pack's rules now cover)."""
    lv = draft.versions
    if not lv.enabled:
        if primary not in VERSION_LANGS:
            raise ValueError(f"unknown language {primary!r}")
        lv.enabled, lv.primary = True, primary
        lv.primary_seen = fingerprint(draft, primary)
        draft._changed(Part.VERSIONS)


def add_version(draft: Draft, lang: str) -> None:
    if lang not in VERSION_LANGS:
        raise ValueError(f"unknown language {lang!r}")
    enable(draft)
    if lang != draft.versions.primary and lang not in draft.versions.extra:
        settle(draft)
        _put(draft, LanguageVersion(lang))
        _touch(draft, lang)
        draft._changed(Part.VERSIONS)


def _put(draft: Draft, version: LanguageVersion) -> None:
    """Add `version` keeping the further versions in fi, sv, en order."""
    extra = {**draft.versions.extra, version.lang: version}
    draft.versions.extra = {lang: extra[lang] for lang in sorted(extra, key=_order)}


def _order(lang: str) -> int:
    return VERSION_LANGS.index(lang) if lang in VERSION_LANGS else len(VERSION_LANGS)


def remove_version(draft: Draft, lang: str) -> LanguageVersion | None:
    """Drop a further version (the primary stays); returns it, for `restore_version`."""
    removed = draft.versions.extra.pop(lang, None)
    if removed is not None:
        for basis in [draft.versions.primary_basis, *(v.basis for v in draft.versions.extra.values())]:
            basis.pop(lang, None)
        draft._changed(Part.VERSIONS)
    return removed


def restore_version(draft: Draft, version: LanguageVersion) -> bool:
    """Put back a version `remove_version` returned (its texts, variants and what it had
    seen); False when the draft has that language again by now (nothing is overwritten)."""
    if version.lang == draft.versions.primary or version.lang in draft.versions.extra:
        return False
    enable(draft)
    settle(draft)
    _put(draft, LanguageVersion(version.lang, version.master, dict(version.variants), dict(version.basis)))
    draft._changed(Part.VERSIONS)
    return True


def has_text(draft: Draft, lang: str) -> bool:
    """True when a further version has any text (its master or an edited variant)."""
    version = draft.versions.extra.get(lang)
    return version is not None and (bool(version.master.strip()) or any(t.strip() for t in version.variants.values()))


def set_master_text(draft: Draft, lang: str, text: str) -> None:
    if lang == draft.versions.primary:
        _edit(draft, lang, lambda: _set_primary(draft, text))
        return
    version = draft.versions.extra[lang]

    def change() -> bool:
        if version.master == text:
            return False
        version.master = text
        return True
    _edit(draft, lang, change)


def _set_primary(draft: Draft, text: str) -> bool:
    if draft.master == text:
        return False
    draft.master = text
    return True


def set_variant_text(draft: Draft, lang: str, channel: str, text: str) -> None:
    """Edit one channel's text of `lang`; it stops following that version's master."""
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    if lang == draft.versions.primary:
        settle(draft)
        draft.set_variant_text(channel, text)
        settle(draft)
        return
    variants = draft.versions.extra[lang].variants

    def change() -> bool:
        if variants.get(channel) == text:
            return False
        variants[channel] = text
        return True
    _edit(draft, lang, change)


def reset_variant(draft: Draft, lang: str, channel: str) -> None:
    if lang == draft.versions.primary:
        draft.reset_variant(channel)
        return
    variants = draft.versions.extra[lang].variants
    _edit(draft, lang, lambda: variants.pop(channel, None) is not None)


def set_safety(draft: Draft, safety: bool) -> None:
    if safety != draft.versions.safety:
        enable(draft)
        draft.versions.safety = safety
        draft._changed(Part.VERSIONS)


def set_publish_mode(draft: Draft, channel: str, mode: str) -> None:
    if mode not in PUBLISH_MODES:
        raise ValueError(f"unknown publishing mode {mode!r}")
    if publish_mode(draft, channel) != mode:
        if mode == SEPARATE:
            draft.versions.publish.pop(channel, None)
        else:
            draft.versions.publish[channel] = mode
        draft._changed(Part.VERSIONS)


def texts_for(draft: Draft, channel: str) -> tuple[tuple[str, str], ...]:
    """(lang, text) of every version for `channel`, primary first."""
    return tuple((lang, text_of(draft, lang, channel)) for lang in langs(draft))


def to_data(lv: LanguageVersions) -> dict[str, Any]:
    return {"primary": lv.primary, "safety": lv.safety, "publish": dict(lv.publish),
            "primary_basis": dict(lv.primary_basis), "primary_seen": lv.primary_seen,
            "extra": [{"lang": v.lang, "master": v.master, "variants": dict(v.variants), "basis": dict(v.basis)}
                      for v in lv.extra.values()]}
