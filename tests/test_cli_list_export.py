"""`somevahti list` and `somevahti export` end to end, in fresh processes with their own
data folder: tables and JSON, exit codes, the "exported" step stored, a damaged database
reported and left alone, the same files as the window's export, and no Qt."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from composer.model.draft import Draft
from composer.model.draft_codec import draft_from_dict, draft_to_dict
from composer.storage import open_store
from composer.storage.database import DB_NAME
from tests.export_fixtures import approved, english_draft, finnish_draft, swedish_draft
from tests.reviewer_keys import XDG_CONFIG
from tests.without_qt import REPO, run_without_qt

AT = "2026-11-23T10:15:00Z"


def make_library(tmp_path: Path) -> tuple[Path, dict[str, Draft]]:
    """XDG_DATA_HOME with a Finnish approved draft (photo, video, PNG), a Swedish draft
    still being written and an English approved one."""
    drafts = {"fi": approved(finnish_draft(tmp_path / "src")), "sv": swedish_draft(), "en": approved(english_draft())}
    xdg = tmp_path / "xdg"
    store, problem = open_store(xdg / "somevahti")
    assert problem is None
    for position, draft in enumerate(drafts.values()):
        store.save_draft(draft_to_dict(draft), position)
    store.close()
    return xdg, drafts


def stored(xdg: Path) -> dict[str, Draft]:
    store, _problem = open_store(xdg / "somevahti")
    try:
        return {data["id"]: draft_from_dict(data) for data in store.load_all()}
    finally:
        store.close()


def somevahti(xdg: Path, *args: str, lang: str = "fi_FI.UTF-8") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(XDG_DATA_HOME=str(xdg), XDG_CONFIG_HOME=str(XDG_CONFIG), LANG=lang, PYTHONUTF8="1",
               PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "composer.launcher", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=300, cwd=REPO)


def test_list_as_a_table_and_as_json(tmp_path: Path) -> None:
    xdg, drafts = make_library(tmp_path)
    table = somevahti(xdg, "list")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["TUNNUS", "TILA", "KANAVAT", "OTSIKKO"]
    assert lines[1].startswith(drafts["fi"].id[:8] + "  Hyväksytty")
    assert lines[1].endswith("facebook, x, instagram  Kirjaston satutuokio")
    assert lines[2].startswith(drafts["sv"].id[:8] + "  Luonnos") and lines[2].endswith("Sagostund")
    assert len({line.index("KANAVAT") if i == 0 else line.index("facebook" if i < 3 else "x, bluesky")
                for i, line in enumerate(lines)}) == 1  # aligned columns
    listed = somevahti(xdg, "list", "--json", lang="sv_FI.UTF-8")
    assert listed.returncode == 0 and listed.stderr == ""
    rows = json.loads(listed.stdout)
    approvals = [row.pop("approvals") for row in rows]
    assert rows == [
        {"id": drafts["fi"].id, "title": "Kirjaston satutuokio", "state": "approved",
         "channels": ["facebook", "x", "instagram"]},
        {"id": drafts["sv"].id, "title": "Sagostund", "state": "draft", "channels": ["facebook", "linkedin"]},
        {"id": drafts["en"].id, "title": "Story hour", "state": "approved", "channels": ["x", "bluesky"]}]
    assert approvals[1] == {"facebook": None, "linkedin": None}
    pekka = approvals[0]["x"]
    assert (pekka["reviewer"], pekka["state"], pekka["trust"], pekka["counts"], pekka["self_approval"]) == (
        "Pekka Virtanen", "current", "verified", True, False)
    assert pekka["key_fingerprint"] == "41dc b0b3 709e d82a"  # the key tests/reviewer_keys.py lists
    swedish = somevahti(xdg, "list", lang="sv_SE.UTF-8").stdout
    assert "STATUS" in swedish and "Utkast" in swedish and "Godkänt" in swedish


def test_list_without_a_database_creates_nothing(tmp_path: Path) -> None:
    result = somevahti(tmp_path / "xdg", "list", "--lang", "en")
    assert (result.returncode, result.stdout) == (0, "There are no saved drafts.\n")
    assert somevahti(tmp_path / "xdg", "list", "--json").stdout == "[]\n"
    assert not (tmp_path / "xdg").exists()


def test_final_export_writes_the_files_and_records_the_step(tmp_path: Path) -> None:
    xdg, drafts = make_library(tmp_path)
    out = tmp_path / "vienti"
    result = somevahti(xdg, "export", drafts["fi"].id[:6].upper(), "--out", str(out), "--by", "Maija  Meikäläinen")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"Viety: Kirjaston satutuokio → {out} (12 tiedostoa)"
    assert result.stdout.splitlines()[-1] == "Luonnoksen tilaksi merkittiin ”viety”."
    assert sorted(p.name for p in out.iterdir()) == [line.strip() for line in result.stdout.splitlines()[1:-1]]
    assert (out / "facebook.txt").read_text("utf-8").startswith("Tervetuloa pääkirjastoon lauantaina klo 11!")
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert summary["final"] and summary["exported_by"] == "Maija Meikäläinen" and summary["language"] == "fi"
    assert summary["channels"][0]["checked"]  # the CLI ran the checks
    draft = stored(xdg)[drafts["fi"].id]
    assert draft.state == "exported"
    assert (draft.history[-1].from_state, draft.history[-1].to_state, draft.history[-1].by) == (
        "approved", "exported", "Maija Meikäläinen")
    assert json.loads(somevahti(xdg, "list", "--json").stdout)[0]["state"] == "exported"


def test_not_approved_exits_one_and_says_how_to_force(tmp_path: Path) -> None:
    xdg, drafts = make_library(tmp_path)
    out = tmp_path / "vienti"
    refused = somevahti(xdg, "export", drafts["sv"].id, "--out", str(out), "--lang", "sv")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == ("somevahti export: Utkastet är inte godkänt för de här kanalerna: Facebook, LinkedIn. "
                              "Det kan bara exporteras märkt som utkast. Om du ändå vill exportera det, lägg till "
                              "--force-draft: varje fil märks då LUONNOS / UTKAST / DRAFT.\n")
    assert not out.exists()
    forced = somevahti(xdg, "export", drafts["sv"].id, "--out", str(out), "--lang", "sv", "--force-draft")
    assert forced.returncode == 0, forced.stderr
    assert forced.stdout.startswith("Exporterat som utkast, inte godkänt: Sagostund")
    assert all(p.name.startswith("LUONNOS-UTKAST-DRAFT_") for p in out.iterdir())
    assert stored(xdg)[drafts["sv"].id].history == []  # a draft export records nothing


@pytest.mark.parametrize("args, message", [
    (["export", "ffff", "--out", "{out}"], "There is no draft whose id is or starts with ffff."),
    (["export", "abc", "--out", "{out}"], "More than one draft has an id starting with abc (abc11111, abc22222)."),
    (["export", "abc1", "--out", "{full}"], "The folder {full} is not empty."),
    (["export", "abc1"], "the following arguments are required: --out (see somevahti export --help)"),
    (["list", "--format", "csv"], "unrecognized arguments: --format csv (see somevahti list --help)"),
])
def test_bad_input_exits_two(tmp_path: Path, args: list[str], message: str) -> None:
    xdg = tmp_path / "xdg"
    store, _problem = open_store(xdg / "somevahti")
    for position, draft_id in enumerate(("abc11111aaaa", "abc22222bbbb")):
        store.save_draft(draft_to_dict(approved(Draft(id=draft_id, title="Testi", master="Hei", channels=["x"]))),
                         position)
    store.close()
    full = tmp_path / "full"
    full.mkdir()
    (full / "vanha.txt").write_text("säilytä", "utf-8")
    values = {"out": str(tmp_path / "out"), "full": str(full)}
    result = somevahti(xdg, *[a.format(**values) for a in args], "--lang", "en")
    assert result.returncode == 2 and result.stdout == ""
    assert message.format(**values) in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() and [p.name for p in full.iterdir()] == ["vanha.txt"]


def test_a_damaged_database_is_reported_and_never_touched(tmp_path: Path) -> None:
    folder = tmp_path / "xdg" / "somevahti"
    folder.mkdir(parents=True)
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 40
    (folder / DB_NAME).write_bytes(damaged)
    for args in (["list"], ["export", "abc", "--out", str(tmp_path / "out")]):
        result = somevahti(tmp_path / "xdg", *args)
        assert result.returncode == 2
        assert f"Luonnosten tietokanta {folder / DB_NAME} on vioittunut" in result.stderr
        assert "Traceback" not in result.stderr
    assert (folder / DB_NAME).read_bytes() == damaged
    assert [p.name for p in folder.iterdir()] == [DB_NAME]  # nothing moved aside, nothing added


def test_cli_and_window_give_identical_files(tmp_path: Path, monkeypatch) -> None:
    from composer.cli.export_command import main
    from composer.export import check_draft, export_draft
    xdg, drafts = make_library(tmp_path)
    before = stored(xdg)[drafts["fi"].id]  # as the window holds it before exporting
    monkeypatch.setattr("composer.export.export.now_iso", lambda: AT)
    monkeypatch.setattr("composer.messages._language", ["en"])  # the CLI sets the start-up language
    assert main([before.id, "--out", str(tmp_path / "cli"), "--data", str(xdg / "somevahti"), "--by", "Maija",
                 "--lang", "fi"]) == 0
    result = export_draft(before, check_draft(before, "fi"), tmp_path / "window", lang="fi", by="Maija",
                          exported_at=AT)
    cli_files = sorted(p.name for p in (tmp_path / "cli").iterdir())
    assert cli_files == list(result.files)
    for name in cli_files:
        assert (tmp_path / "cli" / name).read_bytes() == (tmp_path / "window" / name).read_bytes(), name


def test_list_and_export_run_without_qt(tmp_path: Path) -> None:
    xdg, drafts = make_library(tmp_path)
    result = run_without_qt(f"""
        import os
        os.environ["XDG_CONFIG_HOME"] = {str(XDG_CONFIG)!r}
        from composer.launcher import main
        data = {str(xdg / "somevahti")!r}
        assert main(["list", "--data", data, "--lang", "en"]) == 0
        assert main(["export", {drafts["en"].id!r}, "--out", {str(tmp_path / "out")!r}, "--data", data]) == 0
        assert not [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")]
        print("qt-free")
    """, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Story hour" in result.stdout and result.stdout.endswith("qt-free\n")
    assert (tmp_path / "out" / "bluesky.txt").read_text("utf-8") == drafts["en"].master


def test_launcher_lists_titles_without_terminal_control_characters(tmp_path: Path, capsys, monkeypatch) -> None:
    from composer.launcher import main
    monkeypatch.setattr("composer.messages._language", ["en"])  # the CLI sets the start-up language
    xdg = tmp_path / "xdg"
    store, _problem = open_store(xdg / "somevahti")
    store.save_draft(draft_to_dict(Draft(title="Kesä\x1b[2J\x1b[31mkonsertti\n torilla", master="Hei",
                                         channels=["facebook"])), 0)
    store.close()
    assert main(["list", "--data", str(xdg / "somevahti"), "--lang", "fi"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and out.splitlines()[1].endswith("Luonnos  facebook  Kesä[2J[31mkonsertti torilla")
