"""The on-disk simplemma index (start-up speed, issue 17): the same lemmas as simplemma's
own index, and a damaged, truncated or foreign cache file is rebuilt, never trusted."""
from __future__ import annotations

from functools import cache as remember

import pytest
from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

from checks.language import lemma_index_cache as cache

WORDS = {
    "fi": ["henkilötunnuksensa", "kirjastossa", "ovikoodi", "salassapidettävistä", "kaupunginvaltuustolle",
           "lapsille", "uimahallin", "äänestyspaikoilla", "zzzqqq"],
    "sv": ["sekretessbelagda", "biblioteket", "barnen", "simhallens", "kommunfullmäktiges", "zzzqqq"],
    "en": ["libraries", "children", "confidential", "swimming", "zzzqqq"],
}


@remember
def simplemma_index(lang: str) -> StreamMap:
    return StreamMap(lang)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_cached_index_gives_exactly_simplemmas_lookups(tmp_path, lang) -> None:
    reference = simplemma_index(lang)
    built = cache._stream_map(lang, tmp_path)  # builds and writes the file
    assert list(tmp_path.iterdir()), "the index was not written"
    restored = cache._stream_map(lang, tmp_path)  # reads it back
    assert restored._firsts == reference._firsts and restored._blocks == reference._blocks
    for word in WORDS[lang]:
        assert restored.get(word) == reference.get(word) == built.get(word)


def test_the_round_trip_of_the_file_format_is_exact() -> None:
    firsts = [b"aa", b"\xc3\xa4", b""]
    blocks = [(0, b"", b""), (17, b"aa", b"a"), (99, b"\xc3\xa4x", b"\x00")]
    assert cache.decode_index(cache.encode_index(firsts, blocks)) == (firsts, blocks)


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign", "empty"])
def test_a_damaged_cache_file_is_rebuilt_not_trusted(tmp_path, damage) -> None:
    cache._stream_map("en", tmp_path)
    (path,) = tmp_path.iterdir()
    blob = path.read_bytes()
    damaged = {"flip": blob[:-10] + bytes([blob[-10] ^ 0xFF]) + blob[-9:], "truncate": blob[:len(blob) // 2],
               "foreign": b"\x80\x04K\x01." + blob[5:], "empty": b""}[damage]
    with pytest.raises(ValueError):
        cache.decode_index(damaged)
    path.write_bytes(damaged)
    restored = cache._stream_map("en", tmp_path)
    assert restored.get("children") == simplemma_index("en").get("children")
    assert path.read_bytes() == blob, "the rebuilt index replaces the damaged file"


def test_an_unwritable_cache_folder_only_costs_speed(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    mapping = cache._stream_map("en", blocker / "sub")
    assert mapping.get("children") == simplemma_index("en").get("children")


def test_another_format_of_the_index_keeps_a_file_of_its_own(tmp_path) -> None:
    """An older Somevahti running beside a newer one must not make them rewrite one file."""
    name = cache._cache_name("en")
    assert name is not None and cache._FORMAT in name
    old_format = tmp_path / name.replace(f".{cache._FORMAT}.", ".v1.")
    old_format.write_bytes(b"SVLX1\nsomething older")
    cache._stream_map("en", tmp_path)
    assert old_format.read_bytes() == b"SVLX1\nsomething older"
    assert (tmp_path / name).is_file()
