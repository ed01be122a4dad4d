"""Guideline packs for the window, parsed once and kept while their files are unchanged.

Parsing a pack (TOML, its `extends` chain, validation) takes hundreds of milliseconds on
a busy laptop, and the window needs one each time a draft is shown (the paid-campaign
hints) or approved: on the GUI thread that froze the window at every draft switch and
import. The engine loads its own packs in the check process; this is the window's copy.
"""
from __future__ import annotations

import os
from pathlib import Path

from checks.pack_loading import load_pack
from checks.packs import Pack

_held: dict[str, tuple[tuple[tuple[Path, int], ...], Pack]] = {}


def _stamps(files) -> tuple[tuple[Path, int], ...]:
    return tuple((Path(f), os.stat(f).st_mtime_ns) for f in files)


def cached_pack(ref: str) -> Pack:
    """load_pack(ref), parsed again only when one of the pack's files changed; PackError
    as load_pack raises it (never cached)."""
    held = _held.get(ref)
    if held is not None:
        try:
            if _stamps(f for f, _ in held[0]) == held[0]:
                return held[1]
        except OSError:
            pass
    pack = load_pack(ref)
    _held[ref] = (_stamps(pack.files), pack)
    return pack
