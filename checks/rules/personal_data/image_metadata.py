"""personal_data.image_metadata — a photo whose file tells where it was taken or who
is behind it.

Anti-pattern: a phone photo of a client's yard with its GPS coordinates, or a photo
whose EXIF names the photographer, the camera's owner and its serial number.
Best practice: share the exported copy, which carries no metadata. Export strips it all,
so this is a warning: the author should know before the original file travels anywhere
else. Camera make and model, software, dates, exposure and a copyright line are not
personal and never reported; neither are values that mean "not set" (a setting in the
base pack) or the pack's own organisation name as the author.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.media.image_metadata import read_image_metadata
from checks.messages import render
from checks.model import Severity
from checks.rules.base import Hit, Rule

_SHOWN_MAX = 40  # a longer value is cut with "…"
_SERIALS = ("camera_serial", "lens_serial")  # named, not shown


class ImageMetadata(Rule):
    id = "personal_data.image_metadata"
    category = "personal_data"
    severity = Severity.WARNING
    reads_channel = False
    params = {"placeholders": ["unknown"]}

    def check(self, ctx: Context) -> Iterable[Hit]:
        not_personal = {_normal(v) for v in ctx.param("placeholders", self.params["placeholders"])}
        names = ctx.pack.value("organisation.name", {})
        not_personal |= {_normal(n) for n in ([names] if isinstance(names, str) else names.values())}
        for index in ctx.images:
            path = ctx.post.media[index].path
            if not path:
                continue
            metadata = read_image_metadata(path)
            target, number = f"media:{index}", index + 1
            if metadata.location is not None:
                yield Hit("personal_data.image_metadata.location", target=target, args={"number": number})
            fields = dict.fromkeys(_describe(f.kind, f.value, ctx.lang) for f in metadata.personal
                                   if _normal(f.value) not in not_personal)
            if fields:
                yield Hit("personal_data.image_metadata.personal", target=target,
                          args={"number": number, "fields": ", ".join(fields)})


def _normal(value: str) -> str:
    return " ".join(value.casefold().split())


def _describe(kind: str, value: str, lang: str) -> str:
    """"tekijä: Maija Meikäläinen", "kameran sarjanumero" — in the message language."""
    if kind in _SERIALS:
        return render(f"personal_data.image_metadata.field.{kind}", lang)
    shown = value if len(value) <= _SHOWN_MAX else value[: _SHOWN_MAX - 1] + "…"
    return render(f"personal_data.image_metadata.field.{kind}", lang, {"value": shown})


RULE = ImageMetadata()
