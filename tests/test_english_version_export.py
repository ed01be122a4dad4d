"""A draft with Finnish, Swedish and English versions outside the window: exported one file
per language or as one post with all three, copied, covered by one approval, and carried
whole through a draft file and a review package (issue 18)."""
from __future__ import annotations

import json
from pathlib import Path

from composer.approval.approve import approval_status
from composer.approval.content import content_and_hash
from composer.export import export_draft
from composer.model import language_versions as lv
from composer.model.draft import Draft
from composer.model.draft_codec import draft_to_dict
from composer.model.draft_file import draft_to_json, load_draft_file
from composer.present.copy_text import channel_text
from composer.review_package import package_file_name, plan_import, read_package, write_package
from tests.export_fixtures import approved

FI = "Joulunavaus lauantaina 12.12. klo 16 Kauppatorilla."
SV = "Julöppning lördagen den 12 december kl. 16 på Salutorget."
EN = "The Christmas opening is on Saturday 12 December at 4 pm in the Market Square."
AT = "2026-11-23T10:15:00Z"


def trilingual() -> Draft:
    draft = Draft(title="Joulunavaus", master=FI, channels=["facebook", "x"], author="Maija")
    for lang, text in (("en", EN), ("sv", SV)):  # added out of order: kept fi, sv, en
        lv.add_version(draft, lang)
        lv.set_master_text(draft, lang, text)
    lv.set_variant_text(draft, "en", "x", "Christmas opening Sat 12 Dec at 4 pm, Market Square")
    return draft


def test_separate_posts_write_an_english_file_too(tmp_path: Path) -> None:
    draft = approved(trilingual())
    result = export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="en", exported_at=AT)
    assert result.final
    assert {"facebook.fi.txt", "facebook.sv.txt", "facebook.en.txt", "x.en.txt"} <= set(result.files)
    assert (tmp_path / "out" / "facebook.en.txt").read_text("utf-8") == EN
    assert (tmp_path / "out" / "x.en.txt").read_text("utf-8") == "Christmas opening Sat 12 Dec at 4 pm, Market Square"
    summary = json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))
    assert [v["version"] for v in summary["channels"][0]["versions"]] == ["fi", "sv", "en"]


def test_one_post_in_all_languages_puts_english_last(tmp_path: Path) -> None:
    draft = trilingual()
    lv.set_publish_mode(draft, "facebook", lv.COMBINED)
    approved(draft)
    result = export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="fi", exported_at=AT)
    assert "facebook.txt" in result.files and "facebook.en.txt" not in result.files
    assert (tmp_path / "out" / "facebook.txt").read_text("utf-8") == FI + "\n\n" + SV + "\n\n" + EN
    assert channel_text(draft, "facebook") == FI + "\n\n" + SV + "\n\n" + EN
    assert channel_text(draft, "x", "en") == "Christmas opening Sat 12 Dec at 4 pm, Market Square"


def test_the_approval_covers_the_english_version() -> None:
    draft = approved(trilingual())
    assert all(approval_status(draft, c).state == "current" for c in draft.channels)
    lv.set_master_text(draft, "en", EN.replace("4 pm", "5 pm"))
    assert approval_status(draft, "facebook").state == "void"
    assert approval_status(draft, "x").state == "current"  # x has its own English text
    lv.set_master_text(draft, "en", EN)
    assert approval_status(draft, "facebook").state == "current"
    lv.remove_version(draft, "en")  # removing a version is a change of content too
    assert all(approval_status(draft, c).state == "void" for c in draft.channels)


def test_three_versions_round_trip_through_a_draft_file_and_a_review_package(tmp_path: Path) -> None:
    draft = trilingual()
    lv.set_publish_mode(draft, "facebook", lv.COMBINED)
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft_to_json(draft)), encoding="utf-8")
    opened = load_draft_file(path)
    assert lv.langs(opened) == ["fi", "sv", "en"]
    assert {c: lv.texts_for(opened, c) for c in draft.channels} == {c: lv.texts_for(draft, c) for c in draft.channels}
    package = read_package(write_package(draft, tmp_path / package_file_name(draft), "Maija"))
    assert draft_to_dict(package.draft)["versions"] == draft_to_dict(draft)["versions"]
    assert [content_and_hash(package.draft, c) for c in draft.channels] == \
        [content_and_hash(draft, c) for c in draft.channels]
    plan = plan_import(package, None)
    assert lv.texts_for(plan.package.draft, "x")[2] == ("en", "Christmas opening Sat 12 Dec at 4 pm, Market Square")
