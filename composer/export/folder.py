"""The export folder appears whole or not at all.

Files are written into a hidden folder beside the target (same file system), which is
renamed into place at the end; on any failure it is removed. The target must not exist
or be an empty folder, so an export never mixes with or overwrites other files.
"""
from __future__ import annotations

import os
import secrets
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from composer.export.errors import ExportError
from composer.messages import render


def require_empty_folder(out_dir: Path, lang: str) -> None:
    """ExportError unless `out_dir` does not exist or is an empty folder."""
    if not (out_dir.exists() or out_dir.is_symlink()):
        return
    if not out_dir.is_dir():
        raise ExportError(render("export.error.not_a_folder", lang, folder=str(out_dir)))
    try:
        empty = next(out_dir.iterdir(), None) is None
    except OSError as exc:
        raise ExportError(unwritable(out_dir, exc, lang)) from None
    if not empty:
        raise ExportError(render("export.error.not_empty", lang, folder=str(out_dir)))


def unwritable(folder: Path, exc: OSError, lang: str) -> str:
    return render("export.error.unwritable", lang, folder=str(folder), reason=exc.strerror or str(exc))


@contextmanager
def staged_folder(out_dir: Path, lang: str) -> Iterator[Path]:
    """A fresh folder to write the export into; becomes `out_dir` when the block ends
    without an error. OSError inside the block becomes ExportError."""
    require_empty_folder(out_dir, lang)
    out_dir = out_dir.absolute()
    staging = _make_staging(out_dir, lang)
    try:
        yield staging
        if out_dir.is_dir():
            out_dir.rmdir()  # empty (checked above); fails if something appeared there meanwhile
        os.rename(staging, out_dir)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if out_dir.is_dir() and next(out_dir.iterdir(), None) is not None:
            raise ExportError(render("export.error.not_empty", lang, folder=str(out_dir))) from None
        raise ExportError(unwritable(out_dir, exc, lang)) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _make_staging(out_dir: Path, lang: str) -> Path:
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        while True:
            staging = out_dir.parent / f".{out_dir.name}.{secrets.token_hex(4)}.partial"
            try:
                staging.mkdir()  # honours the umask, unlike tempfile.mkdtemp's 0700
                return staging
            except FileExistsError:
                continue
    except OSError as exc:
        raise ExportError(unwritable(out_dir.parent, exc, lang)) from None
