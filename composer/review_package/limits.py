"""How much a review package may hold before it is refused unread."""
from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class PackageLimits:
    max_members: int = 500
    max_media_bytes: int = 512 * MB  # one media member, uncompressed
    max_json_bytes: int = 5 * MB  # package.json, uncompressed
    max_total_bytes: int = 1024 * MB  # all members together, uncompressed
    max_ratio: int = 100  # uncompressed : compressed, for members bigger than ratio_floor_bytes
    ratio_floor_bytes: int = 1 * MB

    @property
    def max_file_bytes(self) -> int:
        """The package file itself: everything stored plus generous room for zip headers."""
        return self.max_total_bytes + self.max_json_bytes + self.max_members * 1024 + 64 * 1024


DEFAULT_LIMITS = PackageLimits()


def human_size(size: int) -> str:
    """"512 MB", "1 GB", "900 bytes": sizes as the user reads them in messages."""
    for unit, factor in (("GB", 1024 * MB), ("MB", MB), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"
