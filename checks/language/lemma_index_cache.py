"""Start-up speed: keep simplemma's dictionary index on disk between runs.

simplemma's memory-frugal backend (`low_memory=True`) reads a front-coded stream and, on
the first lookup of a language, walks every record once in Python to build a sparse index
(every 32nd key). For Finnish that is 3.5 million records and ~2.8 s of CPU at each start
of the checker — longer than loading the spaCy model. The index depends only on the
shipped dictionary file, so it is written once to the user's cache folder and read back
in ~0.1 s afterwards.

The cache file is a plain length-prefixed binary format (no pickle: nothing in it can run
code), named by simplemma's version and the dictionary file's size and mtime, and carries
a SHA-256 of its body: a damaged, truncated or stale file is ignored and rebuilt. Any
surprise in simplemma's internals turns the cache off; lookups then work as before.
"""
from __future__ import annotations

import hashlib
import logging
import os
import struct
import sys
import tempfile
from array import array
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
_FORMAT = "v2"
_MAGIC = b"SVLX2\n"
_U32 = struct.Struct("<I")


def _cache_name(lang: str) -> str | None:
    try:
        import simplemma
        from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER
        stat = (Path(DATA_FOLDER) / f"{lang}.plzma").stat()
    except (ImportError, AttributeError, OSError):
        return None
    # the format is in the name too: two versions of Somevahti side by side (an upgrade while
    # the old one runs) keep a file each instead of rewriting each other's at every start
    return f"simplemma-{simplemma.__version__}-{lang}-{stat.st_size}-{int(stat.st_mtime)}.{_FORMAT}.idx"


def encode_index(firsts: list[bytes], blocks: list[tuple[int, bytes, bytes]]) -> bytes:
    """count, four little-endian u32 arrays (offsets and the three lengths), then the
    bytes of every first key, seed key and seed value, one after the other."""
    count = len(firsts)
    offsets = array("I", (b[0] for b in blocks))
    sizes = [array("I", (len(x) for x in column)) for column in
             (firsts, [b[1] for b in blocks], [b[2] for b in blocks])]
    if len(offsets) != count:
        raise ValueError("one block per first key")
    for column in (offsets, *sizes):
        if sys.byteorder != "little":
            column.byteswap()
    strings = b"".join(x for triple in zip(firsts, (b[1] for b in blocks), (b[2] for b in blocks)) for x in triple)
    body = _U32.pack(count) + b"".join(column.tobytes() for column in (offsets, *sizes)) + strings
    return _MAGIC + hashlib.sha256(body).digest() + body


def decode_index(blob: bytes) -> tuple[list[bytes], list[tuple[int, bytes, bytes]]]:
    """The index in `blob`; ValueError for anything that is not exactly what encode wrote."""
    if not blob.startswith(_MAGIC) or len(blob) < len(_MAGIC) + 36:
        raise ValueError("not an index file")
    digest, body = blob[len(_MAGIC):len(_MAGIC) + 32], blob[len(_MAGIC) + 32:]
    if hashlib.sha256(body).digest() != digest:
        raise ValueError("index file is damaged")
    (count,) = _U32.unpack_from(body, 0)
    head = 4 + 16 * count
    if len(body) < head:
        raise ValueError("index file is truncated")
    columns = []
    for i in range(4):
        column = array("I")
        column.frombytes(body[4 + 4 * count * i:4 + 4 * count * (i + 1)])
        if sys.byteorder != "little":
            column.byteswap()
        columns.append(column)
    offsets, first_sizes, key_sizes, value_sizes = columns
    sizes = [n for triple in zip(first_sizes, key_sizes, value_sizes) for n in triple]
    if head + sum(sizes) != len(body):
        raise ValueError("index file does not add up")
    ends = list(accumulate(sizes, initial=head))
    strings = [body[a:b] for a, b in zip(ends, ends[1:])]
    firsts = strings[0::3]
    blocks = list(zip(offsets, strings[1::3], strings[2::3]))
    return firsts, blocks


def _stream_map(lang: str, cache_dir: Path) -> Any:
    from simplemma.strategies.dictionaries import frontcode
    from simplemma.strategies.dictionaries.dictionary_factory import _read_decompressed
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    name = _cache_name(lang)
    path = cache_dir / name if name else None
    if path is not None and path.is_file():
        try:
            firsts, blocks = decode_index(path.read_bytes())
            mapping = StreamMap.__new__(StreamMap)
            mapping._data = _read_decompressed(lang)
            mapping._rev, mapping._count, mapping._pos = frontcode._read_header(mapping._data)
            if len(firsts) != (mapping._count + 31) // 32:
                raise ValueError("index does not fit the dictionary")
            mapping._firsts, mapping._blocks = firsts, blocks
            return mapping
        except (OSError, ValueError) as exc:
            log.info("rebuilding the %s lemma index (%s)", lang, exc)
    mapping = StreamMap(lang)
    if path is not None:
        _write_atomically(path, encode_index(mapping._firsts, mapping._blocks))
    return mapping


def _write_atomically(path: Path, blob: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".index-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(temp, path)
    except OSError as exc:  # a read-only or full cache folder only costs speed
        log.info("could not keep the lemma index in %s: %s", path.parent, exc)


def default_cache_dir() -> Path:
    import platformdirs
    return Path(platformdirs.user_cache_dir("somevahti", appauthor=False)) / "lemma-index"


_installed: Path | None = None


def is_quick(lang: str) -> bool:
    """True when the first lookup in `lang` costs little: the index is on disk (or the
    cache is not in use, and simplemma's own build is the only way anyway: False)."""
    name = _cache_name(lang)
    return _installed is not None and name is not None and (_installed / name).is_file()


def install(cache_dir: Path | None = None) -> bool:
    """Make simplemma's low-memory dictionaries use the on-disk index; False (and
    simplemma unchanged) when its internals are not the ones this was written for.
    Without `cache_dir`, an index already installed stays as it is."""
    global _installed
    if cache_dir is None and _installed is not None:
        return True
    folder = cache_dir or default_cache_dir()
    if _installed == folder:
        return True
    try:
        from simplemma.strategies.dictionaries import LOW_MEMORY_DICTIONARY_FACTORY as factory
        from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap
        if not {"_data", "_firsts", "_blocks", "_rev", "_count", "_pos"} <= set(StreamMap.__slots__):
            return False
        factory._get_dictionary = lru_cache(maxsize=8)(lambda lang: _stream_map(lang, folder))
    except (ImportError, AttributeError, TypeError):
        return False
    _installed = folder
    return True
