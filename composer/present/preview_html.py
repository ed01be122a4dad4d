"""How a post looks on one channel, as HTML for a QTextBrowser (Qt-free).

The text up to the channel's fold and then the channel's own "… näytä lisää" (a link the
preview widget answers by showing the whole text), hashtags, mentions and clickable links
styled as the channel shows them (found by the extractors the checks use), the part past
the channel's limit struck through, and the number of images and videos. Fold and cut
come from composer.present.channel_fold, the same computation as the editor's fold line and
tint. Every piece of user text is escaped.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Sequence

import regex

from checks.channels.spec import ChannelSpec
from checks.model import Media
from checks.text.twitter_entities import extract_hashtags, extract_mentions
from checks.text.urls import cached_url_spans
from composer.present.channel_fold import ChannelFold, channel_fold
from composer.messages import catalogue, render

SEE_MORE_HREF = "see-more"
# The rest of a handle after the first 20 characters twitter-text takes (and a Mastodon
# "@user@server.example"): the whole written mention is styled, as the handle rule reads it.
_HANDLE_REST = regex.compile(r"[\p{L}\p{M}\p{Nd}_.\-]*(?:@[\p{L}\p{Nd}\-]+(?:\.[\p{L}\p{Nd}\-]+)+)?")


@dataclass(frozen=True)
class PreviewColors:
    """"#rrggbb" colours that read well on the current palette."""
    entity: str  # hashtags, mentions, links
    over: str  # the part past the limit
    muted: str  # the fold link, counts, notes


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    kind: str  # "hashtag", "mention" or "link"


def entities(spec: ChannelSpec, text: str) -> list[Entity]:
    """The spans the channel styles, in order; links only where the channel makes them
    clickable (Instagram and TikTok show them as plain text)."""
    urls = cached_url_spans(text)  # the preview re-renders after each pause in typing
    found = [Entity(s, e, "link") for s, e in urls] if spec.links_clickable else []
    found += [Entity(h.start, h.end, "hashtag") for h in extract_hashtags(text, urls)]
    found += [Entity(m.start, mention_end(text, m.end), "mention") for m in extract_mentions(text)
              if not any(s <= m.start < e for s, e in urls)]
    return sorted(found, key=lambda entity: entity.start)


def mention_end(text: str, end: int) -> int:
    """Where the written handle that extract_mentions cut at `end` really ends
    ("@KokkolanKaupunginkirjasto" has 25 characters, not 20); trailing . and - are not part of it."""
    rest = _HANDLE_REST.match(text, end)
    return end + len(rest.group(0).rstrip(".-")) if rest else end


def see_more(channel: str, lang: str) -> str:
    """The channel's own wording of the fold in `lang`: "… näytä lisää", Instagram "… lisää"."""
    key = f"preview.see_more.{channel}"
    return render(key if key in catalogue("en") else "preview.see_more.default", lang)


def preview_html(spec: ChannelSpec, text: str, media: Sequence[Media], lang: str, colors: PreviewColors,
                 expanded: bool = False) -> str:
    layout = channel_fold(spec, text)
    used = f"{layout.total:,} / {spec.text_max:,}".replace(",", "\u202f")
    parts = [f'<p style="color:{colors.muted}"><b>{html.escape(spec.name)}</b> · {used}</p>']
    if text.strip():
        parts.append(f'<p style="white-space:pre-wrap">{body_html(spec, text, layout, lang, colors, expanded)}</p>')
    else:
        parts.append(f'<p style="color:{colors.muted}">{html.escape(render("preview.empty", lang))}</p>')
    counted = media_text(media, lang)
    if counted:
        parts.append(f'<p style="color:{colors.muted}">▣ {html.escape(counted)}</p>')
    if layout.cut is not None:
        note = render("preview.over", lang, channel=spec.name, limit=f"{spec.text_max:,}".replace(",", "\u202f"))
        parts.append(f'<p style="color:{colors.over}">{html.escape(note)}</p>')
    return "\n".join(parts)


def body_html(spec: ChannelSpec, text: str, layout: ChannelFold, lang: str, colors: PreviewColors,
              expanded: bool) -> str:
    """The text as the channel shows it: folded unless `expanded`, styled, escaped."""
    folded = layout.fold is not None and not expanded
    end = len(text[:layout.fold].rstrip()) if folded else len(text)
    spans = [entity for entity in entities(spec, text) if entity.start < end]
    points = {0, end} | {p for entity in spans for p in (entity.start, entity.end) if p < end}
    if layout.cut is not None and layout.cut < end:
        points.add(layout.cut)
    out = []
    ordered = sorted(points)
    for start, stop in zip(ordered, ordered[1:]):
        kind = next((entity.kind for entity in spans if entity.start <= start < entity.end), None)
        over = layout.cut is not None and start >= layout.cut
        out.append(_piece(text[start:stop], kind, over, colors))
    if folded:
        out.append(f' <a href="{SEE_MORE_HREF}" style="color:{colors.muted}; text-decoration:none">'
                   f'{html.escape(see_more(spec.id, lang))}</a>')
    return "".join(out)


def _piece(text: str, kind: str | None, over: bool, colors: PreviewColors) -> str:
    escaped = html.escape(text)
    if over:
        return f'<span class="over" style="color:{colors.over}; text-decoration:line-through">{escaped}</span>'
    if kind is None:
        return escaped
    style = f"color:{colors.entity}" + ("; text-decoration:underline" if kind == "link" else "") + (
        "; font-weight:600" if kind == "mention" else "")
    return f'<span class="{kind}" style="{style}">{escaped}</span>'


def media_text(media: Sequence[Media], lang: str) -> str:
    """"2 kuvaa · 1 video"; "" without media."""
    videos = sum(item.kind == "video" for item in media)
    images = len(media) - videos
    parts = []
    if images:
        parts.append(render("preview.media.image" if images == 1 else "preview.media.images", lang, count=images))
    if videos:
        parts.append(render("preview.media.video" if videos == 1 else "preview.media.videos", lang, count=videos))
    return " · ".join(parts)
