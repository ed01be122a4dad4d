"""The export folder: texts byte for byte, media numbered in the post's order, drafts
that are not approved refused or marked in every file, and nothing half-written or
internal ever left in it."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from checks.model import Finding, Media, Severity
from composer.export import ExportError, ExportNotApproved, export_draft, is_final
from tests.export_fixtures import (
    INTERNAL_COMMENT, INTERNAL_NOTE, approved, english_draft, finnish_draft, swedish_draft,
)

AT = "2026-11-23T10:15:00Z"
PREFIX = "LUONNOS-UTKAST-DRAFT_"
MARKER = "LUONNOS / UTKAST / DRAFT – ei hyväksytty / inte godkänd / not approved\n\n"


def no_findings(draft) -> dict[str, list[Finding]]:
    return {channel: [] for channel in draft.channels}


def test_finnish_texts_are_exactly_what_is_pasted(tmp_path: Path) -> None:
    draft = approved(finnish_draft(tmp_path / "src"))
    assert unicodedata.is_normalized("NFD", draft.master) and not unicodedata.is_normalized("NFC", draft.master)
    result = export_draft(draft, no_findings(draft), tmp_path / "out", lang="fi", by="Maija", exported_at=AT)
    assert result.final
    for channel in ("facebook", "instagram"):
        data = (tmp_path / "out" / f"{channel}.txt").read_bytes()
        assert data == unicodedata.normalize("NFC", draft.master).encode("utf-8")
        assert "pääkirjastoon".encode("utf-8") in data and "Öisiä".encode("utf-8") in data
        assert "👩‍👩‍👧".encode("utf-8") in data and not data.startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "out" / "x.txt").read_bytes() == "Satutuokio pääkirjastossa la klo 11 📚 #KokkolaKarleby".encode()


def test_swedish_and_english_texts(tmp_path: Path) -> None:
    sv = swedish_draft()
    sv.set_variant_text("linkedin", "Sagostund på lördag – välkommen! Åtta böcker åt gången.")
    en = english_draft()
    for draft, lang in ((approved(sv), "sv"), (approved(en), "en")):
        out = tmp_path / lang
        result = export_draft(draft, no_findings(draft), out, lang=lang, exported_at=AT)
        for channel in draft.channels:
            assert (out / f"{channel}.txt").read_bytes() == draft.text_for(channel).encode("utf-8")
        assert result.files == tuple(sorted([f"{c}.txt" for c in draft.channels]
                                            + ["summary.html", "summary.json", "summary.md"]))


def test_media_are_numbered_in_the_post_order_with_alt_texts_beside(tmp_path: Path) -> None:
    draft = approved(finnish_draft(tmp_path / "src"))
    result = export_draft(draft, no_findings(draft), tmp_path / "out", lang="fi", exported_at=AT)
    assert result.files == ("facebook.txt", "image-01.alt.txt", "image-01.jpg", "image-03.alt.txt", "image-03.png",
                            "instagram.txt", "summary.html", "summary.json", "summary.md", "video-02.alt.txt",
                            "video-02.mp4", "x.txt")
    out = tmp_path / "out"
    assert (out / "image-01.alt.txt").read_text("utf-8") == "Lapsia kuuntelemassa satua kirjaston lastenosastolla."
    assert (out / "video-02.mp4").read_bytes() == Path(draft.media[1].path).read_bytes()
    media = json.loads((out / "summary.json").read_text("utf-8"))["media"]
    assert [(m["file"], m["metadata_removed"]) for m in media] == [
        ("image-01.jpg", True), ("video-02.mp4", False), ("image-03.png", True)]
    html = (out / "summary.html").read_text("utf-8")
    assert "Videon metatietoja EI ole poistettu" in html


def test_not_approved_is_refused_without_force(tmp_path: Path) -> None:
    draft = finnish_draft(tmp_path / "src")
    assert not is_final(draft)
    with pytest.raises(ExportNotApproved) as raised:
        export_draft(draft, no_findings(draft), tmp_path / "out", lang="fi")
    assert str(raised.value) == ("Luonnosta ei ole hyväksytty näille kanaville: Facebook, X, Instagram. "
                                 "Sen voi viedä vain luonnokseksi merkittynä.")
    assert not (tmp_path / "out").exists()


def test_an_edit_after_approval_makes_the_export_a_draft_again(tmp_path: Path) -> None:
    draft = approved(finnish_draft(tmp_path / "src"))
    assert is_final(draft)
    draft.set_variant_text("x", "Satutuokio peruttu")
    assert not is_final(draft)
    with pytest.raises(ExportNotApproved, match="X"):
        export_draft(draft, no_findings(draft), tmp_path / "out", lang="fi")


def test_forced_draft_export_marks_every_file(tmp_path: Path) -> None:
    draft = finnish_draft(tmp_path / "src")
    result = export_draft(draft, no_findings(draft), tmp_path / "out", lang="sv", force_draft=True, exported_at=AT)
    out = tmp_path / "out"
    assert not result.final
    assert sorted(p.name for p in out.iterdir()) == list(result.files)
    assert all(name.startswith(PREFIX) for name in result.files) and len(result.files) == 12
    for name in ("facebook.txt", "x.txt", "instagram.txt"):
        text = (out / (PREFIX + name)).read_text("utf-8")
        assert text.startswith(MARKER)
        assert text[len(MARKER):] == unicodedata.normalize("NFC", draft.text_for(name[:-4]))
    assert (out / f"{PREFIX}image-01.alt.txt").read_text("utf-8").startswith(MARKER)
    summary = json.loads((out / f"{PREFIX}summary.json").read_text("utf-8"))
    assert summary["final"] is False
    assert summary["channels"][0]["file"] == f"{PREFIX}facebook.txt"
    assert (out / f"{PREFIX}summary.md").read_text("utf-8").startswith("> **LUONNOS / UTKAST / DRAFT")
    html = (out / f"{PREFIX}summary.html").read_text("utf-8")
    assert html.index('class="draft-banner"') < html.index("<h1>")
    assert "Inlägget är inte godkänt" in html


def test_comments_and_workflow_notes_are_never_exported(tmp_path: Path) -> None:
    draft = approved(finnish_draft(tmp_path / "src"))
    for force, out in ((False, tmp_path / "final"), (True, tmp_path / "forced")):
        export_draft(draft, no_findings(draft), out, lang="fi", force_draft=force, exported_at=AT)
        for path in out.iterdir():
            data = path.read_bytes()
            assert INTERNAL_COMMENT.encode("utf-8") not in data, path.name
            assert INTERNAL_NOTE.encode("utf-8") not in data, path.name


def test_overridden_and_ignored_findings_are_reported_with_reason_and_who(tmp_path: Path) -> None:
    draft = finnish_draft(tmp_path / "src")
    hetu = Finding(rule="personal_data.hetu", category="personal_data", severity=Severity.ERROR, start=0, end=11,
                   target="text", excerpt="131052-308T", message="Teksti sisältää henkilötunnuksen.")
    shouting = Finding(rule="tone.shouting", category="tone", severity=Severity.WARNING, start=None, end=None,
                       target="text", excerpt="!!!", message="Huutomerkkejä on monta.")
    alt = Finding(rule="accessibility.alt_missing", category="accessibility", severity=Severity.WARNING, start=None,
                  end=None, target="media:2", excerpt="", message="Kuvalta 3 puuttuu vaihtoehtoinen teksti.")
    draft.ignore(hetu, "Testihenkilön keksitty tunnus.", by="Pekka Virtanen")
    draft.ignore(shouting, "Lasten tapahtuma.", by="Maija Meikäläinen")
    findings = {"facebook": [shouting, hetu, alt], "x": [alt]}  # instagram: not checked
    export_draft(approved(draft), findings, tmp_path / "out", lang="fi", exported_at=AT)
    summary = json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))
    facebook, x, instagram = summary["channels"]
    assert [f["rule"] for f in facebook["findings"]] == ["accessibility.alt_missing"]
    assert [(f["rule"], f["overridden"], f["reason"], f["by"]) for f in facebook["ignored"]] == [
        ("personal_data.hetu", True, "Testihenkilön keksitty tunnus.", "Pekka Virtanen"),
        ("tone.shouting", False, "Lasten tapahtuma.", "Maija Meikäläinen")]
    assert x["checked"] and not x["ignored"] and not instagram["checked"]
    md = (tmp_path / "out" / "summary.md").read_text("utf-8")
    assert "**Virhe, ohitettu virhe** · Henkilötiedot: Teksti sisältää henkilötunnuksen. – ”131052-308T”" in md
    assert "Perustelu (Pekka Virtanen): Testihenkilön keksitty tunnus." in md
    assert "**Varoitus** · Saavutettavuus · Kuva 3: Kuvalta 3 puuttuu" in md
    assert "Tarkistuksia ei ajettu tälle kanavalle." in md


def test_summary_counts_each_channel_its_own_way(tmp_path: Path) -> None:
    draft = approved(english_draft())
    export_draft(draft, no_findings(draft), tmp_path / "out", lang="en", exported_at=AT)
    counts = {c["channel"]: c["count"] for c in json.loads((tmp_path / "out" / "summary.json").read_text())["channels"]}
    # X: the emoji weighs 2; Bluesky counts graphemes (the emoji is one)
    text = draft.master
    assert counts["x"] == {"total": len(text) + 1, "limit": 280, "unit": "twitter", "over_by": 0}
    assert counts["bluesky"] == {"total": len(text), "limit": 300, "unit": "graphemes", "over_by": 0}


# -- the folder ----------------------------------------------------------------------
def test_a_folder_that_is_not_empty_is_refused_and_left_alone(tmp_path: Path) -> None:
    draft = approved(english_draft())
    out = tmp_path / "out"
    out.mkdir()
    (out / "muistio.txt").write_text("tärkeä", "utf-8")
    with pytest.raises(ExportError, match="not empty"):
        export_draft(draft, no_findings(draft), out, lang="en")
    assert [p.name for p in out.iterdir()] == ["muistio.txt"]
    file = tmp_path / "file.txt"
    file.write_text("x")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        export_draft(draft, no_findings(draft), file, lang="en")


def test_an_empty_folder_and_a_missing_parent_are_fine(tmp_path: Path) -> None:
    draft = approved(english_draft())
    (tmp_path / "empty").mkdir()
    assert export_draft(draft, no_findings(draft), tmp_path / "empty", lang="en").files
    assert export_draft(draft, no_findings(draft), tmp_path / "a" / "b" / "c", lang="en").files
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "empty"]


def test_a_missing_image_names_its_number_and_leaves_nothing(tmp_path: Path) -> None:
    draft = finnish_draft(tmp_path / "src")
    Path(draft.media[2].path).unlink()
    with pytest.raises(ExportError) as raised:
        export_draft(draft, no_findings(draft), tmp_path / "out" / "vienti", lang="fi", force_draft=True)
    assert str(raised.value).startswith("Kuva 3: tiedostoa ei löydy")
    assert list((tmp_path / "out").iterdir()) == []


def test_an_unreadable_image_is_a_plain_error(tmp_path: Path) -> None:
    broken = tmp_path / "rikki.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    draft = english_draft()
    draft.add_media(Media("image", "Broken", None, str(broken)))
    approved(draft)
    with pytest.raises(ExportError, match=r"^Image 1 is not a readable image \(.+\)\. Replace the image"):
        export_draft(draft, no_findings(draft), tmp_path / "out", lang="en")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rikki.jpg"]


def test_a_failure_while_writing_leaves_nothing_half_written(tmp_path: Path, monkeypatch) -> None:
    draft = approved(finnish_draft(tmp_path / "src"))
    written = []
    original = Path.write_bytes

    def full_disk(self: Path, data: bytes) -> int:
        if len(written) == 4:
            raise OSError(28, "No space left on device")
        written.append(self.name)
        return original(self, data)

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    with pytest.raises(ExportError, match=r"^Kansioon .*out ei voi kirjoittaa \(No space left on device\)"):
        export_draft(draft, no_findings(draft), tmp_path / "out", lang="fi")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src"]
