"""People in the post (issue 19), Qt-free: names matched in inflected forms, the people
record in the draft file, the approval (voided by a consent change), storage (the same
photo in a second draft, purged with the images), the export summary (never the channel
text or the image), review packages and the CLI's JSON post. Finnish first."""
from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

import pytest

from checks.cli.check import main
from checks.model import Media
from checks.people import Consent, NamedConsent, PeopleRecord, consent_for, same_person
from composer.approval.approve import approval_status, approve
from composer.approval.content import content_json
from composer.export import export_draft
from composer.messages import render
from composer.model.draft import Draft
from composer.model.draft_change import Part
from composer.model.draft_codec import DraftFormatError, draft_from_dict, draft_to_dict
from composer.model.media_files import file_sha256
from composer.model.people_record import people_line, people_summary, people_to_dict
from composer.review_package import read_package, write_package
from composer.storage import open_store
from tests.export_fixtures import approved, finnish_draft as export_draft_fi
from tests.storage_fixtures import FakeClock, write_images

GUARDIAN = Consent("guardian", "school_register", "2026-08-15", "KR-2026/14")
PERSON = Consent("person", "email", "2026-11-27")
CHILDREN = PeopleRecord("children", GUARDIAN)


@pytest.mark.parametrize("recorded, found, same", [
    ("Sanna Nieminen", "Sanna Niemiselle", True),
    ("Sanna Niemiselle", "Sanna Nieminen", True),  # recorded from an inflected finding
    ("Heikki Mäkinen", "Heikki Mäkisen", True),
    ("Matti Lahti", "Matti Lahden", True),
    ("Erik Johansson", "Erik Johanssons", True),
    ("Sanna Niemi", "Sanna Nieminen", False),  # another surname, not an inflection
    ("Ville Koski", "Ville Koskinen", False),
    ("Anna Virtanen", "Anni Virtanen", False),  # first names must agree exactly
    ("Matti Laine", "Matti Lahti", False),
    ("Sanna Nieminen", "Nieminen", False),
])
def test_a_consent_holds_for_the_name_in_any_inflected_form_and_no_other(recorded, found, same) -> None:
    assert same_person(recorded, found) is same
    assert (consent_for((NamedConsent(recorded, PERSON),), found) is not None) is same


def test_people_record_settles_only_with_a_guardian_for_children() -> None:
    assert PeopleRecord("nobody").settled and PeopleRecord("crowd").settled
    assert not PeopleRecord("adults").settled and PeopleRecord("adults", PERSON).settled
    assert not PeopleRecord("children").settled
    assert not PeopleRecord("children", PERSON).settled
    assert PeopleRecord("children", GUARDIAN).settled
    with pytest.raises(ValueError):
        PeopleRecord("aikuiset")


def _draft(tmp_path: Path) -> Draft:
    image, other = write_images(tmp_path / "kuvat")
    return Draft(title="Liikuntapäivä", master="Koulun liikuntapäivä oli mahtava! Kiitos Sanna Niemiselle.",
                 channels=["facebook", "x"], media=[Media("image", "Oppilaita juoksemassa.", None, str(image)),
                                                     Media("image", "Kentän laita.", None, str(other))])


def test_draft_file_keeps_people_and_consents(tmp_path) -> None:
    draft = _draft(tmp_path)
    draft.set_people(0, CHILDREN)
    draft.set_people(1, PeopleRecord("nobody"))
    draft.record_consent("Sanna Nieminen", PERSON)
    back = draft_from_dict(json.loads(json.dumps(draft_to_dict(draft))))
    assert [m.people for m in back.media] == [CHILDREN, PeopleRecord("nobody")]
    assert back.consents == [NamedConsent("Sanna Nieminen", PERSON)]
    assert back.post("facebook").consents == (NamedConsent("Sanna Nieminen", PERSON),)
    assert back.post("facebook").media[0].people == CHILDREN


