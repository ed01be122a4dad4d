"""Review packages: maintainer → reviewer → maintainer, every import outcome, import twice."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from checks.model import Media
from composer.model.draft import Draft
from composer.model.draft_codec import draft_to_dict
from composer.model.draft_library import DraftLibrary
from composer.model.draft_records import Approval, Comment, StateChange
from composer.review_package import (CONFLICT, KEEP_MINE, NEW, OURS, SAME, TAKE_THEIRS, THEIRS, PackageError,
                                     apply_import, draft_fingerprint, package_file_name, plan_import, read_package,
                                     write_package)
from composer.approval.team import policy_for_pack
from composer.review_package.incoming import incoming_records
from composer.review_package.merge import TextDifference
from composer.model.media_sniff import sniff_media
from tests.without_qt import run_without_qt
from tests.review_package_fixtures import (RecordingStore, finnish_draft, listing, mp4_bytes, png_bytes, sha256,
                                           swedish_draft)

REVIEWER_X = "Satutuokio lauantaina klo 11 pääkirjastossa. Tervetuloa! #kirjasto"


class Side:
    """One person's Somevahti: a library, a media folder and a folder for package files."""

    def __init__(self, root: Path, who: str) -> None:
        self.who, self.library = who, DraftLibrary()
        self.store = RecordingStore(root / who / "media")
        self.outbox = root / who / "lähtevät"
        self.outbox.mkdir(parents=True)
        self.reply_bases: dict[str, str] = {}  # what storage would remember per draft

    def send(self, draft: Draft) -> Path:
        return write_package(draft, self.outbox / package_file_name(draft), self.who, self.reply_bases.get(draft.id))

    def accepted(self, plan):
        """The team records the user would be shown and accept (all that are not refused)."""
        policy = policy_for_pack(plan.package.draft.pack).with_user(self.who, "")
        return incoming_records(plan.local, plan.package.draft, policy)

    def receive(self, path: Path, choice: str | None = None):
        package = read_package(path)
        plan = plan_import(package, self.library.find(package.draft.id))
        result = apply_import(plan, choice, self.store, self.accepted(plan))
        if result.added:
            self.library.add(result.draft)
        self.reply_bases[result.draft.id] = result.reply_base
        return plan, result


@pytest.fixture
def maija(tmp_path: Path) -> Side:
    return Side(tmp_path, "Maija Mäkelä")


@pytest.fixture
def pekka(tmp_path: Path) -> Side:
    return Side(tmp_path, "Pekka Virtanen")


def sent_draft(side: Side, tmp_path: Path) -> Draft:
    draft = finnish_draft(tmp_path / "kuvat")
    draft.record_state(StateChange("draft", "in_review", side.who, "Tarkistathan", at="2026-11-23T09:00:00Z"))
    return side.library.add(draft)


def manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("package.json"))


def media_bytes(draft: Draft) -> list[bytes]:
    return [Path(m.path).read_bytes() for m in draft.media]


def test_round_trip_maintainer_reviewer_maintainer(maija: Side, pekka: Side, tmp_path: Path) -> None:
    draft = sent_draft(maija, tmp_path)
    original_media, original_fingerprint = media_bytes(draft), draft_fingerprint(draft)
    sent = maija.send(draft)
    assert sent.name == "Satutuokio.somevahti"

    plan, received = pekka.receive(sent)
    assert plan.outcome == NEW and received.added and len(pekka.library) == 1
    theirs = received.draft
    assert theirs.id == draft.id and draft_fingerprint(theirs) == original_fingerprint
    assert media_bytes(theirs) == original_media and theirs.state == "in_review"
    assert all(Path(m.path).parent == pekka.store.folder for m in theirs.media)

    theirs.set_variant_text("x", REVIEWER_X)
    theirs.add_comment(Comment("Pekka Virtanen", "Lyhensin X-tekstiä, muuten hyvä.", at="2026-11-23T10:00:00Z"))
    theirs.record_state(StateChange("in_review", "changes_requested", "Pekka Virtanen", "Katso kommentti",
                                    at="2026-11-23T10:01:00Z"))
    returned = pekka.send(theirs)
    assert manifest(returned)["base"] == manifest(sent)["base"] == original_fingerprint

    plan, result = maija.receive(returned)
    assert plan.outcome == THEIRS
    ours_x = "Satutuokio la klo 11 pääkirjastossa – tervetuloa! #kirjasto"
    assert TextDifference("x", REVIEWER_X, ours_x) in plan.texts
    assert result.draft is draft and not result.added and result.changed and len(maija.library) == 1
    assert draft.text_for("x") == REVIEWER_X and draft.state == "changes_requested"
    assert [c.body for c in draft.comments] == ["Lyhensin X-tekstiä, muuten hyvä."]
    assert [(h.from_state, h.to_state) for h in draft.history] == [("draft", "in_review"),
                                                                   ("in_review", "changes_requested")]
    assert media_bytes(draft) == original_media and draft.author == "Maija Mäkelä"


