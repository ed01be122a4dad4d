"""What the copy actions put on the clipboard (Qt-free): a channel's text exactly as the
variant has it — NFC, hashtags and mentions as typed — or every chosen channel's text
under a heading followed by the alt texts, labelled per image in the UI language."""
from __future__ import annotations

import unicodedata

from checks.channels.spec import load_channels
from checks.model import Media
from composer.model.draft import Draft
from composer.messages import render
from composer.present.posted import posted_text, posted_texts


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def channel_text(draft: Draft, channel: str, version: str = "") -> str:
    """The channel's text as it will be posted, NFC-normalised (what `export_draft` writes
    too): with language versions, `version`'s post, or the combined bilingual post when
    the channel publishes them together."""
    return posted_text(draft, channel, version)


def all_text(draft: Draft, lang: str) -> str:
    """Every chosen channel's text under a heading (channels with the same text share
    one), then a line per image or video with its alt text."""
    groups: dict[str, list[str]] = {}
    for channel in draft.channels:
        for item in posted_texts(draft, channel):
            name = load_channels()[channel].name + (f" · {item.version.upper()}" if item.version else "")
            groups.setdefault(item.text, []).append(name)
    parts = [f"{_heading(', '.join(names))}\n\n{text}" for text, names in groups.items()]
    if draft.media:
        lines = [alt_line(item, number, lang) for number, item in enumerate(draft.media, start=1)]
        parts.append(f"{_heading(render('copy.media_heading', lang))}\n\n" + "\n".join(lines))
    return "\n\n\n".join(parts) + "\n"


def alt_line(item: Media, number: int, lang: str) -> str:
    """"Kuva 1 – vaihtoehtoinen teksti: …"; media are numbered by their place in the post,
    as the checks and the export number them."""
    kind = "video" if item.kind == "video" else "image"
    alt = nfc((item.alt or "").strip())
    if not alt:
        return render(f"copy.alt_missing.{kind}", lang, number=number)
    return render(f"copy.alt.{kind}", lang, number=number, alt=alt)


def _heading(title: str) -> str:
    return f"{title}\n{'=' * len(title)}"
