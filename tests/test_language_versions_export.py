"""Export, copy and summaries of a draft with Finnish and Swedish versions: the texts as
they will be posted, and no final export without a required version."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.export import ExportNotApproved, export_draft
from composer.model import language_versions as lv
from composer.model.draft import Draft
from composer.present.copy_text import all_text, channel_text
from composer.present.posted import missing_versions, posted_texts
from tests.export_fixtures import approved

FI = "Joulunavaus lauantaina 12.12. klo 16 Kauppatorilla."
SV = "Julöppning lördagen den 12 december kl. 16 på Salutorget."
AT = "2026-11-23T10:15:00Z"


def bilingual(**kwargs) -> Draft:
    draft = Draft(title="Joulunavaus", master=FI, channels=["facebook", "x"], author="Maija", **kwargs)
    lv.add_version(draft, "sv")
    lv.set_master_text(draft, "sv", SV)
    return draft


def test_separate_posts_export_one_file_per_language(tmp_path: Path) -> None:
    draft = approved(bilingual())
    result = export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="fi", exported_at=AT)
    assert result.final
    assert {"facebook.fi.txt", "facebook.sv.txt", "x.fi.txt", "x.sv.txt"} <= set(result.files)
    assert "facebook.txt" not in result.files
    assert (tmp_path / "out" / "facebook.sv.txt").read_text("utf-8") == SV
    summary = json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))
    versions = summary["channels"][0]["versions"]
    assert [(v["version"], v["file"]) for v in versions] == [("fi", "facebook.fi.txt"), ("sv", "facebook.sv.txt")]
    html = (tmp_path / "out" / "summary.html").read_text("utf-8")
    assert 'class="versions"' in html and html.index(FI) < html.index("Julöppning")


def test_a_combined_post_is_one_file_fi_first_with_the_packs_separator(tmp_path: Path) -> None:
    draft = bilingual()
    lv.set_publish_mode(draft, "facebook", lv.COMBINED)
    approved(draft)
    result = export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="sv", exported_at=AT)
    assert "facebook.txt" in result.files and "facebook.fi.txt" not in result.files
    assert (tmp_path / "out" / "facebook.txt").read_text("utf-8") == FI + "\n\n" + SV
    assert channel_text(draft, "facebook") == FI + "\n\n" + SV


def test_copy_gives_exactly_the_chosen_form() -> None:
    draft = bilingual()
    assert channel_text(draft, "x", "sv") == SV and channel_text(draft, "x", "fi") == FI
    assert channel_text(draft, "x") == FI  # separate: the primary's post
    text = all_text(draft, "fi")
    assert "X · SV" in text and SV in text
    lv.set_publish_mode(draft, "x", lv.COMBINED)
    assert channel_text(draft, "x", "sv") == FI + "\n\n" + SV  # combined: the one bilingual post


def test_final_export_refuses_a_channel_lacking_a_required_version(tmp_path: Path) -> None:
    draft = Draft(title="Joulunavaus", master=FI, channels=["facebook"], author="Maija")
    lv.add_version(draft, "sv")  # Kokkola requires sv; it stays empty
    approved(draft)
    assert missing_versions(draft) == {"facebook": ["sv"]}
    with pytest.raises(ExportNotApproved, match="SV"):
        export_draft(draft, {"facebook": []}, tmp_path / "out", lang="en", exported_at=AT)
    result = export_draft(draft, {"facebook": []}, tmp_path / "draft", lang="en", force_draft=True, exported_at=AT)
    assert not result.final and all(name.startswith("LUONNOS-UTKAST-DRAFT_") for name in result.files)


def test_naantali_requires_swedish_only_for_safety_information() -> None:
    draft = Draft(master=FI, channels=["facebook"], pack="naantali")
    lv.enable(draft)
    assert missing_versions(draft) == {}
    lv.set_safety(draft, True)
    assert missing_versions(draft) == {"facebook": ["sv"]}


def test_a_draft_without_versions_exports_as_before(tmp_path: Path) -> None:
    draft = approved(Draft(title="T", master=FI, channels=["facebook"], author="Maija"))
    assert posted_texts(draft, "facebook")[0].file_name == "facebook.txt"
    result = export_draft(draft, {"facebook": []}, tmp_path / "out", lang="fi", exported_at=AT)
    assert result.final and "facebook.txt" in result.files
    assert "versions" not in json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))["channels"][0]
