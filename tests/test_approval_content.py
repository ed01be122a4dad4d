"""The content an approval covers: a stable hash that every approved part changes, and a
short description of what changed."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from checks.model import Media
from composer.approval.content import MISSING_FILE, content_and_hash, content_json, variant_content, what_changed
from composer.model.draft import Draft, PaidRecord
from composer.model.draft_change import Part
from composer.messages import catalogue


def media_file(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


def library_draft(folder: Path) -> Draft:
    """A Finnish library post with two images and a video, paid."""
    draft = Draft(title="Satutuokio", master="Satutuokio pääkirjastossa lauantaina klo 11. Tervetuloa!",
                  channels=["facebook", "instagram"], author="Maija Meikäläinen")
    draft.add_media(Media("image", "Lapsia lukemassa lastenosastolla.", None,
                          media_file(folder, "lapset.jpg", b"\xff\xd8 lapset lukevat")))
    draft.add_media(Media("image", "Satutäti kirjan kanssa.", None,
                          media_file(folder, "satutati.jpg", b"\xff\xd8 satutati")))
    draft.add_media(Media("video", None, True, media_file(folder, "kutsu.mp4", b"\x00\x00 video kutsu")))
    draft.set_paid(True, PaidRecord("kirjastotoimenjohtaja", "mavi-tiimi", "2026-11-20"))
    return draft


def digest(draft: Draft, channel: str = "facebook") -> str:
    return content_and_hash(draft, channel)[1]


def test_the_hash_is_stable_and_the_json_canonical(tmp_path: Path) -> None:
    first, second = library_draft(tmp_path), library_draft(tmp_path)
    text, value = content_and_hash(first, "facebook")
    assert value == digest(second) == digest(first)
    assert len(value) == 64 and int(value, 16) >= 0
    assert text == json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert "pääkirjastossa" in text  # readable UTF-8, not \\u escapes
    content = variant_content(first, "facebook")
    assert [m["kind"] for m in content["media"]] == ["image", "image", "video"]
    assert content["media"][0]["sha256"] != content["media"][1]["sha256"]
    assert "path" not in content["media"][0]


def test_nfc_and_nfd_spellings_of_the_same_text_hash_the_same(tmp_path: Path) -> None:
    nfc = Draft(master=unicodedata.normalize("NFC", "Äänestä ja löydä säätiön tiedote – Åbo"), channels=["x"])
    nfd = Draft(master=unicodedata.normalize("NFD", "Äänestä ja löydä säätiön tiedote – Åbo"), channels=["x"])
    assert nfc.master != nfd.master
    assert digest(nfc, "x") == digest(nfd, "x")
    windows = Draft(master="Rivi yksi\r\nRivi kaksi", channels=["x"])
    assert digest(windows, "x") == digest(Draft(master="Rivi yksi\nRivi kaksi", channels=["x"]), "x")


def test_the_paths_of_the_same_bytes_do_not_matter(tmp_path: Path) -> None:
    draft = library_draft(tmp_path)
    before = digest(draft)
    copy = tmp_path / "data" / "kopio.jpg"
    copy.parent.mkdir()
    copy.write_bytes(Path(draft.media[0].path).read_bytes())
    draft.update_media(0, path=str(copy))
    assert digest(draft) == before


EDITS = {
    "text": lambda d, folder: d.set_master(d.master + " "),
    "variant text": lambda d, folder: d.set_variant_text("facebook", "Satutuokio lauantaina."),
    "media bytes": lambda d, folder: Path(d.media[1].path).write_bytes(b"\xff\xd8 toinen kuva, eri tavut"),
    "other file": lambda d, folder: d.update_media(1, path=media_file(folder, "uusi.jpg", b"\xff\xd8 uusi")),
    "alt text": lambda d, folder: d.update_media(0, alt="Lapsia lukemassa."),
    "captions": lambda d, folder: d.update_media(2, captions=False),
    "paid flag": lambda d, folder: d.set_paid(False),
    "paid record": lambda d, folder: d.set_paid(True, PaidRecord("kirjastotoimenjohtaja", "mavi-tiimi", "2026-11-21")),
    "media added": lambda d, folder: d.add_media(Media("image", "Kirjaston ovi.", None, None)),
    "media removed": lambda d, folder: d.remove_media(2),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_every_approved_part_changes_the_hash(tmp_path: Path, edit: str) -> None:
    draft = library_draft(tmp_path)
    before = digest(draft)
    EDITS[edit](draft, tmp_path)
    assert digest(draft) != before


def test_another_channel_has_its_own_content(tmp_path: Path) -> None:
    draft = library_draft(tmp_path)
    before = digest(draft, "facebook")
    draft.set_variant_text("instagram", "Satutuokio la klo 11 📚 #kirjasto")
    assert digest(draft, "facebook") == before
    assert digest(draft, "instagram") != digest(draft, "facebook")


def test_a_missing_file_is_marked_not_a_crash(tmp_path: Path) -> None:
    draft = library_draft(tmp_path)
    before = digest(draft)
    Path(draft.media[1].path).unlink()
    assert variant_content(draft, "facebook")["media"][1]["sha256"] == MISSING_FILE
    assert digest(draft) != before


def changed_after(draft: Draft, edit, channel: str = "facebook") -> list[str]:
    approved = content_json(draft, channel)
    edit(draft)
    return what_changed(approved, content_json(draft, channel))


@pytest.mark.parametrize("edit, expected", [
    (lambda d: d.set_master("Satutuokio peruttu."), ["text"]),
    (lambda d: d.update_media(1, alt="Satutäti lukee."), ["alt text of image 2"]),
    (lambda d: d.update_media(2, captions=False), ["captions of video 3"]),
    (lambda d: d.set_paid(True, PaidRecord("sivistysjohtaja", "mavi-tiimi", "2026-11-20")), ["paid-campaign record"]),
    (lambda d: d.set_paid(False), ["paid flag"]),
    (lambda d: d.add_media(Media("image", "Kirjaston ovi.", None, None)), ["image 4 added"]),
    (lambda d: d.remove_media(1), ["image 2 removed"]),
    (lambda d: d.remove_media(0), ["image 1 removed"]),
    (lambda d: (d.set_master("Uusi teksti."), d.update_media(0, alt="Lapset.")), ["text", "alt text of image 1"]),
])
def test_what_changed_names_the_part(tmp_path: Path, edit, expected: list[str]) -> None:
    assert changed_after(library_draft(tmp_path), edit) == expected


def test_a_replaced_or_missing_image_is_named(tmp_path: Path) -> None:
    draft = library_draft(tmp_path)
    other = media_file(tmp_path, "toinen.jpg", b"\xff\xd8 aivan toinen kuva")
    assert changed_after(draft, lambda d: d.update_media(0, path=other)) == ["image 1 replaced"]
    draft = library_draft(tmp_path)
    assert changed_after(draft, lambda d: Path(d.media[2].path).unlink()) == ["file of video 3 is missing"]


def test_moved_media_are_an_order_change_not_replacements(tmp_path: Path) -> None:
    draft = library_draft(tmp_path)

    def swap(d: Draft) -> None:
        first = d.media[0]
        d.remove_media(0)
        d.add_media(first)

    assert changed_after(draft, swap) == ["order of images and videos"]


def test_an_inserted_image_does_not_look_like_replacements(tmp_path: Path) -> None:
    draft = library_draft(tmp_path)
    new = Media("image", "Kirjaston ovi.", None, media_file(tmp_path, "ovi.jpg", b"\xff\xd8 ovi"))
    assert changed_after(draft, lambda d: (d.media.insert(0, new), d._changed(Part.MEDIA))) == ["image 1 added"]


def test_nothing_changed_and_unreadable_records() -> None:
    draft = Draft(master="Stadsbiblioteket har öppet på lördag.", channels=["facebook"])
    same = content_json(draft, "facebook")
    assert what_changed(same, content_json(draft, "facebook")) == []
    assert what_changed("{not json", same) == ["content"]


def test_swedish_and_english_posts_are_hashed_alike(tmp_path: Path) -> None:
    sv = Draft(master="Sagostund på huvudbiblioteket på lördag kl. 11.", channels=["facebook"])
    en = Draft(master="Story time at the main library on Saturday at 11.", channels=["facebook"])
    assert digest(sv) != digest(en)
    assert changed_after(sv, lambda d: d.set_master("Sagostunden är inställd.")) == ["text"]


def test_every_description_is_a_message_key() -> None:
    # The texts live in one table, so a translation only has to follow its keys.
    english = catalogue("en")
    assert english["approval.changed.text"] == "text"
    assert english["approval.changed.image.alt"].format(number=2) == "alt text of image 2"
