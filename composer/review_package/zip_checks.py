"""The zip file itself: opened carefully, every entry vetted before any is read.

Nothing is extracted to disk; members are read into memory through a bounded reader.
zipfile never returns more bytes than a member's declared size (it cuts the stream there
and the CRC check then fails), and the bounded reader stops at the limit on its own too.
"""
from __future__ import annotations

import os
import re
import stat
import unicodedata
import zipfile
import zlib
from pathlib import Path

from composer.review_package.central_directory import measure_directory
from composer.review_package.errors import PackageError
from composer.review_package.layout import MANIFEST, MEDIA_NAME
from composer.review_package.limits import PackageLimits, human_size

_DRIVE = re.compile(r"^[A-Za-z]:")
_ENCRYPTED = 0x1 | 0x40  # traditional and strong encryption flags
_DOS_DIRECTORY = 0x10
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError)


def open_archive(path: str | os.PathLike[str], limits: PackageLimits) -> zipfile.ZipFile:
    name = Path(path).name
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise PackageError("not_zip", name=name)
        if info.st_size > limits.max_file_bytes:
            raise PackageError("file_too_big", limit=human_size(limits.max_file_bytes))
        with open(path, "rb") as handle:
            signature = handle.read(4)
        measure_directory(path, limits)  # before zipfile reads a possibly huge directory
        return zipfile.ZipFile(path)
    except PackageError:
        raise
    except OSError as exc:
        raise PackageError("cannot_open", name=name, detail=exc.strerror or exc) from None
    except _READ_ERRORS:  # zipfile's many ways of saying the bytes are not a sound zip
        raise PackageError("damaged" if signature.startswith(b"PK") else "not_zip", name=name) from None


def unsafe_name(info: zipfile.ZipInfo) -> bool:
    """Absolute, drive-lettered, backslashed, `..` or `.` parts, control characters, or a
    NUL that zipfile quietly cut the name at."""
    name = info.filename
    if info.orig_filename != name or not name or "\\" in name or name.startswith("/") or _DRIVE.match(name):
        return True
    if any(ord(c) < 32 or c == "\x7f" for c in name):
        return True
    parts = name.split("/")
    body = parts[:-1] if parts[-1] == "" else parts  # "media/" is a directory: vetted below
    return any(part in ("", ".", "..") for part in body)


def vet_members(infos: list[zipfile.ZipInfo], limits: PackageLimits) -> None:
    """Refuse the package unless every entry is a plain, safely named, unencrypted file of
    the review-package layout, within the size and compression limits."""
    if len(infos) > limits.max_members:
        raise PackageError("too_many_members", count=len(infos), limit=limits.max_members)
    seen: set[str] = set()
    total = 0
    for info in infos:
        member = info.filename
        if unsafe_name(info):
            raise PackageError("unsafe_name", member=info.orig_filename)
        key = unicodedata.normalize("NFC", member).casefold()
        if key in seen:
            raise PackageError("duplicate_name", member=member)
        seen.add(key)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageError("symlink", member=member)
        if info.is_dir() or info.external_attr & _DOS_DIRECTORY or (stat.S_IFMT(mode) and not stat.S_ISREG(mode)):
            raise PackageError("not_regular", member=member)
        if info.flag_bits & _ENCRYPTED:
            raise PackageError("encrypted", member=member)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError("unsupported_compression", member=member)
        limit = member_limit(member, limits)
        if info.file_size > limit:
            raise PackageError("member_too_big", member=member, limit=human_size(limit))
        total += info.file_size
        if total > limits.max_total_bytes:
            raise PackageError("total_too_big", limit=human_size(limits.max_total_bytes))
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise PackageError("zip_bomb", member=member, ratio=limits.max_ratio)
        if member != MANIFEST and not MEDIA_NAME.fullmatch(member):
            raise PackageError("unexpected_member", member=member)


def member_limit(member: str, limits: PackageLimits) -> int:
    return limits.max_json_bytes if member == MANIFEST else limits.max_media_bytes


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: PackageLimits) -> bytes:
    """The member's bytes, never more than its limit whatever its header says."""
    limit = member_limit(info.filename, limits)
    chunks, size = [], 0
    try:
        with archive.open(info) as stream:
            while block := stream.read(min(1 << 20, limit + 1 - size)):
                size += len(block)
                if size > limit:
                    raise PackageError("member_too_big", member=info.filename, limit=human_size(limit))
                chunks.append(block)
    except PackageError:
        raise
    except _READ_ERRORS:
        raise PackageError("damaged", name=Path(archive.filename or "").name) from None
    return b"".join(chunks)
