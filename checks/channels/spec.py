"""Channel specifications, read from resources/channels/channels.toml."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Mapping

from checks.channels.chunked_count import count_chunked
from checks.channels.counting import Count
from checks.model import CHANNELS
from checks.resources import resource_path


@dataclass(frozen=True)
class ChannelSpec:
    id: str
    name: str
    counting: str
    text_max: int
    near_ratio: float
    url_length: int | None = None
    bytes_max: int | None = None
    fold: int | None = None
    hashtags_max: int | None = None
    hashtags_hard: bool = False  # True: the platform refuses more than hashtags_max (an error)
    hashtags_advice: int | None = None  # the platform's own advice, fewer than it accepts
    hashtag_graphemes_max: int | None = None
    mentions_max: int | None = None
    handle_pattern: str | None = None
    handle_max: int | None = None
    images_max: int | None = None
    videos_max: int | None = None
    alt_max: int | None = None
    links_max: int | None = None
    links_clickable: bool = True
    forbidden_chars: str = ""
    sources: Mapping[str, str] = None  # type: ignore[assignment]

    def count(self, text: str, limit: int | None = None) -> Count:
        return count_chunked(self.counting, text, self.text_max if limit is None else limit, self.url_length)

    def with_overrides(self, overrides: Mapping[str, Any]) -> "ChannelSpec":
        return replace(self, **overrides) if overrides else self


def _value(entry: Any) -> Any:
    return entry["value"] if isinstance(entry, dict) and "value" in entry else entry


@cache
def load_channels() -> dict[str, ChannelSpec]:
    with resource_path("channels", "channels.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    near = float(_value(raw["near_ratio"]))
    specs = {}
    for channel in CHANNELS:
        data = raw[channel]
        sources = {k: v["source"] for k, v in data.items() if isinstance(v, dict) and "source" in v}
        handle = data.get("handle", {})
        specs[channel] = ChannelSpec(
            id=channel,
            name=data["name"],
            counting=data["counting"],
            text_max=int(_value(data["text_max"])),
            near_ratio=near,
            url_length=_value(data.get("url_length")) if data["counting"] != "twitter" else None,
            bytes_max=_value(data.get("bytes_max")),
            fold=_value(data.get("fold")),
            hashtags_max=_value(data.get("hashtags_max")),
            hashtags_hard=bool(_value(data.get("hashtags_hard", False))),
            hashtags_advice=_value(data.get("hashtags_advice")),
            hashtag_graphemes_max=_value(data.get("hashtag_graphemes_max")),
            mentions_max=_value(data.get("mentions_max")),
            handle_pattern=handle.get("pattern"),
            handle_max=handle.get("max"),
            images_max=_value(data.get("images_max")),
            videos_max=_value(data.get("videos_max")),
            alt_max=_value(data.get("alt_max")),
            links_max=_value(data.get("links_max")),
            links_clickable=bool(_value(data.get("links_clickable", True))),
            forbidden_chars=data.get("forbidden", {}).get("chars", ""),
            sources=sources,
        )
    return specs
