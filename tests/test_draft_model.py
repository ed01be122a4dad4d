"""The composer's draft model: variants follow the master until edited, reset, listeners,
and the Post each channel's variant becomes."""
from __future__ import annotations

import pytest

from checks.model import Media
from composer.model.draft import Draft, PaidRecord
from composer.model.draft_change import DraftChange, Part


def test_a_variant_follows_the_master_until_edited_and_can_be_reset() -> None:
    draft = Draft(master="Kirjasto on suljettu 6.12.", channels=["facebook", "x"])
    assert draft.variant("x").linked and draft.text_for("x") == "Kirjasto on suljettu 6.12."
    draft.set_variant_text("x", "Kirjasto kiinni 6.12. #KokkolaKarleby")
    draft.set_master("Kirjasto on suljettu itsenäisyyspäivänä 6.12.")
    assert not draft.variant("x").linked
    assert draft.text_for("x") == "Kirjasto kiinni 6.12. #KokkolaKarleby"
    assert draft.text_for("facebook") == "Kirjasto on suljettu itsenäisyyspäivänä 6.12."
    draft.reset_variant("x")
    assert draft.variant("x").linked and draft.text_for("x") == draft.master


def test_listeners_hear_what_changed_and_nothing_when_nothing_did() -> None:
    draft = Draft(master="Hei", channels=["facebook", "instagram"])
    heard: list[DraftChange] = []
    draft.on_change(lambda d, change: heard.append(change))
    draft.set_master("Hei")  # unchanged
    draft.set_master("Hei kaikki")
    draft.set_variant_text("instagram", "Hei kaikki! 📸")
    draft.reset_variant("instagram")
    draft.reset_variant("instagram")  # already linked
    draft.add_media(Media("image"))
    draft.update_media(0, alt="Kirjaston lukusali aamulla.")
    draft.set_paid(True, PaidRecord("yksikön johtaja", "mavi-tiimi", "2026-11-23"))
    assert heard == [DraftChange(Part.MASTER), DraftChange(Part.VARIANT, channel="instagram"),
                     DraftChange(Part.VARIANT, channel="instagram"), DraftChange(Part.MEDIA),
                     DraftChange(Part.MEDIA_ITEM, media_index=0), DraftChange(Part.PAID)]
    assert all(c.needs_recheck and c.can_void_approval for c in heard)


def test_the_post_of_a_variant_carries_media_role_and_the_paid_record() -> None:
    draft = Draft(master="Hae kesätöihin!", channels=["facebook"], role="expert")
    draft.add_media(Media("image", alt="Nuoria puistotöissä."))
    draft.set_paid(True)
    post = draft.post("facebook")
    assert post.paid and not post.paid_notified and post.role == "expert" and post.id == draft.id
    assert post.media[0].alt == "Nuoria puistotöissä."
    draft.set_paid(True, PaidRecord("yksikön johtaja", "mavi-tiimi", "2026-11-23"))
    assert draft.post("facebook").paid_notified
    assert not PaidRecord("yksikön johtaja", "", "2026-11-23").complete


def test_unknown_channels_and_roles_are_refused() -> None:
    with pytest.raises(ValueError, match="myspace"):
        Draft(channels=["myspace"])
    with pytest.raises(ValueError, match="mayor"):
        Draft(role="mayor")
    with pytest.raises(ValueError):
        Draft().set_channels(["x", "orkut"])


def test_untouched_means_nothing_written_added_or_recorded() -> None:
    from composer.model.draft_records import Comment
    assert Draft(title="Uusi luonnos").untouched
    written = Draft(title="Uusi luonnos")
    written.set_master("Hei")
    assert not written.untouched
    edited_variant = Draft(channels=["facebook", "x"])
    edited_variant.set_variant_text("x", "Vain X:lle")
    assert not edited_variant.untouched
    commented = Draft()
    commented.add_comment(Comment(author="Pekka", body="Hyvä!"))
    assert not commented.untouched
