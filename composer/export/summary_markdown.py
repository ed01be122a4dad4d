"""summary.md: the export summary as Markdown, for wikis, tickets and e-mail.

User text is escaped so that it shows as typed and never turns into markup (or HTML, which
Markdown renderers pass through); channel texts go in fenced blocks longer than any run
of backticks inside them.
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from composer.export.marking import draft_label, draft_marker_line
from composer.export.wording import (
    approval_text, category_text, consent_lines, count_text, media_label, media_notes, paid_lines, person, quoted,
    reason_text,
    severity_text, signature_text, target_text, time_text, title,
)
from composer.messages import render
from composer.present.names import role_name, state_name

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&])")


def escape(text: str) -> str:
    """`text` as literal Markdown on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _fence(text: str) -> str:
    ticks = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, ticks + 1)


def summary_markdown(summary: Mapping[str, Any]) -> str:
    lang = summary["language"]
    out: list[str] = []
    if not summary["final"]:
        out += [f"> **{escape(draft_marker_line())}**", ">", f"> {escape(render('export.draft.banner', lang))}", ""]
    out += [f"# {escape(title(summary, lang))}", "", f"*{escape(render('export.heading', lang))}*", ""]
    for label, value in _meta(summary, lang):
        out.append(f"- **{escape(label)}:** {escape(value)}")
    out.append("")
    for channel in summary["channels"]:
        out += _channel(channel, summary["media"], lang)
    out += _media(summary["media"], lang)
    out += _review(summary, lang)
    out += ["---", "", f"*{escape(render('export.footer', lang))}*", "",
            f"*{escape(render('export.meta.draft_id', lang))}:* {escape(summary['draft']['id'])}", ""]
    return "\n".join(out)


def _meta(summary: Mapping[str, Any], lang: str) -> list[tuple[str, str]]:
    draft = summary["draft"]
    state = draft_label() if not summary["final"] else state_name(draft['state'], lang)
    rows = [(render("export.meta.state", lang), state),
            (render("export.meta.exported", lang), render("export.meta.exported_value", lang,
                                                          by=person(summary["exported_by"], lang),
                                                          at=time_text(summary["exported_at"], lang))),
            (render("export.meta.author", lang), person(draft["author"], lang)),
            (render("export.meta.role", lang), role_name(draft['role'], lang)),
            (render("export.meta.pack", lang), draft["pack"]),
            (render("export.meta.channels", lang), ", ".join(c["name"] for c in summary["channels"]))]
    return rows + paid_lines(summary["paid_campaign"], lang) + consent_lines(summary, lang)


def _posts(channel: Mapping[str, Any]) -> list[str]:
    """The posted text in a fenced block, or one block per language version."""
    versions = channel.get("versions") or []
    if len(versions) < 2:
        fence = _fence(channel["text"])
        return [f"{fence}text", channel["text"], fence, ""]
    lines = []
    for version in versions:
        fence = _fence(version["text"])
        lines += [f"#### {version['version'].upper()} · `{version['file']}`", "", f"{fence}text", version["text"], fence, ""]
    return lines


def _channel(channel: Mapping[str, Any], media: list, lang: str) -> list[str]:
    approval = channel["approval"]
    lines = [f"## {escape(channel['name'])}", "",
             f"- **{escape(render('export.channel.file', lang))}:** `{channel['file']}`",
             f"- **{escape(render('export.channel.length', lang))}:** {escape(count_text(channel['count'], lang))}",
             f"- **{escape(render('export.approval.heading', lang))}:** {escape(approval_text(approval, lang))}"
             + (f" {escape(signature_text(approval, lang))}" if signature_text(approval, lang) else ""),
             "", *_posts(channel), f"### {escape(render('export.checks.heading', lang))}", ""]
    if not channel["checked"]:
        lines.append(escape(render("export.checks.not_run", lang)))
    elif not channel["findings"]:
        lines.append(escape(render("export.checks.none", lang)))
    lines += [_finding(item, media, lang) for item in channel["findings"]]
    lines.append("")
    if channel["ignored"]:
        lines += [f"### {escape(render('export.checks.ignored_heading', lang))}", ""]
        for item in channel["ignored"]:
            lines += [_finding(item, media, lang), f"  - {escape(reason_text(item, lang))}"]
        lines.append("")
    return lines


def _finding(item: Mapping[str, Any], media: list, lang: str) -> str:
    label = severity_text(item["severity"], lang)
    if item.get("overridden"):
        label += ", " + render("export.checks.overridden", lang)
    where = target_text(item["target"], media, lang)
    if item.get("version"):
        label += f" · {item['version'].upper()}"
    parts = [f"- **{escape(label)}** · {escape(category_text(item['category'], lang))}"
             + (f" · {escape(where)}" if where else "") + f": {escape(item['message'])}"]
    if item["excerpt"]:
        parts.append(f" – {escape(quoted(item['excerpt'], lang))}")
    return "".join(parts)


def _review(summary: Mapping[str, Any], lang: str) -> list[str]:
    """The reviewer's note and the before-publishing checklist as ticked."""
    lines: list[str] = []
    if summary.get("approval_note", "").strip():
        lines += [f"## {escape(render('export.review.approval_note', lang))}", "", escape(summary["approval_note"]), ""]
    if summary.get("checklist"):
        lines += [f"## {escape(render('export.review.checklist', lang))}", ""]
        lines += [f"- [{'x' if item['done'] else ' '}] {escape(item['text'])}" for item in summary["checklist"]]
        lines.append("")
    return lines


def _media(media: list, lang: str) -> list[str]:
    lines = [f"## {escape(render('export.media.heading', lang))}", ""]
    if not media:
        return lines + [escape(render("export.media.none", lang)), ""]
    for item in media:
        lines.append(f"- **{escape(media_label(item['kind'], item['number'], lang))}** – `{item['file']}`")
        alt = f"{escape(quoted(item['alt'], lang))} (`{item['alt_file']}`)" if item["alt"] else \
            escape(render("export.media.no_alt", lang))
        lines.append(f"  - {escape(render('export.media.alt', lang))}: {alt}")
        lines += [f"  - {escape(note)}" for note in media_notes(item, lang)]
    return lines + [""]
