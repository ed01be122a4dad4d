"""simplemma's memory-frugal dictionaries, with their block index built once per
installation instead of at every start.

simplemma (2.x, low_memory) scans every record of a language's front-coded dictionary
to index its blocks when the language is first used: 4.7 million records for fi+sv+en,
more than half of the checker's start-up (measured in bench/real_text_bench.py). The
index is a few MB; it is written to the user cache folder, keyed by a hash of the
dictionary data, and read back in a fraction of a second. Anything unexpected (another
simplemma, a damaged or unwritable cache) falls back to simplemma's own scan.
"""
from __future__ import annotations

import hashlib
import logging
import os
import struct
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
_FORMAT = b"SVIDX1\n"
_BLOCK = struct.Struct("<QIII")  # record offset, then the lengths of first key, previous key, previous value


def cache_dir() -> Path:
    from platformdirs import user_cache_dir
    return Path(user_cache_dir("somevahti", appauthor=False)) / "simplemma"


def _encode(firsts: list[bytes], blocks: list[tuple[int, bytes, bytes]]) -> bytes:
    parts = [_FORMAT, struct.pack("<Q", len(blocks))]
    for first, (offset, key, value) in zip(firsts, blocks):
        parts += [_BLOCK.pack(offset, len(first), len(key), len(value)), first, key, value]
    return b"".join(parts)


def _decode(data: bytes) -> tuple[list[bytes], list[tuple[int, bytes, bytes]]] | None:
    if not data.startswith(_FORMAT):
        return None
    pos = len(_FORMAT)
    (count,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    firsts, blocks = [], []
    unpack, size = _BLOCK.unpack_from, _BLOCK.size
    for _ in range(count):
        offset, a, b, c = unpack(data, pos)
        pos += size
        firsts.append(data[pos:pos + a])
        pos += a
        key = data[pos:pos + b]
        pos += b
        blocks.append((offset, key, data[pos:pos + c]))
        pos += c
    return (firsts, blocks) if pos == len(data) else None


def _write(path: Path, content: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".idx-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only home: every start scans, as before
        log.debug("simplemma index not cached: %s", exc)


def install() -> bool:
    """Make simplemma's StreamMap read its index from the cache; False when this
    simplemma has no such class (then nothing changes)."""
    try:
        from simplemma.strategies.dictionaries import frontcode
        from simplemma.strategies.dictionaries import stream_dictionary_factory as streams
        stream_map: Any = streams.StreamMap
        block_size = streams._BLOCK_SIZE
        read = streams._read_decompressed
    except (ImportError, AttributeError):
        return False
    if getattr(stream_map, "_somevahti_cached", False):
        return True
    scan = stream_map.__init__

    def cached_init(self: Any, lang: str) -> None:
        data = read(lang)
        path = cache_dir() / f"{lang}-{block_size}-{hashlib.sha256(data).hexdigest()[:24]}.idx"
        try:
            index = _decode(path.read_bytes())
        except (OSError, struct.error):
            index = None
        rev, count, pos = frontcode._read_header(data)
        if index is None or len(index[0]) != (count + block_size - 1) // block_size:
            scan(self, lang)
            _write(path, _encode(self._firsts, self._blocks))
            return
        self._data, self._rev, self._count, self._pos = data, rev, count, pos
        self._firsts, self._blocks = index

    stream_map.__init__ = cached_init
    stream_map._somevahti_cached = True
    return True