def test_importing_the_same_returned_file_twice_changes_nothing(maija: Side, pekka: Side, tmp_path: Path) -> None:
    draft = sent_draft(maija, tmp_path)
    _, received = pekka.receive(maija.send(draft))
    received.draft.set_master("Satutuokio lauantaina! Tervetuloa koko perhe.")
    received.draft.add_comment(Comment("Pekka Virtanen", "Muutin pääviestiä.", at="2026-11-23T10:00:00Z"))
    returned = pekka.send(received.draft)
    maija.receive(returned)
    before, calls_before = draft_to_dict(draft), list(maija.store.calls)
    heard: list[str] = []
    draft.on_change(lambda d, what: heard.append(what))

    plan, result = maija.receive(returned)

    assert plan.outcome == SAME and not result.changed and not result.added
    assert draft_to_dict(draft) == before and heard == [] and maija.store.calls == calls_before
    assert len(maija.library) == 1


def test_reviewer_opening_the_same_package_twice_gets_one_draft(maija: Side, pekka: Side, tmp_path: Path) -> None:
    sent = maija.send(sent_draft(maija, tmp_path))
    pekka.receive(sent)
    stored = listing(pekka.store.folder)
    plan, result = pekka.receive(sent)
    assert plan.outcome == SAME and not result.changed and len(pekka.library) == 1
    assert listing(pekka.store.folder) == stored


def test_reviewer_approves_without_editing_same_content_new_state(maija: Side, pekka: Side, tmp_path: Path) -> None:
    draft = sent_draft(maija, tmp_path)
    _, received = pekka.receive(maija.send(draft))
    approval = Approval("x", "Pekka Virtanen", "ab" * 32, '{"text": "…"}', at="2026-11-23T11:00:00Z")
    received.draft.set_approval(approval)
    received.draft.record_state(StateChange("in_review", "approved", "Pekka Virtanen", at="2026-11-23T11:00:00Z"))
    calls = len(maija.store.calls)

    plan, result = maija.receive(pekka.send(received.draft))

    assert plan.outcome == SAME and result.changed and plan.texts == ()
    assert draft.state == "approved" and draft.approvals == {"x": approval}
    assert len(maija.store.calls) == calls  # their media were not needed: our content stays


def test_only_we_edited_keeps_ours_and_takes_their_comments(maija: Side, pekka: Side, tmp_path: Path) -> None:
    draft = sent_draft(maija, tmp_path)
    _, received = pekka.receive(maija.send(draft))
    draft.set_master("Satutuokio siirtyy sunnuntaille klo 12.")
    received.draft.add_comment(Comment("Pekka Virtanen", "Näyttää hyvältä.", at="2026-11-23T10:00:00Z"))

    plan, result = maija.receive(pekka.send(received.draft))

    assert plan.outcome == OURS and result.changed
    assert draft.master == "Satutuokio siirtyy sunnuntaille klo 12."
    assert [c.body for c in draft.comments] == ["Näyttää hyvältä."]
    assert maija.store.calls == []


