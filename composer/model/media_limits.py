"""How many media a draft may have and how big an image may be: resources/media/limits.toml."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from checks.resources import resource_path


@dataclass(frozen=True)
class MediaLimits:
    per_draft_max: int
    pixels_max: int
    side_max: int

    def image_fits(self, width: int, height: int) -> bool:
        return 0 < width <= self.side_max and 0 < height <= self.side_max and width * height <= self.pixels_max


@cache
def media_limits() -> MediaLimits:
    with resource_path("media", "limits.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    return MediaLimits(per_draft_max=int(raw["media"]["per_draft_max"]["value"]),
                       pixels_max=int(raw["image"]["pixels_max"]["value"]),
                       side_max=int(raw["image"]["side_max"]["value"]))
