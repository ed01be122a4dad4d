"""The full draft form round-trips every field and refuses damaged data with the key named."""
from __future__ import annotations

import json

import pytest

from checks.model import Finding, Media, Severity
from composer.model.draft import Draft, PaidRecord
from composer.model.draft_change import DraftChange, Part
from composer.model.draft_codec import DraftFormatError, draft_from_dict, draft_to_dict
from composer.model.draft_records import Approval, Comment, StateChange


def full_draft() -> Draft:
    draft = Draft(title="Satutuokio", master="Tervetuloa pääkirjastoon lauantaina!", channels=["facebook", "x"],
                  media=[Media("image", "Lapsia lukemassa", None, "/tmp/a.png"), Media("video", None, True, None)],
                  paid=True, paid_record=PaidRecord("Kirjastotoimenjohtaja", "mavi-tiimi", "2026-11-20"),
                  role="expert", pack="naantali", author="Maija")
    draft.set_variant_text("x", "Satutuokio la klo 11 #kirjasto")
    draft.ignore(Finding(rule="tone.shouting", category="tone", severity=Severity.WARNING, start=0, end=3,
                         target="text", excerpt="!!!", message="m"), "Lasten tapahtuma", by="Maija")
    draft.tick("facts", True)
    draft.add_comment(Comment("Pekka", "Lisää kellonaika Instagramiin"))
    draft.record_state(StateChange("draft", "in_review", "Maija", "Tarkistathan"))
    draft.set_approval(Approval("x", "Pekka", "ab" * 32, '{"text": "…"}', signature="c2ln", public_key="a2V5"))
    return draft


def test_round_trip_keeps_every_field() -> None:
    draft = full_draft()
    data = json.loads(json.dumps(draft_to_dict(draft)))
    back = draft_from_dict(data)
    assert draft_to_dict(back) == draft_to_dict(draft)
    assert back.id == draft.id and back.text_for("x") == "Satutuokio la klo 11 #kirjasto"
    assert back.text_for("facebook") == draft.master and back.variant("facebook").linked
    assert [c.body for c in back.comments] == ["Lisää kellonaika Instagramiin"]
    assert back.approvals["x"].reviewer == "Pekka" and back.state == "in_review"


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(format=99), "format: expected 1"),
    (lambda d: d.update(channels=["myspace"]), "channels:"),
    (lambda d: d["media"].__setitem__(1, {"kind": "gif"}), "media[1].kind"),
    (lambda d: d["comments"][0].pop("body"), "comments[0].body: expected a string"),
    (lambda d: d.update(state="published"), "state: expected one of"),
    (lambda d: d.update(variants={"x": 5}), "variants:"),
    (lambda d: d["approvals"][0].update(channel="orkut"), "approvals: unknown channel"),
    (lambda d: d.update(paid="yes"), "paid: expected true or false"),
])
def test_damaged_data_names_the_key(change, message) -> None:
    data = draft_to_dict(full_draft())
    change(data)
    with pytest.raises(DraftFormatError, match=message.replace("[", r"\[").replace("]", r"\]")):
        draft_from_dict(data)


def test_replace_content_keeps_id_and_tells_listeners() -> None:
    target, source = Draft(master="vanha"), full_draft()
    heard = []
    target.on_change(lambda d, what: heard.append(what))
    target.replace_content(source)
    assert target.id != source.id and heard == [DraftChange(Part.REPLACED)]
    assert heard[0].needs_recheck and heard[0].can_void_approval and not heard[0].typed
    assert draft_to_dict(target) | {"id": ""} == draft_to_dict(source) | {"id": ""}


def test_duplicate_starts_a_fresh_workflow() -> None:
    copy = full_draft().duplicate("Kopio")
    assert copy.state == "draft" and not copy.approvals and not copy.comments and not copy.history
    assert copy.text_for("x") == "Satutuokio la klo 11 #kirjasto"
