"""The zip's table of contents, measured before zipfile parses it.

zipfile reads the whole central directory the end record points at and builds a ZipInfo
per entry, whatever the end record claims the entry count is: a 134 MB file claiming one
entry with three million directory entries took 17.5 s and 1.2 GB before the count check
could refuse it. Here the end record (zip64 too) is read, the directory's size is bounded
by what a package of `max_members` entries can need, and the entries are counted by
walking their headers ourselves. Nothing here trusts one number the file gives.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from composer.review_package.errors import PackageError
from composer.review_package.limits import PackageLimits, human_size

END = b"PK\x05\x06"
ZIP64_END = b"PK\x06\x06"
ZIP64_LOCATOR = b"PK\x06\x07"
ENTRY = b"PK\x01\x02"
END_SIZE, LOCATOR_SIZE, ZIP64_END_SIZE, ENTRY_SIZE = 22, 20, 56, 46
# A review package's entry: a name of at most 81 characters ("media/" + SHA-256 + ".ext")
# and small extra fields (zip64 sizes, timestamps). 1 KB each is generous.
ENTRY_BYTES_MAX = 1024


@dataclass(frozen=True)
class Directory:
    declared: int  # the entry count the end record claims
    size: int  # bytes of the central directory
    entries: int  # entries counted by walking it


def _end_record(handle, file_size: int) -> tuple[int, int, int, int] | None:
    """(declared count, directory size, directory offset, where the directory ends) or None."""
    handle.seek(max(0, file_size - (END_SIZE + 0xFFFF)))
    base = handle.tell()
    tail = handle.read()
    end = tail.rfind(END)
    if end < 0 or len(tail) - end < END_SIZE:
        return None
    _sig, _disk, _cd_disk, _here, count, size, offset, _comment = struct.unpack("<4sHHHHIIH", tail[end:end + END_SIZE])
    directory_end = base + end
    locator = tail[end - LOCATOR_SIZE:end] if end >= LOCATOR_SIZE else b""
    if locator.startswith(ZIP64_LOCATOR):
        record_at = int.from_bytes(locator[8:16], "little")
        if record_at >= file_size:
            return None
        handle.seek(record_at)
        record = handle.read(ZIP64_END_SIZE)
        if not record.startswith(ZIP64_END):
            return None
        count, size, offset = struct.unpack("<QQQ", record[32:56])
        directory_end = base + end - LOCATOR_SIZE - ZIP64_END_SIZE  # as zipfile finds it
    return count, size, offset, directory_end


def measure_directory(path: str | os.PathLike[str], limits: PackageLimits) -> Directory | None:
    """The central directory's claimed count, size and walked count; None when there is no
    end record (zipfile then says the file is not a zip). PackageError when the claims or
    the walk show more entries than `limits` allow, or a directory bigger than they need."""
    with open(path, "rb") as handle:
        file_size = handle.seek(0, os.SEEK_END)
        found = _end_record(handle, file_size)
        if found is None:
            return None
        declared, size, _offset, directory_end = found
        if declared > limits.max_members:
            raise PackageError("too_many_members", count=declared, limit=limits.max_members)
        bound = limits.max_members * ENTRY_BYTES_MAX
        if size > bound:
            raise PackageError("directory_too_big", size=human_size(size), limit=human_size(bound))
        start = directory_end - size  # where zipfile will look for it
        if start < 0:
            return Directory(declared, size, 0)  # zipfile refuses it as damaged
        handle.seek(start)
        data = handle.read(size)
    return Directory(declared, size, _count_entries(data, limits))


def _count_entries(data: bytes, limits: PackageLimits) -> int:
    """Entries in the directory bytes, walking header to header; too_many_members as soon
    as the count passes the limit (then the real count is reported)."""
    count, at = 0, 0
    while at + ENTRY_SIZE <= len(data) and data[at:at + 4] == ENTRY:
        name, extra, comment = struct.unpack("<HHH", data[at + 28:at + 34])
        at += ENTRY_SIZE + name + extra + comment
        count += 1
    if count > limits.max_members:
        raise PackageError("too_many_members", count=count, limit=limits.max_members)
    return count