@pytest.mark.parametrize("choice", [KEEP_MINE, TAKE_THEIRS])
def test_both_edited_is_a_conflict_shown_not_overwritten(maija: Side, pekka: Side, tmp_path: Path, choice) -> None:
    draft = sent_draft(maija, tmp_path)
    _, received = pekka.receive(maija.send(draft))
    ours_x, theirs_x = "Satutuokio la klo 11, tervetuloa! #kirjasto #kokkola", REVIEWER_X
    draft.set_variant_text("x", ours_x)
    draft.add_comment(Comment("Maija Mäkelä", "Lisäsin tunnisteen.", at="2026-11-23T10:05:00Z"))
    received.draft.set_variant_text("x", theirs_x)
    received.draft.set_title("Satutuokio lauantaina")
    received.draft.add_comment(Comment("Pekka Virtanen", "Lyhensin tekstiä.", at="2026-11-23T10:00:00Z"))
    returned = pekka.send(received.draft)

    package = read_package(returned)
    plan = plan_import(package, draft)
    assert plan.outcome == CONFLICT and plan.needs_choice
    assert plan.texts == (TextDifference("x", theirs_x, ours_x),) and plan.other == ("title",)
    before = draft_to_dict(draft)
    with pytest.raises(ValueError, match="keep mine"):
        apply_import(plan, None, maija.store)
    assert draft_to_dict(draft) == before  # nothing overwritten without a choice

    result = apply_import(plan, choice, maija.store, maija.accepted(plan))

    assert result.changed and len(maija.library) == 1
    assert draft.text_for("x") == (ours_x if choice == KEEP_MINE else theirs_x)
    assert draft.title == ("Satutuokio" if choice == KEEP_MINE else "Satutuokio lauantaina")
    assert [c.body for c in draft.comments] == ["Lyhensin tekstiä.", "Lisäsin tunnisteen."]  # by time
    assert bool(maija.store.calls) == (choice == TAKE_THEIRS)
    plan = plan_import(read_package(returned), draft)
    again = apply_import(plan, choice, maija.store, maija.accepted(plan))
    assert not again.changed and len(draft.comments) == 2


def test_applying_a_stale_plan_is_refused(maija: Side, pekka: Side, tmp_path: Path) -> None:
    draft = sent_draft(maija, tmp_path)
    _, received = pekka.receive(maija.send(draft))
    received.draft.set_master("Uusi teksti")
    plan = plan_import(read_package(pekka.send(received.draft)), draft)
    draft.set_master("Muokattu suunnittelun jälkeen")
    with pytest.raises(ValueError, match="plan it again"):
        apply_import(plan, None, maija.store)


def test_swedish_round_trip_with_approval(tmp_path: Path) -> None:
    anna, erik = Side(tmp_path, "Anna Berg"), Side(tmp_path, "Erik Lund")
    draft = anna.library.add(swedish_draft(tmp_path / "bilder"))
    _, received = erik.receive(anna.send(draft))
    received.draft.add_comment(Comment("Erik Lund", "Ser bra ut!", at="2026-11-23T12:00:00Z"))
    received.draft.record_state(StateChange("draft", "approved", "Erik Lund", at="2026-11-23T12:00:00Z"))
    plan, result = anna.receive(erik.send(received.draft))
    assert plan.outcome == SAME and draft.state == "approved" and [c.body for c in draft.comments] == ["Ser bra ut!"]


def test_english_draft_without_media_needs_no_store(tmp_path: Path) -> None:
    draft = Draft(title="Library closed", master="The main library is closed on Monday.", channels=["linkedin"])
    path = write_package(draft, tmp_path / package_file_name(draft), "Sam")
    result = apply_import(plan_import(read_package(path), None), None, None)
    assert result.added and result.draft.master == draft.master and result.draft.media == []


def test_package_layout(tmp_path: Path) -> None:
    draft = finnish_draft(tmp_path / "kuvat")
    draft.add_media(Media("image", "Sama kuva uudelleen", None, draft.media[0].path))
    draft.add_comment(Comment("Maija Mäkelä", "Huom!"))
    path = write_package(draft, tmp_path / "paketti.somevahti", "Maija Mäkelä")
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        stored = {i.filename: i.compress_type for i in archive.infolist()}
    png, mp4 = f"media/{sha256(png_bytes())}.png", f"media/{sha256(mp4_bytes())}.mp4"
    assert names == sorted(["package.json", png, mp4])  # the same file once
    assert stored[png] == stored[mp4] == zipfile.ZIP_STORED
    data = manifest(path)
    assert data["format"] == "somevahti-review-package" and data["schema"] == 1
    assert data["sent_by"] == "Maija Mäkelä" and data["sent_at"].endswith("Z")
    assert data["base"] == draft_fingerprint(draft)
    assert [m["path"] for m in data["draft"]["media"]] == [png, mp4, png]
    assert data["draft"]["comments"][0]["body"] == "Huom!"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kuvat", "paketti.somevahti"]  # no temp file left


