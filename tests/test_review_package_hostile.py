"""Hostile review packages are refused with one plain sentence, and nothing is written.

Each zip is built byte by byte here, so headers can lie, names can escape and entries can
be links, devices, encrypted or bombs: things the zipfile writer would not produce.
"""
from __future__ import annotations

import json
import random
import stat
import struct
import zlib
from dataclasses import dataclass, field
from typing import Callable

import pytest

from checks.model import Media
from composer.model.draft import Draft
from composer.model.draft_codec import draft_to_dict
from composer.model.draft_library import DraftLibrary
from composer.review_package import (DEFAULT_LIMITS, PackageError, PackageLimits, apply_import, plan_import,
                                     read_package)
from checks.messages import LANGUAGES, placeholders
from composer.messages import catalogue, render
from tests.review_package_fixtures import RecordingStore, big_png, listing, mp4_bytes, png_bytes, sha256

ERROR = "review_package.error."
ERROR_KEYS = sorted(key.removeprefix(ERROR) for key in catalogue("en") if key.startswith(ERROR))
REGULAR = (stat.S_IFREG | 0o644) << 16
PNG = png_bytes()
PNG_NAME = f"media/{sha256(PNG)}.png"
MB = 1024 * 1024


@dataclass
class Entry:
    name: str | bytes
    data: bytes
    deflate: bool = False
    flags: int = 0
    external_attr: int = REGULAR
    method: int | None = None  # compression method written in the headers
    declared_size: int | None = None  # uncompressed size written in the headers
    crc: int | None = None


def build_zip(entries: list[Entry]) -> bytes:
    """A zip file exactly as described: local headers, data, central directory, end record."""
    body, central = bytearray(), bytearray()
    for e in entries:
        name = e.name.encode("utf-8") if isinstance(e.name, str) else e.name
        if e.deflate:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            payload = packer.compress(e.data) + packer.flush()
        else:
            payload = e.data
        method = e.method if e.method is not None else (8 if e.deflate else 0)
        crc = zlib.crc32(e.data) if e.crc is None else e.crc
        size = len(e.data) if e.declared_size is None else e.declared_size
        flags, offset = e.flags | 0x800, len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc, len(payload), size,
                            len(name), 0) + name + payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, flags, method, 0, 0x21, crc,
                               len(payload), size, len(name), 0, 0, 0, 0, e.external_attr, offset) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(body), 0)
    return bytes(body + central + end)


def draft_data(**changes) -> dict:
    draft = Draft(id="a1b2c3", title="Satutuokio", master="Tervetuloa satutuokioon lauantaina klo 11!",
                  channels=["facebook", "x"], media=[Media("image", "Lapsia kuuntelemassa satua", None, PNG_NAME)])
    return draft_to_dict(draft) | changes


def manifest(**changes) -> dict:
    return {"format": "somevahti-review-package", "schema": 1, "sent_by": "Pekka Virtanen",
            "sent_at": "2026-11-23T10:00:00Z", "base": "0" * 64, "draft": draft_data()} | changes


def manifest_entry(**changes) -> Entry:
    return Entry("package.json", json.dumps(manifest(**changes), ensure_ascii=False).encode("utf-8"), deflate=True)


def package(*extra: Entry, media: Entry | None = None, **manifest_changes) -> bytes:
    return build_zip([manifest_entry(**manifest_changes), media or Entry(PNG_NAME, PNG), *extra])


def with_media(data: bytes, kind: str = "image", ext: str = ".png") -> bytes:
    name = f"media/{sha256(data)}{ext}"
    return package(media=Entry(name, data), draft=draft_data(media=[{"kind": kind, "alt": "x", "captions": None,
                                                                      "path": name}]))


def json_bytes(text: str | bytes) -> bytes:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return build_zip([Entry("package.json", raw, deflate=True), Entry(PNG_NAME, PNG)])


def link(name: str, target: bytes) -> bytes:
    return package(media=Entry(name, target, external_attr=(stat.S_IFLNK | 0o777) << 16))


