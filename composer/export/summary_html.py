"""summary.html: the export summary for people — one self-contained file (inline style,
images as small data-URI thumbnails) that opens in any browser and prints cleanly.
Every piece of user text is HTML-escaped."""
from __future__ import annotations

from html import escape
from typing import Any, Mapping

from checks.channels import load_channels
from composer.export.marking import draft_label, draft_marker_line
from composer.export.summary_style import CSS
from composer.export.wording import (
    approval_ok, approval_text, category_text, consent_lines, count_text, media_label, media_notes, paid_lines, person, quoted,
    reason_text, severity_text, signature_text, target_text, time_text, title,
)
from composer.messages import render
from composer.present.names import role_name, state_name


def summary_html(summary: Mapping[str, Any], thumbnails: Mapping[str, str]) -> str:
    """`thumbnails`: data-URI thumbnails of the exported images, by file name."""
    lang = summary["language"]
    final = summary["final"]
    heading = title(summary, lang)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Somevahti">',
        f"<title>{_text(heading)} – {_text(render('export.heading', lang))}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        '<body class="final">' if final else f'<body class="draft" data-mark="{escape(draft_label())}">',
    ]
    if not final:
        parts.append(f'<div class="draft-banner" role="note"><strong>{_text(draft_marker_line())}</strong>'
                     f"<span>{_text(render('export.draft.banner', lang))}</span></div>")
    parts += ['<div class="sheet">', _masthead(summary, heading, lang), "<main>"]
    parts += [_channel(channel, summary["media"], lang) for channel in summary["channels"]]
    parts += [_media(summary["media"], thumbnails, lang), _review(summary, lang), "</main>",
              f"<footer><p>{_text(render('export.footer', lang))}</p><p>{_text(render('export.meta.draft_id', lang))}: "
              f"<code>{_text(summary['draft']['id'])}</code></p></footer>",
              "</div>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _text(value: str) -> str:
    return escape(value, quote=True)


def _masthead(summary: Mapping[str, Any], heading: str, lang: str) -> str:
    draft = summary["draft"]
    if summary["final"]:
        state = f'<p class="state state-final">✓ {_text(state_name(draft["state"], lang))}</p>'
    else:
        state = f'<p class="state state-draft">{_text(draft_label())}</p>'
    facts = [(render("export.meta.exported", lang),
              render("export.meta.exported_value", lang, by=person(summary["exported_by"], lang),
                     at=time_text(summary["exported_at"], lang))),
             (render("export.meta.author", lang), person(draft["author"], lang)),
             (render("export.meta.role", lang), role_name(draft['role'], lang)),
             (render("export.meta.pack", lang), draft["pack"]),
             (render("export.meta.channels", lang), ", ".join(c["name"] for c in summary["channels"])),
             *paid_lines(summary["paid_campaign"], lang), *consent_lines(summary, lang)]
    rows = "".join(f"<div><dt>{_text(label)}</dt><dd>{_text(value)}</dd></div>" for label, value in facts)
    return (f'<header class="masthead"><p class="eyebrow">Somevahti · {_text(render("export.heading", lang))}</p>'
            f"<h1>{_text(heading)}</h1>{state}<dl class=\"facts\">{rows}</dl></header>")


def _posts(channel: Mapping[str, Any]) -> str:
    """The posted text, or the language versions side by side, each with its file."""
    versions = channel.get("versions") or []
    if len(versions) < 2:
        return f'<div class="post">{_text(channel["text"])}</div>'
    cells = "".join(f'<figure class="version" lang="{escape(v["version"])}"><figcaption>{_text(v["version"].upper())}'
                    f' · <code>{_text(v["file"])}</code></figcaption><div class="post">{_text(v["text"])}</div></figure>'
                    for v in versions)
    return f'<div class="versions">{cells}</div>'


def _review(summary: Mapping[str, Any], lang: str) -> str:
    """The reviewer's note and the before-publishing checklist as ticked."""
    parts = []
    if summary.get("approval_note", "").strip():
        parts += [f"<h2>{_text(render('export.review.approval_note', lang))}</h2>",
                  f'<p class="note">{_text(summary["approval_note"])}</p>']
    if summary.get("checklist"):
        done, not_done = render("export.review.checklist_done", lang), render("export.review.checklist_open", lang)
        rows = "".join(f"<li>{'☑' if i['done'] else '☐'} {_text(i['text'])} "
                       f"<small>({_text(done if i['done'] else not_done)})</small></li>" for i in summary["checklist"])
        parts += [f"<h2>{_text(render('export.review.checklist', lang))}</h2>", f'<ul class="checklist">{rows}</ul>']
    return f'<section class="review">{"".join(parts)}</section>' if parts else ""


def _channel(channel: Mapping[str, Any], media: list, lang: str) -> str:
    count = channel["count"]
    ratio = count["total"] / count["limit"] if count["limit"] else 0
    level = "over" if count["over_by"] else "near" if ratio >= load_channels()[channel["channel"]].near_ratio else ""
    approval = channel["approval"]
    signature = signature_text(approval, lang)
    parts = [
        f'<section class="channel" id="channel-{escape(channel["channel"])}">',
        f'<div class="channel-head"><h2>{_text(channel["name"])}</h2><code>{_text(channel["file"])}</code></div>',
        f'<div class="length {level}"><div class="meter {level}"><span style="width: {min(ratio, 1) * 100:.1f}%">'
        f"</span></div><p>{_text(count_text(count, lang))}</p></div>",
        _posts(channel),
        f'<p class="approval {"ok" if approval_ok(approval) else "not-ok"}">'
        f"{'✓' if approval_ok(approval) else '✗'} {_text(approval_text(approval, lang))}"
        + (f"<small>{_text(signature)}</small>" if signature else "") + "</p>",
        f"<h3>{_text(render('export.checks.heading', lang))}</h3>",
    ]
    if not channel["checked"]:
        parts.append(f'<p class="none">{_text(render("export.checks.not_run", lang))}</p>')
    elif not channel["findings"]:
        parts.append(f'<p class="none">{_text(render("export.checks.none", lang))}</p>')
    else:
        parts.append(_findings(channel["findings"], media, lang))
    if channel["ignored"]:
        parts += [f"<h3>{_text(render('export.checks.ignored_heading', lang))}</h3>",
                  _findings(channel["ignored"], media, lang)]
    parts.append("</section>")
    return "\n".join(parts)


def _findings(items: list, media: list, lang: str) -> str:
    rows = []
    for item in items:
        tags = [f'<span class="tag {item["severity"]}">{_text(severity_text(item["severity"], lang))}</span>',
                f'<span class="tag">{_text(category_text(item["category"], lang))}</span>']
        if item.get("overridden"):
            tags.append(f'<span class="tag">{_text(render("export.checks.overridden", lang))}</span>')
        where = target_text(item["target"], media, lang)
        if where:
            tags.append(f'<span class="tag">{_text(where)}</span>')
        body = f'<p>{_text(item["message"])}</p>'
        if item["excerpt"]:
            body += f'<p class="excerpt">{_text(quoted(item["excerpt"], lang))}</p>'
        if "reason" in item:
            body += f'<p class="reason">{_text(reason_text(item, lang))}</p>'
        rows.append(f'<li class="finding {item["severity"]}"><div class="tags">{"".join(tags)}</div>{body}</li>')
    return f'<ul class="findings">{"".join(rows)}</ul>'


def _media(media: list, thumbnails: Mapping[str, str], lang: str) -> str:
    head = f'<section class="media"><h2>{_text(render("export.media.heading", lang))}</h2>'
    if not media:
        return head + f'<p class="none">{_text(render("export.media.none", lang))}</p></section>'
    figures = []
    for item in media:
        if item["kind"] == "video":
            picture = '<div class="video" aria-hidden="true">▶</div>'
        else:
            picture = f'<img src="{escape(thumbnails[item["file"]])}" alt="{_text(item["alt"])}">'
        size = f' <span class="dim">{item["width"]} × {item["height"]} px</span>' if item["width"] else ""
        alt = _text(quoted(item["alt"], lang) if item["alt"] else render("export.media.no_alt", lang))
        metadata, *others = media_notes(item, lang)
        notes = f'<p class="note {"ok" if item["metadata_removed"] else "warn"}">{_text(metadata)}</p>' + "".join(
            f'<p class="note">{_text(note)}</p>' for note in others)
        figures.append(f"<figure>{picture}<figcaption><strong>{_text(media_label(item['kind'], item['number'], lang))}"
                       f"</strong>{size}<p><code>{_text(item['file'])}</code></p>"
                       f"<p><strong>{_text(render('export.media.alt', lang))}:</strong> {alt}</p>{notes}"
                       "</figcaption></figure>")
    return head + f'<div class="media-grid">{"".join(figures)}</div></section>'