def test_write_replaces_atomically_and_leaves_nothing_on_failure(tmp_path: Path) -> None:
    draft = finnish_draft(tmp_path / "kuvat")
    target = tmp_path / "ulos" / "Satutuokio.somevahti"
    target.parent.mkdir()
    target.write_bytes(b"vanha paketti")
    write_package(draft, target, "Maija")
    assert read_package(target).draft.id == draft.id
    good = target.read_bytes()
    draft.add_media(Media("image", "Puuttuva", None, str(tmp_path / "puuttuu.png")))
    with pytest.raises(PackageError, match="could not be read") as error:
        write_package(draft, target, "Maija")
    assert error.value.key == "media_unreadable"
    assert listing(target.parent) == {"Satutuokio.somevahti": good}


def test_package_file_name_is_safe() -> None:
    assert package_file_name(Draft(title="Satutuokio")) == "Satutuokio.somevahti"
    assert package_file_name(Draft(title='../Kesä: "ulkoilma"/konsertti?')) == "Kesä ulkoilma konsertti.somevahti"
    assert package_file_name(Draft(title="")) == "review.somevahti"


def test_fingerprint_covers_content_not_team_records(tmp_path: Path) -> None:
    draft = finnish_draft(tmp_path / "kuvat")
    base = draft_fingerprint(draft)
    draft.add_comment(Comment("Pekka", "Hyvä"))
    draft.record_state(StateChange("draft", "in_review", "Maija"))
    draft.tick("facts", True)
    draft.update_media(0, path=str(Path(draft.media[0].path).rename(tmp_path / "siirretty.png")))
    assert draft_fingerprint(draft) == base  # same bytes elsewhere: same content
    draft.update_media(0, alt="Toinen kuvaus")
    assert draft_fingerprint(draft) != base


@pytest.mark.parametrize("head, kind, name", [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image", "jpeg"),
    (png_bytes(), "image", "png"),
    (b"GIF89a\x01\x00\x01\x00", "image", "gif"),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image", "webp"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "image", "heif"),
    (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf", "image", "heif"),
    (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic", "image", "heif"),
    (b"BM\x3a\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00\x00\x00", "image", "bmp"),
    (b"II*\x00\x08\x00\x00\x00", "image", "tiff"),
    (b"MM\x00*\x00\x00\x00\x08", "image", "tiff"),
    (mp4_bytes(), "video", "mp4"),
    (b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00qt  ", "video", "quicktime"),
    (b"\x00\x00\x00\x1cftypM4V \x00\x00\x00\x01M4V M4A mp42isom", "video", "mp4"),
    (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "video", "webm"),
    (b"\x1a\x45\xdf\xa3\xa3\x42\x86\x81\x01\x42\x82\x88matroska", "video", "matroska"),
    (b"RIFF\x24\x00\x00\x00AVI LIST", "video", "avi"),
])
def test_sniffing_recognises_images_and_videos(head: bytes, kind: str, name: str) -> None:
    assert sniff_media(head) == (kind, name)


@pytest.mark.parametrize("head", [b"", b"#!/bin/sh\nrm -rf ~\n", b"PK\x03\x04", b"%PDF-1.7", b"BMxx",
                                  b"RIFF\x24\x00\x00\x00WAVEfmt ", b"\x00\x00\x00\x18ftypXXXX\x00\x00\x00\x00XXXX",
                                  b"MZ\x90\x00", b"<svg xmlns='http://www.w3.org/2000/svg'/>"])
def test_sniffing_refuses_everything_else(head: bytes) -> None:
    assert sniff_media(head) is None


def test_review_packages_need_no_qt() -> None:
    result = run_without_qt("""
        import composer.review_package
        print("ok")
    """)
    assert result.returncode == 0 and result.stdout == "ok\n", result.stderr