def claimed_count(data: bytes, count: int) -> bytes:
    """`data` with its end record claiming `count` entries (the directory itself unchanged)."""
    end = data.rfind(b"PK\x05\x06")
    return data[:end + 8] + struct.pack("<HH", count, count) + data[end + 12:]


def claimed_zip64_count(data: bytes, count: int) -> bytes:
    """`data` with a zip64 end record and locator claiming `count` entries."""
    end = data.rfind(b"PK\x05\x06")
    directory_size, directory_offset = struct.unpack("<II", data[end + 12:end + 20])
    record = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, directory_size,
                         directory_offset)
    locator = struct.pack("<IIQI", 0x07064B50, 0, end, 1)
    return data[:end] + record + locator + claimed_count(data[end:], 0xFFFF)


@dataclass
class Case:
    id: str
    make: Callable[[], bytes]
    key: str
    text: str
    limits: PackageLimits = field(default=DEFAULT_LIMITS)


SMALL = PackageLimits(max_members=3, max_media_bytes=500, max_json_bytes=4000, max_total_bytes=3000)

CASES = [
    # not a zip, or a damaged one
    Case("plain text", lambda: "Tervetuloa satutuokioon!\n".encode() * 40, "not_zip", "is not a Somevahti review"),
    Case("empty file", lambda: b"", "not_zip", "is not a Somevahti review package"),
    Case("truncated", lambda: package()[: len(package()) // 2], "damaged", "damaged or incomplete"),
    Case("bad crc", lambda: package(media=Entry(PNG_NAME, PNG, crc=1)), "damaged", "damaged or incomplete"),
    Case("header says small, data is bigger",
         lambda: package(media=Entry(PNG_NAME, PNG * 50, deflate=True, declared_size=len(PNG))), "damaged",
         "damaged or incomplete"),
    Case("file too big", lambda: package(Entry("media/" + "e" * 64 + ".png", bytes(200_000))), "file_too_big",
         "the file is larger than", PackageLimits(max_members=1, max_json_bytes=1000, max_total_bytes=1000)),
    # names
    Case("absolute path", lambda: package(Entry("/etc/passwd", b"root:x:0:0")), "unsafe_name", "(/etc/passwd)"),
    Case("traversal", lambda: package(Entry("../../evil.txt", b"evil")), "unsafe_name", "(../../evil.txt)"),
    Case("traversal inside media", lambda: package(Entry("media/../../evil.png", PNG)), "unsafe_name", "unsafe name"),
    Case("backslashes", lambda: package(Entry("..\\..\\evil.txt", b"evil")), "unsafe_name", "unsafe name"),
    Case("drive letter", lambda: package(Entry("C:/Windows/System32/evil.dll", b"MZ")), "unsafe_name", "(C:/Windows"),
    Case("drive-relative", lambda: package(Entry("c:evil.txt", b"evil")), "unsafe_name", "unsafe name"),
    Case("nul in name", lambda: package(Entry(b"package.json\x00.exe", b"MZ")), "unsafe_name", "unsafe name"),
    Case("control character", lambda: package(Entry("media/evil\n.png", PNG)), "unsafe_name", "unsafe name"),
    Case("dot segment", lambda: package(Entry("./package.json", b"{}")), "unsafe_name", "unsafe name"),
    Case("duplicate name", lambda: package(manifest_entry(title="toinen")), "duplicate_name",
         "package.json more than once"),
    Case("duplicate by case", lambda: package(Entry("PACKAGE.JSON", b"{}")), "duplicate_name", "more than once"),
    # entry types
    Case("symlink", lambda: link(PNG_NAME, b"/etc/passwd"), "symlink", "is a link, not a file"),
    Case("symlink manifest", lambda: build_zip([Entry("package.json", b"/etc/passwd",
                                                      external_attr=(stat.S_IFLNK | 0o777) << 16)]),
         "symlink", "package.json is a link"),
    Case("directory entry", lambda: package(Entry("media/", b"", external_attr=(stat.S_IFDIR | 0o755) << 16 | 0x10)),
         "not_regular", "media/ is not a regular file"),
    Case("fifo", lambda: package(Entry("media/" + "f" * 64 + ".png", b"", external_attr=(stat.S_IFIFO | 0o644) << 16)),
         "not_regular", "is not a regular file"),
    Case("device", lambda: package(Entry("media/" + "d" * 64, b"", external_attr=(stat.S_IFCHR | 0o644) << 16)),
         "not_regular", "is not a regular file"),
    Case("encrypted", lambda: package(media=Entry(PNG_NAME, PNG, flags=0x1)), "encrypted", "is encrypted"),
    Case("strange compression", lambda: package(media=Entry(PNG_NAME, PNG, method=99)), "unsupported_compression",
         "compressed in a way Somevahti does not read"),
    # sizes
    Case("directory claims 65,000 entries", lambda: claimed_count(package(), 65_000), "too_many_members",
         "65000 files, more than the 500 allowed"),
    Case("zip64 directory claims a billion entries", lambda: claimed_zip64_count(package(), 10**9),
         "too_many_members", "1000000000 files"),
    Case("too many members", lambda: package(*[Entry(f"media/{i:064x}.png", PNG) for i in range(3)]),
         "too_many_members", "5 files, more than the 3 allowed", SMALL),
    Case("media too big", lambda: with_media(mp4_bytes(), "video", ".mp4"), "member_too_big",
         "is larger than the 500 bytes allowed", SMALL),
    Case("manifest too big", lambda: package(draft=draft_data(master="Satutuokio! " * 400)), "member_too_big",
         "package.json is larger than the 3.9 KB allowed", SMALL),
    Case("total too big", lambda: package(*[Entry(f"media/{i:064x}.png", bytes(400)) for i in range(2)],
                                          draft=draft_data(master="Satu " * 400)),
         "total_too_big", "contents are larger than the 2.9 KB allowed",
         PackageLimits(max_media_bytes=500, max_json_bytes=4000, max_total_bytes=3000)),
    Case("zip bomb", lambda: package(Entry("media/" + "b" * 64 + ".mp4", bytes(20 * MB), deflate=True)), "zip_bomb",
         "expands more than 100 times"),
    Case("manifest bomb", lambda: json_bytes(json.dumps(manifest()) + " " * (4 * MB)), "zip_bomb",
         "package.json expands more than 100 times"),
    Case("unexpected file", lambda: package(Entry("asenna.exe", b"MZ\x90\x00")), "unexpected_member",
         "asenna.exe, which does not belong"),
    Case("unexpected media name", lambda: package(Entry("media/lueminut.txt", b"hei")), "unexpected_member",
         "media/lueminut.txt"),
    # package.json
    Case("no manifest", lambda: build_zip([Entry(PNG_NAME, PNG)]), "no_manifest", "package.json is missing"),
    Case("invalid json", lambda: json_bytes('{"format": "somevahti-review-package",'), "bad_json",
         "package.json is not valid JSON"),
    Case("not utf-8", lambda: json_bytes(b'{"sent_by": "P\xe4ivi"}'), "bad_json", "not UTF-8"),
    Case("duplicate json key", lambda: json_bytes('{"schema": 1, "schema": 2}'), "bad_json", "appears twice"),
    Case("NaN", lambda: json_bytes('{"schema": NaN}'), "bad_json", "NaN is not a number"),
    Case("deep nesting", lambda: json_bytes("[" * 5_000 + "]" * 5_000), "bad_json", "nested too deeply"),
    Case("200,000-deep nesting", lambda: build_zip([Entry("package.json", b"[" * 200_000 + b"]" * 200_000),
                                                    Entry(PNG_NAME, PNG)]),
         "manifest_too_complex", "200000 objects and lists"),  # stored: deflated, it is refused as a bomb
    Case("json array", lambda: json_bytes("[1, 2, 3]"), "manifest_not_object", "does not hold an object"),
    Case("wrong format", lambda: package(format="jokin-muu"), "wrong_format", "is not a Somevahti review package"),
    Case("no format", lambda: json_bytes(json.dumps({k: v for k, v in manifest().items() if k != "format"})),
         "wrong_format", "is not a Somevahti review package"),
    Case("newer schema", lambda: package(schema=2), "newer_schema", "made by a newer Somevahti (package version 2)"),
    Case("older unknown schema", lambda: package(schema=0), "unknown_schema", "unknown package version (0)"),
    Case("schema as text", lambda: package(schema="1"), "bad_field", "schema is missing or invalid"),
    Case("base not a hash", lambda: package(base="../../etc"), "bad_field", "base is missing or invalid"),
    Case("no sender", lambda: package(sent_by=None), "bad_field", "sent_by is missing or invalid"),
    Case("bad draft state", lambda: package(draft=draft_data(state="published")), "bad_draft",
         "is damaged: state: expected one of"),
    Case("bad draft channel", lambda: package(draft=draft_data(channels=["myspace"])), "bad_draft", "channels:"),
    Case("no draft", lambda: package(draft=None), "bad_draft", "draft: expected an object"),
    # media
    Case("media path outside", lambda: package(draft=draft_data(media=[{"kind": "image", "path": "../../etc/passwd"}])),
         "bad_media_reference", "outside the package (../../etc/passwd)"),
    Case("media path absolute", lambda: package(draft=draft_data(media=[{"kind": "image", "path": "/etc/passwd"}])),
         "bad_media_reference", "outside the package"),
    Case("media missing", lambda: build_zip([manifest_entry()]), "media_missing",
         f"uses media/{sha256(PNG)[:12]}….png, which is missing"),
    Case("media unreferenced", lambda: package(Entry(f"media/{sha256(png_bytes(1))}.png", png_bytes(1))),
         "media_unreferenced", "which the draft does not use"),
    Case("media bytes do not match name", lambda: package(media=Entry(PNG_NAME, png_bytes(1))), "media_hash",
         "do not match its name"),
    Case("shell script as png", lambda: with_media(b"#!/bin/sh\nrm -rf ~\n"), "not_media",
         "is not an image or a video"),
    Case("svg as png", lambda: with_media(b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
         "not_media", "is not an image or a video"),
    Case("nested zip as png", lambda: with_media(package()), "not_media", "is not an image or a video"),
    Case("image claimed as video", lambda: with_media(PNG, "video", ".mp4"), "kind_mismatch",
         "is an image, but the draft says it is a video"),
    Case("video claimed as image", lambda: with_media(mp4_bytes(), "image", ".png"), "kind_mismatch",
         "is a video, but the draft says it is an image"),
    # issue 15: the directory is measured, not trusted; the ratio holds for members under 1 MB
    Case("end record claims 1 entry, the directory holds 20,000",
         lambda: claimed_count(build_zip([manifest_entry()] + [Entry(f"m{i}", b"") for i in range(20_000)]), 1),
         "directory_too_big", "table of contents is"),
    # issue 15: what the content is, not what the sender calls it
    Case("mp4 header, then a batch script, named .bat",
         lambda: with_media(mp4_bytes()[:24] + b"\r\n@echo off\r\nstart calc.exe\r\n", "video", ".bat"),
         "media_damaged", "not the image or video its first bytes claim"),
    Case("mp4 header, then an HTA script in a free box", lambda: with_media(
        mp4_bytes()[:24] + struct.pack(">I4s", 8 + 40, b"free") + b"<hta:application><script>x</script>  ", "video",
        ".hta"), "media_damaged", "not the image or video"),
    Case("a real video named .bat", lambda: with_media(mp4_bytes(), "video", ".bat"), "media_disguised",
         "but its name says otherwise (it should end in .mp4)"),
    Case("a real image named .html", lambda: with_media(PNG, "image", ".html"), "media_disguised",
         "it should end in .png"),
    Case("gif magic, then html", lambda: with_media(b"GIF89a<html><script>alert(1)</script></html>", "image", ".html"),
         "media_damaged", "not the image or video"),
    Case("png signature, then html", lambda: with_media(PNG[:8] + b"<html><body onload=alert(1)></body></html>",
                                                         "image", ".png"), "media_damaged", "not the image"),
    Case("12000 x 12000 png", lambda: with_media(big_png(12_000, 12_000)), "too_many_pixels",
         "12000 × 12000 pixels, more than the channels can use"),
    Case("30,000 media items", lambda: build_zip([Entry("package.json", json.dumps(manifest(draft=draft_data(media=[
        {"kind": "image", "alt": f"kuva {i}", "captions": None, "path": PNG_NAME} for i in range(30_000)]))).encode()),
        Entry(PNG_NAME, PNG)]), "manifest_too_complex", "objects and lists, more than the 10000"),
    Case("21 media items", lambda: package(draft=draft_data(media=[{"kind": "image", "alt": f"kuva {i}",
                                                                     "captions": None, "path": PNG_NAME}
                                                                    for i in range(21)])),
         "too_many_media", "21 images and videos, more than the 20"),
    Case("members just under 1 MB", lambda: package(*[Entry(f"media/{i:064x}.mp4", bytes(900 * 1024), deflate=True)
                                                      for i in range(2)]), "zip_bomb", "expands more than 100 times"),
]


def test_the_hand_built_package_is_valid() -> None:
    """The builder makes real packages: every refusal below is for the change each case makes."""
    from pathlib import Path
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hyvä.somevahti"
        path.write_bytes(package())
        result = read_package(path)
    assert result.draft.title == "Satutuokio" and result.media == {PNG_NAME: PNG} and result.sent_by == "Pekka Virtanen"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_hostile_package_is_refused_and_nothing_is_written(tmp_path, case: Case) -> None:
    inbox = tmp_path / "saapuneet"
    inbox.mkdir()
    path = inbox / "Satutuokio.somevahti"
    path.write_bytes(case.make())
    store, library = RecordingStore(tmp_path / "media"), DraftLibrary()
    before = listing(tmp_path)

    with pytest.raises(PackageError) as error:
        received = read_package(path, case.limits)
        apply_import(plan_import(received, library.find(received.draft.id)), None, store)

    assert error.value.key == case.key, str(error.value)
    sentence = str(error.value)
    assert case.text in sentence
    assert "\n" not in sentence and sentence.endswith(".") and "Traceback" not in sentence
    assert listing(tmp_path) == before  # no file, folder or temporary file appeared or changed
    assert store.calls == [] and len(library) == 0


def test_every_refusal_message_has_a_hostile_case() -> None:
    writing_only = {"cannot_open", "cannot_write", "media_unreadable"}
    assert set(ERROR_KEYS) - writing_only <= {case.key for case in CASES}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", ERROR_KEYS)
def test_messages_are_one_plain_sentence(key: str, lang: str) -> None:
    names = placeholders(catalogue(lang)[ERROR + key])
    text = render(ERROR + key, lang, **{n: "x" for n in names})
    assert text[0].isupper() and text.endswith(".") and "\n" not in text and "{" not in text


def test_damaged_bytes_are_always_a_package_error(tmp_path) -> None:
    """Random flips, cuts and insertions in a valid package: refused with a sentence (or
    still valid), never another exception."""
    rng = random.Random(2026)
    good = package()
    path = tmp_path / "Satutuokio.somevahti"
    for _ in range(500):
        data = bytearray(good)
        for _ in range(rng.randint(1, 4)):
            spot, roll = rng.randrange(len(data)), rng.random()
            if roll < 0.6:
                data[spot] = rng.randrange(256)
            elif roll < 0.8 and spot > 0:
                del data[spot:]
            else:
                data[spot:spot] = rng.randbytes(rng.randint(1, 8))
        path.write_bytes(data)
        try:
            read_package(path)
        except PackageError as error:
            assert str(error).endswith(".")
    assert [p.name for p in tmp_path.iterdir()] == ["Satutuokio.somevahti"]
