"""Opening drafts from files: draft JSON round trip, post JSON, plain text, clear errors."""
from __future__ import annotations

import json

import pytest

from checks.model import Media
from composer.model.draft import Draft, PaidRecord
from composer.model.draft_file import DraftFileError, draft_to_json, load_draft_file
from composer.qt.window_setup import demo_draft


def test_a_draft_survives_a_round_trip_through_json(tmp_path) -> None:
    draft = Draft(title="Uimahalli", master="Uimahalli avataan maanantaina klo 6.", channels=["facebook", "x"],
                  media=[Media("image", alt="Allas tyhjänä aamulla", path=str(tmp_path / "allas.jpg"))],
                  paid=True, paid_record=PaidRecord("Liikuntajohtaja", "mavi-tiimi", "2026-11-20"), role="expert")
    draft.set_variant_text("x", "Uimahalli auki ma klo 6! #KokkolaKarleby")
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft_to_json(draft), ensure_ascii=False), encoding="utf-8")
    loaded = load_draft_file(path)
    assert (loaded.title, loaded.master, loaded.channels, loaded.role) == (draft.title, draft.master,
                                                                           draft.channels, "expert")
    assert loaded.text_for("x") == "Uimahalli auki ma klo 6! #KokkolaKarleby" and loaded.variant("facebook").linked
    assert loaded.paid_record.complete and loaded.media[0].alt == "Allas tyhjänä aamulla"


def test_a_post_json_and_plain_text_open_as_drafts(tmp_path) -> None:
    post = tmp_path / "post.json"
    post.write_text('{"channel": "bluesky", "text": "Hej Karleby!", "role": "elected"}', encoding="utf-8")
    draft = load_draft_file(post)
    assert draft.channels == ["bluesky"] and draft.master == "Hej Karleby!" and draft.role == "elected"
    text = tmp_path / "tiedote.txt"
    text.write_text("Kirjasto on kiinni 6.12.\n", encoding="utf-8")
    assert load_draft_file(text).master == "Kirjasto on kiinni 6.12."


@pytest.mark.parametrize("content, expected", [
    ('{"master": "x", "channels": ["myspace"]}', "channels"),
    ('{"master": 5}', "master"),
    ('{"channel": "x"}', "text"),
    ('{"master": "x", "variants": {"x": "y"}}', "variants"),
    ('{"master": "x",', "not valid JSON"),
    ('[1, 2]', "expected a JSON object"),
])
def test_a_broken_file_gives_a_clear_message_naming_the_file(tmp_path, content, expected) -> None:
    path = tmp_path / "rikki.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DraftFileError) as error:
        load_draft_file(path)
    assert str(path) in str(error.value) and expected in str(error.value)


def test_a_file_that_is_not_utf8_or_missing_is_refused(tmp_path) -> None:
    latin = tmp_path / "vanha.txt"
    latin.write_bytes("Hyvää päivää".encode("latin-1"))
    with pytest.raises(DraftFileError, match="not UTF-8"):
        load_draft_file(latin)
    with pytest.raises(DraftFileError, match="cannot be read"):
        load_draft_file(tmp_path / "puuttuu.txt")


def test_the_demo_draft_has_findings_in_several_categories(kokkola_engine) -> None:
    draft = demo_draft()
    categories = {f.category for channel in draft.channels for f in kokkola_engine.check(draft.post(channel))}
    assert {"personal_data", "confidential", "tone", "paid_campaign", "accessibility"} <= categories
    assert all(m.path and m.path.endswith(".png") for m in draft.media)
