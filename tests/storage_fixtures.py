"""Drafts for the storage tests: Finnish first, then Swedish and English, every field used."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from checks.model import Finding, Media, Severity
from composer.model.draft import Draft, PaidRecord
from composer.model.draft_records import Approval, Comment, StateChange

# Two small distinct "images" (a PNG signature and some bytes are enough for storage).
def _png(colour: tuple[int, int, int]) -> bytes:
    """A real PNG (review packages check that an image is the image its bytes claim)."""
    from io import BytesIO

    from PIL import Image
    out = BytesIO()
    Image.new("RGB", (16, 12), colour).save(out, "PNG")
    return out.getvalue()


PNG_A = _png((200, 120, 40))
PNG_B = _png((30, 90, 200))


def write_images(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    a, b = folder / "Kirjasto kesällä.PNG", folder / "uimahalli.png"
    a.write_bytes(PNG_A)
    b.write_bytes(PNG_B)
    return a, b


def finnish_draft(images: tuple[Path, Path] | None = None) -> Draft:
    """A draft using every field: variants, media, paid record, ignored finding, checklist,
    comments, state history and an approval."""
    media = [Media("image", "Lapsia lukemassa kirjastossa", None, str(images[0]) if images else None),
             Media("video", None, True, str(images[1]) if images else None)]
    draft = Draft(title="Satutuokio", master="Tervetuloa pääkirjastoon lauantaina klo 11! Äänikirjoja ja öisiä tarinoita.",
                  channels=["facebook", "instagram", "x"], media=media, paid=True,
                  paid_record=PaidRecord("Kirjastotoimenjohtaja", "mavi-tiimi", "2026-11-20"),
                  role="expert", pack="naantali", author="Maija Meikäläinen")
    draft.set_variant_text("x", "Satutuokio la klo 11 #kirjasto")
    draft.ignore(Finding(rule="tone.shouting", category="tone", severity=Severity.WARNING, start=0, end=3,
                         target="text", excerpt="!!!", message="m"), "Lasten tapahtuma", by="Maija")
    draft.tick("facts", True)
    draft.tick("links", True)
    draft.add_comment(Comment("Pekka", "Lisää kellonaika Instagramiin", at="2026-11-23T09:00:00Z", id="c1"))
    draft.add_comment(Comment("Maija", "Lisätty, kiitos!", at="2026-11-23T09:05:00Z", id="c2"))
    draft.record_state(StateChange("draft", "in_review", "Maija", "Tarkistathan", at="2026-11-23T09:10:00Z"))
    draft.set_approval(Approval("x", "Pekka", "ab" * 32, '{"text": "Satutuokio"}', at="2026-11-23T09:20:00Z",
                                signature="c2ln", public_key="a2V5"))
    return draft


def swedish_draft() -> Draft:
    draft = Draft(title="Sagostund", master="Välkommen till huvudbiblioteket på lördag kl. 11! Åtta böcker åt gången.",
                  channels=["facebook", "linkedin"], author="Åsa")
    draft.set_variant_text("linkedin", "Sagostund på lördag – välkommen!")
    return draft


def english_draft() -> Draft:
    return Draft(title="Story hour", master="Welcome to the main library on Saturday at 11.", channels=["x"])


class FakeClock:
    """A clock the test moves: `clock.advance(minutes=6)`."""

    def __init__(self, start: datetime = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)
