"""accessibility.alt_meaningless — alt text that says nothing.

Anti-pattern: "IMG_2041.jpg", "kuva", "Bild 2", "image", "Kuva1" — a screen reader reads
it, the listener learns nothing.
Best practice: one or two sentences on what the image shows ("Torin joulukuusi
valaistuna illalla.").
Placeholder words are data (`accessibility.alt_placeholders`); `min_letters` is a setting.
"""
from __future__ import annotations

from typing import Iterable

import regex

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule

_FILE_NAME = regex.compile(
    r"^\S*\.(?:jpe?g|png|gif|heic|heif|webp|tiff?|bmp|mp4|mov|avi|svg)$"
    r"|^(?:img|dsc|dscn|dcim|pxl|photo|image|screenshot|kuvakaappaus|whatsapp)[\s_-]*\d[\w-]*$",
    regex.IGNORECASE)
_NUMBERING = regex.compile(r"[\s_\-.,:;()#]*\d*[\s_\-.,:;()]*$")


class AltMeaningless(Rule):
    id = "accessibility.alt_meaningless"
    category = "accessibility"
    severity = Severity.WARNING
    reads_channel = False
    params = {"min_letters": 10}

    def check(self, ctx: Context) -> Iterable[Hit]:
        placeholders = {e["word"].casefold() for e in ctx.pack.entries("accessibility.alt_placeholders")}
        min_letters = int(ctx.param("min_letters", self.params["min_letters"]))
        for index in ctx.images:
            alt = (ctx.post.media[index].alt or "").strip()
            if not alt:
                continue  # accessibility.alt_missing
            args = {"number": index + 1, "alt": alt[:60]}
            stem = _NUMBERING.sub("", alt).strip().casefold()
            if _FILE_NAME.match(alt):
                yield Hit("accessibility.alt_meaningless.file_name", target=f"media:{index}", args=args)
            elif stem in placeholders or regex.sub(r"\.\w+$", "", stem) in placeholders:
                yield Hit("accessibility.alt_meaningless.placeholder", target=f"media:{index}", args=args)
            elif sum(ch.isalpha() for ch in alt) < min_letters:
                yield Hit("accessibility.alt_meaningless.too_short", target=f"media:{index}", args=args)


RULE = AltMeaningless()