def test_recording_consent_again_for_the_same_person_replaces_it(tmp_path) -> None:
    draft = _draft(tmp_path)
    heard: list[Part] = []
    draft.on_change(lambda _d, change: heard.append(change.part))
    draft.record_consent("Sanna Niemiselle", PERSON)
    draft.record_consent("Sanna  Nieminen", Consent("person", "signed_form", "2026-11-28", "L-3"))
    assert [c.name for c in draft.consents] == ["Sanna Nieminen"]
    assert draft.consents[0].consent.reference == "L-3"
    assert heard == [Part.CONSENTS, Part.CONSENTS]
    with pytest.raises(ValueError):
        draft.record_consent("  ", PERSON)


@pytest.mark.parametrize("people, key", [
    ({"shows": "lapsia"}, "media[0].people.shows"),
    ({"shows": "children", "consent": {"given_by": "opettaja", "method": "email", "on": ""}},
     "media[0].people.consent.given_by"),
    ({"shows": "adults", "consent": {"given_by": "person", "method": "email", "on": 2026}},
     "media[0].people.consent.on"),
    ("children", "media[0].people"),
])
def test_a_hostile_people_record_is_a_clear_error_naming_the_key(tmp_path, people, key) -> None:
    data = draft_to_dict(_draft(tmp_path))
    data["media"][0]["people"] = people
    with pytest.raises(DraftFormatError, match=key.replace("[", r"\[").replace("]", r"\]")):
        draft_from_dict(data)
    data = draft_to_dict(_draft(tmp_path))
    data["consents"] = [{"name": "", "given_by": "person", "method": "email", "on": ""}]
    with pytest.raises(DraftFormatError, match=r"consents\[0\]\.name"):
        draft_from_dict(data)


def test_content_without_people_records_keeps_its_old_hash(tmp_path) -> None:
    draft = _draft(tmp_path)
    content = json.loads(content_json(draft, "facebook"))
    assert "consents" not in content and all("people" not in m for m in content["media"])


def test_a_consent_change_voids_the_approval_and_says_what_changed(tmp_path) -> None:
    draft = _draft(tmp_path)
    draft.set_people(0, CHILDREN)
    draft.record_consent("Sanna Nieminen", PERSON)
    approve(draft, "facebook", "Pekka Virtanen", None)
    assert approval_status(draft, "facebook").state == "current"
    draft.set_people(0, PeopleRecord("children", Consent("person", "verbal", "2026-11-30")))
    status = approval_status(draft, "facebook")
    assert status.state == "void"
    assert status.changes == (render("approval.changed.image.people", "en", number=1),)
    draft.set_people(0, CHILDREN)
    assert approval_status(draft, "facebook").state == "current"  # back to what was approved
    draft.record_consent("Sanna Nieminen", Consent("person", "email", "2026-11-27", "uusi viite"))
    assert approval_status(draft, "facebook").state == "void"
    assert approval_status(draft, "facebook").changes == (render("approval.changed.consents", "en"),)


def test_the_same_photo_in_a_second_draft_is_remembered_and_purged_with_it(tmp_path) -> None:
    clock = FakeClock()
    store, problem = open_store(tmp_path / "data", clock=clock)
    assert problem is None
    first = _draft(tmp_path)
    first.set_people(0, CHILDREN)
    store.save_draft(draft_to_dict(first), 0)
    sha = file_sha256(first.media[0].path)
    assert store.people_for(sha) == people_to_dict(CHILDREN)
    assert store.people_for(file_sha256(first.media[1].path)) is None  # no record given, none remembered
    loaded = draft_from_dict(store.load_all()[0])
    assert loaded.media[0].people == CHILDREN and loaded.media[1].people is None
    # a second draft with the same bytes under another name finds the record by hash
    copy = tmp_path / "kopio.png"
    copy.write_bytes(Path(first.media[0].path).read_bytes())
    assert store.people_for(file_sha256(copy)) == people_to_dict(CHILDREN)
    store.delete_draft(first.id)
    clock.advance(days=31)
    assert store.purge_deleted(timedelta(days=30).total_seconds()) == 1
    assert store.people_for(sha) is None
    store.close()


