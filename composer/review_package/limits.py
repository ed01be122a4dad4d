"""How much a review package may hold before it is refused unread."""
from __future__ import annotations

from dataclasses import dataclass

from composer.messages import message

MB = 1024 * 1024


@dataclass(frozen=True)
class PackageLimits:
    max_members: int = 500
    max_media_bytes: int = 512 * MB  # one media member, uncompressed
    max_json_bytes: int = 5 * MB  # package.json, uncompressed
    max_total_bytes: int = 1024 * MB  # all members together, uncompressed
    max_ratio: int = 100  # uncompressed : compressed, for members bigger than ratio_floor_bytes
    # Small enough that max_members members just under it stay harmless (500 × 64 KB =
    # 32 MB); at 1 MB, 500 members of 0.99 MB made a 657 KB package 499 MB.
    ratio_floor_bytes: int = 64 * 1024
    # Objects and arrays in package.json. json.loads holds the GIL for all of its work, so
    # 30,000 small objects stalled the window for 200 ms even from a worker thread; a draft
    # with 20 media and years of comments has a few hundred.
    max_json_parts: int = 10_000

    @property
    def max_file_bytes(self) -> int:
        """The package file itself: everything stored plus generous room for zip headers."""
        return self.max_total_bytes + self.max_json_bytes + self.max_members * 1024 + 64 * 1024


DEFAULT_LIMITS = PackageLimits()


def human_size(size: int) -> str:
    """"512 MB", "1.5 GB", "900 bytes" (in Finnish "1,5 Gt"): sizes as the user reads them
    in messages, in the start-up language."""
    for key, factor in (("review_package.size.gb", 1024 * MB), ("review_package.size.mb", MB),
                        ("review_package.size.kb", 1024)):
        if size >= factor:
            number = f"{size / factor:.1f}".removesuffix(".0")
            return message(key, size=number.replace(".", message("review_package.size.decimal_mark")))
    return message("review_package.size.bytes", size=size)
