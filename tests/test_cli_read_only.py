"""`somevahti list` and `export` on a data folder that cannot be written (issue 15 item
15), and draft ids from a package that carry terminal escape sequences."""
from __future__ import annotations

import os
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from composer.model.draft import Draft
from composer.model.draft_codec import draft_to_dict
from composer.storage import open_store
from composer.storage.database import DB_NAME
from tests.export_fixtures import approved, english_draft
from tests.test_cli_list_export import somevahti

pytestmark = pytest.mark.slow  # they load the language models or start the CLI in fresh processes


HOSTILE_ID = "\x1b]0;pwned\x07\x1b[2J7c1d2e3f-aaaa"


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """`folder` and its files cannot be written, even by root (immutable attribute)."""
    paths = [folder, *folder.iterdir()]
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr: cannot make a folder read-only")
        if subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True).returncode != 0:
            pytest.skip("this file system does not support the immutable attribute")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
        return
    modes = {p: p.stat().st_mode for p in paths}
    for p in paths:
        p.chmod(modes[p] & ~0o222)
    try:
        yield
    finally:
        for p in paths:
            p.chmod(modes[p])


def library(tmp_path: Path) -> tuple[Path, Draft, Draft]:
    xdg = tmp_path / "xdg"
    store, problem = open_store(xdg / "somevahti")
    assert problem is None
    good = approved(english_draft())
    hostile = Draft(id=HOSTILE_ID, title="Tervetuloa", master="Hei", channels=["facebook"])
    store.save_draft(draft_to_dict(good), 0)
    store.save_draft(draft_to_dict(hostile), 1)
    store.close()  # the last connection merges the write-ahead log and removes it
    return xdg, good, hostile


def test_list_reads_a_read_only_folder_and_prints_no_escape_sequences(tmp_path: Path) -> None:
    xdg, good, _hostile = library(tmp_path)
    folder = xdg / "somevahti"
    before = sorted(p.name for p in folder.iterdir())
    with read_only(folder):
        table = somevahti(xdg, "list", lang="en_US.UTF-8")
        as_json = somevahti(xdg, "list", "--json", lang="en_US.UTF-8")
    assert table.returncode == 0, table.stderr
    assert "\x1b" not in table.stdout and "\x07" not in table.stdout
    rows = table.stdout.splitlines()
    assert rows[1].startswith(good.id[:8]) and len(rows) == 3
    shown = "\\x1b]0;pwned\\x07\\x1b[2J7c1d2e3f-aaaa"
    assert rows[2].startswith(shown[:8] + "  ") and rows[2].endswith("Tervetuloa")
    assert as_json.returncode == 0, as_json.stderr
    assert '"\\u001b]0;pwned\\u0007' in as_json.stdout  # JSON escapes them
    assert sorted(p.name for p in folder.iterdir()) == before == [DB_NAME]


def test_export_finds_a_hostile_id_by_the_form_list_shows(tmp_path: Path) -> None:
    xdg, _good, _hostile = library(tmp_path)
    result = somevahti(xdg, "export", "\\x1b]0;pw", "--out", str(tmp_path / "out"), "--force-draft",
                       lang="en_US.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "Exported as a draft" in result.stdout and "\x1b" not in result.stdout + result.stderr


def test_export_from_a_read_only_folder_writes_the_files_and_says_the_state_was_not_saved(tmp_path: Path) -> None:
    xdg, good, _hostile = library(tmp_path)
    out = tmp_path / "out"
    with read_only(xdg / "somevahti"):
        result = somevahti(xdg, "export", good.id[:8], "--out", str(out), "--by", "Testaaja", lang="en_US.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "Exported:" in result.stdout and (out / "summary.json").is_file()
    assert "could not be saved" in result.stderr and "Traceback" not in result.stderr


def test_an_unmerged_write_ahead_log_in_a_read_only_folder_is_not_silently_skipped(tmp_path: Path) -> None:
    xdg, _good, _hostile = library(tmp_path)
    folder = xdg / "somevahti"
    store, _ = open_store(folder)
    later = Draft(title="Tallennettu viimeksi", master="Hei", channels=["x"])
    store.save_draft(draft_to_dict(later), 2)
    shutil.copy(folder / DB_NAME, tmp_path / "main")
    shutil.copy(folder / f"{DB_NAME}-wal", tmp_path / "wal")
    store.close()
    # What a crash leaves: the main file without the last save, and the log that has it.
    shutil.copy(tmp_path / "main", folder / DB_NAME)
    shutil.copy(tmp_path / "wal", folder / f"{DB_NAME}-wal")
    with read_only(folder):
        result = somevahti(xdg, "list", lang="en_US.UTF-8")
    assert ("Tallennettu viimeksi" in result.stdout) or (
        result.returncode == 2 and "not yet merged" in result.stderr), (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