def test_a_record_stays_while_another_draft_still_uses_the_photo(tmp_path) -> None:
    clock = FakeClock()
    store, _problem = open_store(tmp_path / "data", clock=clock)
    first, second = _draft(tmp_path), _draft(tmp_path)
    first.set_people(0, CHILDREN)
    store.save_draft(draft_to_dict(first), 0)
    store.save_draft(draft_to_dict(second), 1)
    store.delete_draft(first.id)
    clock.advance(days=31)
    store.purge_deleted(0)
    assert store.people_for(file_sha256(second.media[0].path)) == people_to_dict(CHILDREN)
    store.close()


def test_export_summary_shows_people_but_no_channel_text_or_image_does(tmp_path) -> None:
    draft = export_draft_fi(tmp_path / "src")
    draft.set_people(0, CHILDREN)
    draft.record_consent("Liisa Laine", Consent("person", "signed_form", "2026-11-20", "LOM-77"))
    approved(draft)
    result = export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="fi", by="Maija")
    summary = json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))
    assert summary["media"][0]["people"] == people_to_dict(CHILDREN)
    assert summary["media"][1]["people"] is None
    assert summary["consents"][0]["reference"] == "LOM-77"
    markdown = (tmp_path / "out" / "summary.md").read_text("utf-8")
    html = (tmp_path / "out" / "summary.html").read_text("utf-8")
    for text in (markdown, html):
        assert "huoltaja, koulun kuvausluparekisteri, 2026-08-15, viite KR-2026/14" in text
        assert "LOM-77" in text
    for name in result.files:
        if name.endswith(".txt") or name.endswith((".jpg", ".png")):
            data = (tmp_path / "out" / name).read_bytes()
            for secret in (b"KR-2026/14", b"LOM-77", "huoltaja".encode(), b"school_register", b"guardian"):
                assert secret not in data, (name, secret)


def test_review_package_carries_people_and_consents(tmp_path) -> None:
    draft = _draft(tmp_path)
    draft.set_people(0, CHILDREN)
    draft.record_consent("Sanna Nieminen", PERSON)
    path = write_package(draft, tmp_path / "paketti.somevahti", sent_by="Maija")
    package = read_package(path)
    assert package.draft.media[0].people == CHILDREN
    assert package.draft.consents == [NamedConsent("Sanna Nieminen", PERSON)]
    plain = _draft(tmp_path)
    plain.id = draft.id
    assert package.fingerprint != read_package(write_package(plain, tmp_path / "b.somevahti", "Maija")).fingerprint


def test_reviewer_lines_in_three_languages(tmp_path) -> None:
    draft = _draft(tmp_path)
    draft.set_people(0, CHILDREN)
    draft.record_consent("Sanna Nieminen", PERSON)
    assert people_summary(draft, "fi") == [
        "Kuva 1: Tunnistettavia lapsia (alle 18 v.) – lupa: huoltaja, koulun kuvausluparekisteri, 2026-08-15, "
        "viite KR-2026/14",
        "Kuva 2: Henkilötietoa ei ole merkitty",
        "Sanna Nieminen – lupa: henkilö itse, sähköposti, 2026-11-27"]
    assert people_line(PeopleRecord("adults"), "sv") == "Igenkännbara vuxna – inget samtycke registrerat"
    assert people_line(PeopleRecord("crowd"), "en") == "A crowd at a public event"


def _cli(argv: list[str], stdin: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_json_post_carries_the_people_record_and_consents() -> None:
    post = {"channel": "facebook", "text": "Koulun liikuntapäivä oli mahtava!",
            "media": [{"kind": "image", "alt": "Oppilaita juoksemassa.", "people": {"shows": "children"}}]}
    code, out, _err = _cli(["--format", "json", "-"], json.dumps(post))
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert code == 1 and "personal_data.child_consent" in rules
    post["media"][0]["people"]["consent"] = {"given_by": "guardian", "method": "signed_form", "on": "2026-08-20"}
    code, out, _err = _cli(["--format", "json", "-"], json.dumps(post))
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert "personal_data.child_consent" not in rules and "personal_data.people_unrecorded" not in rules
    post["media"][0]["people"] = {"shows": "lapset"}
    code, out, err = _cli(["--format", "json", "-"], json.dumps(post))
    assert code == 2 and "media[0].people.shows" in err and "Traceback" not in err
