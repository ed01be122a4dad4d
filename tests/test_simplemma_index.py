"""simplemma's dictionary index read from the cache is the index simplemma builds
itself, and a damaged cache file is rebuilt, not trusted (issue 17: start-up)."""
from __future__ import annotations

from pathlib import Path

import pytest

from checks.language import simplemma_index

streams = pytest.importorskip("simplemma.strategies.dictionaries.stream_dictionary_factory")


def test_cached_index_equals_the_scanned_one_and_damage_is_rebuilt(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(simplemma_index, "cache_dir", lambda: tmp_path)
    assert simplemma_index.install()
    first = streams.StreamMap("sv")  # no cache yet: scans and writes it
    (written,) = tmp_path.glob("sv-*.idx")
    second = streams.StreamMap("sv")  # read from the cache
    assert second._firsts == first._firsts and second._blocks == first._blocks
    for word in ("sekretessbelagda", "kommunen", "barnen", "xyzzy"):
        assert second._lookup(word) == first._lookup(word)
    written.write_bytes(written.read_bytes()[:-10])  # a truncated file
    third = streams.StreamMap("sv")
    assert third._firsts == first._firsts
    assert written.stat().st_size > 0 and simplemma_index._decode(written.read_bytes()) is not None
