"""Everything a cross-version rule may look at for one post: its versions, their facts,
the pack's requirements."""
from __future__ import annotations

from functools import cached_property, lru_cache
from typing import Any

from checks.messages import render
from checks.model import Post
from checks.packs import Pack
from checks.versions.facts import Fact, extract_facts


@lru_cache(maxsize=64)
def _facts(text: str, pairs: tuple[tuple[str, str], ...]) -> tuple[Fact, ...]:
    """Facts by text: the same version is compared for every channel and on every edit of
    the other version, so its facts are extracted once."""
    return tuple(extract_facts(text, dict(pairs)))


def required_versions(pack: Pack, safety: bool) -> list[str]:
    """The versions the pack requires: `required`, plus `required_for_safety` when the
    post is safety or health information."""
    required = list(pack.value("language_versions.required", []))
    if safety:
        required += [v for v in pack.value("language_versions.required_for_safety", []) if v not in required]
    return required


def separator(pack: Pack) -> str:
    return pack.value("language_versions.separator", "\n\n")


class VersionsContext:
    def __init__(self, post: Post, pack: Pack, lang: str) -> None:
        self.post = post
        self.pack = pack
        self.lang = lang  # the language of the messages
        self.versions = dict(post.versions)
        self.primary = post.versions[0][0] if post.versions else "fi"
        self.rule_id = ""
        self._facts: dict[str, list[Fact]] = {}

    def param(self, name: str, default: Any) -> Any:
        return self.pack.rule_param(self.rule_id, name, default)

    @property
    def required(self) -> list[str]:
        return required_versions(self.pack, self.post.safety)

    @property
    def written(self) -> list[str]:
        """The versions with text, primary first."""
        return [v for v, text in self.post.versions if text.strip()]

    @cached_property
    def hashtag_pairs(self) -> dict[str, str]:
        """A translated hashtag (lower case) → the tag of the pair's first language."""
        pairs = {}
        for entry in self.pack.entries("language_versions.hashtags"):
            tags = [entry[k].lstrip("#").lower() for k in ("fi", "sv", "en") if entry.get(k)]
            for tag in tags:
                pairs[tag] = tags[0]
        return pairs

    def facts(self, version: str) -> list[Fact]:
        if version not in self._facts:
            pairs = tuple(sorted(self.hashtag_pairs.items()))
            self._facts[version] = list(_facts(self.versions.get(version, ""), pairs))
        return self._facts[version]

    def version_name(self, version: str, form: str) -> str:
        """"the Swedish version" in the messages' language; `form` is nom, in or from."""
        return render(f"language_versions.version.{form}.{version}", self.lang)
