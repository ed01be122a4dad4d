"""Language versions in the draft model: additive (old drafts, files and packages read and
write exactly as before), per-version variants that follow their master, out-of-date
tracking, and what the engine is given."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.approval.content import content_and_hash
from composer.model import language_versions as lv
from composer.model.draft import Draft
from composer.model.draft_codec import DraftFormatError, draft_from_dict, draft_to_dict
from composer.model.draft_file import DraftFileError, draft_to_json, load_draft_file
from composer.review_package.fingerprint import draft_fingerprint

FI = "Asukasilta torstaina 12.12. klo 18 kaupungintalolla. Lisätietoja www.kokkola.fi/asukasilta"
SV = "Invånarkväll torsdag den 12 december kl. 18 i stadshuset. Mer information www.kokkola.fi/asukasilta"

# A draft as the codec wrote it before language versions existed (format 1).
OLD_DRAFT = {
    "format": 1, "id": "d1", "title": "Asukasilta", "author": "Maija", "state": "draft", "master": FI,
    "channels": ["facebook", "x"], "variants": {"x": "Asukasilta to klo 18 #KokkolaKarleby"}, "media": [],
    "paid": False, "paid_record": {"decided_by": "", "notified_to": "", "notified_on": ""}, "role": "organisation",
    "pack": "kokkola", "ignored": [], "checklist": [], "comments": [], "approvals": [], "history": [],
    "review_base": "",
}


def bilingual() -> Draft:
    draft = Draft(title="Asukasilta", master=FI, channels=["facebook", "x"])
    lv.add_version(draft, "sv")
    lv.set_master_text(draft, "sv", SV)
    return draft


def test_an_old_draft_reads_and_writes_exactly_as_before() -> None:
    draft = draft_from_dict(json.loads(json.dumps(OLD_DRAFT)))
    assert not draft.versions.enabled and lv.langs(draft) == ["fi"]
    data = draft_to_dict(draft)
    assert "versions" not in data and {key: data[key] for key in OLD_DRAFT} == OLD_DRAFT
    assert draft.post("facebook").versions == () and draft.post("facebook").text == FI


def test_a_one_version_draft_hashes_and_fingerprints_as_before() -> None:
    draft = draft_from_dict(OLD_DRAFT)
    before = (content_and_hash(draft, "facebook"), draft_fingerprint(draft))
    assert '"versions"' not in before[0][0]
    copy = draft_from_dict(draft_to_dict(draft))
    assert (content_and_hash(copy, "facebook"), draft_fingerprint(copy)) == before


def test_an_old_draft_file_opens_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"title": "T", "master": FI, "channels": ["facebook"]}), encoding="utf-8")
    draft = load_draft_file(path)
    assert not draft.versions.enabled and "versions" not in draft_to_json(draft)


def test_versions_round_trip_through_codec_and_draft_file(tmp_path: Path) -> None:
    draft = bilingual()
    lv.set_variant_text(draft, "sv", "x", "Invånarkväll to kl. 18")
    lv.set_publish_mode(draft, "facebook", lv.COMBINED)
    lv.set_safety(draft, True)
    back = draft_from_dict(json.loads(json.dumps(draft_to_dict(draft))))
    assert draft_to_dict(back) == draft_to_dict(draft)
    assert lv.text_of(back, "sv", "x") == "Invånarkväll to kl. 18" and lv.text_of(back, "sv", "facebook") == SV
    path = tmp_path / "d.json"
    path.write_text(json.dumps(draft_to_json(draft)), encoding="utf-8")
    opened = load_draft_file(path)
    assert lv.texts_for(opened, "x") == lv.texts_for(draft, "x") and opened.versions.safety


def test_a_variant_follows_its_versions_master_until_edited() -> None:
    draft = bilingual()
    assert lv.text_of(draft, "sv", "x") == SV and lv.is_linked(draft, "sv", "x")
    lv.set_variant_text(draft, "sv", "x", "Kort")
    lv.set_master_text(draft, "sv", SV + " Välkommen!")
    assert lv.text_of(draft, "sv", "x") == "Kort" and lv.text_of(draft, "sv", "facebook").endswith("Välkommen!")
    lv.reset_variant(draft, "sv", "x")
    assert lv.text_of(draft, "sv", "x") == SV + " Välkommen!"
    assert draft.text_for("x") == FI  # the old API: the primary version


def test_writing_the_translation_flags_nothing_but_a_later_edit_does() -> None:
    draft = Draft(master=FI)
    lv.add_version(draft, "sv")
    lv.set_master_text(draft, "sv", SV)
    assert lv.stale(draft) == []
    draft.set_master(FI.replace("klo 18", "klo 19"))  # the old API edits the primary
    assert lv.stale(draft) == [("sv", "fi")]
    assert draft.post("facebook").stale == (("sv", "fi"),)
    lv.mark_reviewed(draft, "sv")
    assert lv.stale(draft) == []
    lv.set_master_text(draft, "sv", SV.replace("kl. 18", "kl. 19"))
    assert lv.stale(draft) == [("fi", "sv")]
    lv.set_master_text(draft, "fi", FI)
    assert lv.stale(draft) == [("sv", "fi")]


def test_reverting_an_edit_is_not_out_of_date() -> None:
    draft = bilingual()
    draft.set_master(FI + "!")
    assert lv.stale(draft)
    draft.set_master(FI)
    assert lv.stale(draft) == []


def test_the_post_carries_every_version_and_how_it_is_published() -> None:
    draft = bilingual()
    post = draft.post("facebook")
    assert post.versions == (("fi", FI), ("sv", SV)) and not post.combined
    lv.set_publish_mode(draft, "facebook", lv.COMBINED)
    assert draft.post("facebook").combined and not draft.post("x").combined


def test_an_approval_covers_every_version() -> None:
    draft = bilingual()
    _, before = content_and_hash(draft, "facebook")
    lv.set_master_text(draft, "sv", SV.replace("kl. 18", "kl. 19"))
    _, after = content_and_hash(draft, "facebook")
    assert before != after
    lv.set_publish_mode(draft, "facebook", lv.COMBINED)
    assert content_and_hash(draft, "facebook")[1] != after


def test_duplicate_and_replace_content_keep_versions() -> None:
    draft = bilingual()
    copy = draft.duplicate("Kopio")
    assert lv.texts_for(copy, "facebook") == lv.texts_for(draft, "facebook")
    lv.set_master_text(copy, "sv", "Annat")
    assert lv.text_of(draft, "sv", "facebook") == SV  # not shared
    target = Draft()
    target.replace_content(draft)
    assert lv.texts_for(target, "x") == lv.texts_for(draft, "x") and not target.untouched


@pytest.mark.parametrize("versions, where", [
    ("x", "versions: expected an object"),
    ({"primary": "de"}, "versions.primary"),
    ({"extra": [{"lang": "fi"}]}, "versions.extra[0].lang"),
    ({"extra": [{"lang": "sv", "master": 3}]}, "versions.extra[0].master"),
    ({"publish": {"facebook": "both"}}, "versions.publish"),
    ({"extra": [{"lang": "sv", "variants": {"myspace": "x"}}]}, "versions.extra[0].variants"),
])
def test_damaged_versions_are_refused_with_the_key_named(versions, where, tmp_path: Path) -> None:
    with pytest.raises(DraftFormatError, match=where.replace("[", r"\[").replace("]", r"\]")):
        draft_from_dict(OLD_DRAFT | {"versions": versions})
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"master": FI, "versions": versions}), encoding="utf-8")
    with pytest.raises(DraftFileError, match="bad.json"):
        load_draft_file(path)


def test_a_post_json_with_versions_opens_as_a_bilingual_draft(tmp_path: Path) -> None:
    path = tmp_path / "post.json"
    path.write_text(json.dumps({"channel": "x", "versions": {"fi": FI, "sv": SV}, "combined": True}), "utf-8")
    draft = load_draft_file(path)
    assert lv.texts_for(draft, "x") == (("fi", FI), ("sv", SV)) and lv.publish_mode(draft, "x") == lv.COMBINED
