"""The zip's directory is measured before zipfile parses it (issue 15, items 6 and 7)."""
from __future__ import annotations

import zipfile

import pytest

from composer.review_package import PackageError, PackageLimits, read_package
from composer.review_package import zip_checks
from composer.review_package.central_directory import measure_directory
from tests.test_review_package_hostile import Entry, build_zip, claimed_count, claimed_zip64_count, manifest_entry, package


def _never_parsed(monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("zipfile parsed a directory that should have been refused first")
    monkeypatch.setattr(zip_checks.zipfile, "ZipFile", refuse)


@pytest.mark.parametrize("claim", [claimed_count, claimed_zip64_count])
def test_a_directory_that_lies_about_its_count_is_refused_before_zipfile_reads_it(tmp_path, monkeypatch, claim):
    path = tmp_path / "Satutuokio.somevahti"
    path.write_bytes(claim(build_zip([manifest_entry()] + [Entry(f"m{i}", b"") for i in range(20_000)]), 1))
    _never_parsed(monkeypatch)
    with pytest.raises(PackageError) as error:
        read_package(path)
    assert error.value.key == "directory_too_big"


def test_the_walked_count_is_what_counts_when_the_directory_is_small(tmp_path, monkeypatch) -> None:
    """Ten entries in a directory small enough to read, the end record claiming two: the
    walk finds ten, over the limit of three."""
    path = tmp_path / "Sagostund.somevahti"
    path.write_bytes(claimed_count(build_zip([manifest_entry()] + [Entry(f"m{i}", b"") for i in range(9)]), 2))
    _never_parsed(monkeypatch)
    with pytest.raises(PackageError) as error:
        read_package(path, PackageLimits(max_members=3))
    assert error.value.key == "too_many_members" and error.value.values["count"] == 10


def test_a_sound_package_is_measured_exactly(tmp_path) -> None:
    path = tmp_path / "Story.somevahti"
    path.write_bytes(package())
    measured = measure_directory(path, PackageLimits())
    assert (measured.declared, measured.entries) == (2, 2)
    assert measured.size == len(zipfile.ZipFile(path).infolist()[0].filename) + len(zipfile.ZipFile(path)
                                                                                         .infolist()[1].filename) + 92


def test_many_small_members_cannot_expand_past_the_ratio(tmp_path) -> None:
    """Members of 900 KB of zeros, a kilobyte each packed: refused as a bomb, not exempt for being under 1 MB."""
    path = tmp_path / "pommi.somevahti"
    path.write_bytes(package(*[Entry(f"media/{i:064x}.mp4", bytes(900 * 1024), deflate=True) for i in range(3)]))
    with pytest.raises(PackageError) as error:
        read_package(path)
    assert error.value.key == "zip_bomb"
