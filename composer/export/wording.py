"""The summary's values in words, shared by the HTML and Markdown summaries so both say
the same: times, counts, approvals, signatures, severities, media labels."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Mapping, Sequence

from composer.messages import render
from composer.present.names import category_name
from composer.model.people_record import consents_from_list, named_consent_line, people_from_dict, people_line


def time_text(iso: str, lang: str) -> str:
    """An ISO time in this computer's time zone: "23.11.2026 klo 12.15 (UTC+2)"."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    local = (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone()
    offset = local.utcoffset()  # astimezone() always gives an offset
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    zone = "UTC" if not minutes else f"UTC{'+' if minutes > 0 else '−'}{abs(minutes) // 60}" + (
        f":{abs(minutes) % 60:02d}" if minutes % 60 else "")
    return render("export.time", lang, day=local.day, month=local.month, year=local.year, hour=local.hour,
                  minute=f"{local.minute:02d}", zone=zone)


def quoted(text: str, lang: str) -> str:
    return render("export.quoted", lang, text=text)


def number(value: int) -> str:
    """63206 → "63 206" (narrow no-break space, as the window's counters show it)."""
    return f"{value:,}".replace(",", "\u202f")


def person(name: str, lang: str) -> str:
    return name.strip() or render("export.unknown_person", lang)


def title(summary: Mapping[str, Any], lang: str) -> str:
    return summary["draft"]["title"].strip() or render("export.untitled", lang)


def count_text(count: Mapping[str, Any], lang: str) -> str:
    text = render("export.channel.count", lang, total=number(count["total"]), limit=number(count["limit"]),
                  unit=render(f"export.unit.{count['unit']}", lang))
    if count["over_by"]:
        text += " – " + render("export.channel.over", lang, over=number(count["over_by"]))
    return text


def approval_text(approval: Mapping[str, Any], lang: str) -> str:
    if approval["state"] == "none":
        return render("export.approval.none", lang)
    return render(f"export.approval.{approval['state']}", lang, reviewer=person(approval["reviewer"], lang),
                  at=time_text(approval["at"], lang), changes=", ".join(approval["changes"]))


def signature_text(approval: Mapping[str, Any], lang: str) -> str:
    """Whether the approval proves who approved: verified, unknown key, unsigned, invalid."""
    if approval.get("trust") is None:
        return ""
    text = render(f"export.trust.{approval['trust']}", lang, fingerprint=approval["key_fingerprint"])
    if approval.get("self_approval") and approval["trust"] != "invalid":
        text += " " + render("export.trust.self_approval", lang)
    return text


def approval_ok(approval: Mapping[str, Any]) -> bool:
    return bool(approval.get("counts"))


def severity_text(severity: str, lang: str) -> str:
    return render(f"export.severity.{severity}", lang)


def category_text(category: str, lang: str) -> str:
    return category_name(category, lang)


def media_label(kind: str, position: int, lang: str) -> str:
    """"Kuva 2" / "Video 1": media are numbered by their place in the post, as the checks
    number them."""
    return render(f"export.media.{'video' if kind == 'video' else 'image'}", lang, number=position)


def target_text(target: str, media: Sequence[Mapping[str, Any]], lang: str) -> str:
    """"Kuva 2" for a finding about the second media item; "" for the text or the post."""
    if not target.startswith("media:") or not target[6:].isdigit():
        return ""
    index = int(target[6:])
    kind = media[index]["kind"] if index < len(media) else "image"
    return media_label(kind, index + 1, lang)


def reason_text(item: Mapping[str, Any], lang: str) -> str:
    key = "export.checks.reason_by" if item["by"].strip() else "export.checks.reason"
    return render(key, lang, reason=item["reason"], by=item["by"].strip())


def paid_lines(paid: Mapping[str, Any], lang: str) -> list[tuple[str, str]]:
    """(label, value) rows of the paid-campaign record; one row when the post is not paid."""
    if not paid["paid"]:
        return [(render("export.meta.paid", lang), render("export.paid.no", lang))]
    rows = [(render("export.meta.paid", lang), render("export.paid.yes", lang))]
    for field in ("decided_by", "notified_to", "notified_on"):
        value = paid[field].strip()
        rows.append((render(f"export.paid.{field}", lang), value or render("export.paid.missing", lang)))
    return rows


def media_notes(item: Mapping[str, Any], lang: str) -> list[str]:
    """What to know about one exported media item: metadata, captions, who it shows and
    who agreed (internal: the summary only, never the channel text or the image)."""
    notes = [render("export.media.cleaned" if item["metadata_removed"] else "export.media.not_cleaned", lang)]
    if item["kind"] == "video" and item["captions"] is not None:
        notes.append(render("export.media.captions_yes" if item["captions"] else "export.media.captions_no", lang))
    people = item.get("people")
    record = None if people is None else people_from_dict(people)
    notes.append(f"{render('people.heading', lang)}: {people_line(record, lang)}")
    return notes


def consent_lines(summary: Mapping[str, Any], lang: str) -> list[tuple[str, str]]:
    """The consents recorded for people named in the text, as (label, value) rows."""
    consents = consents_from_list(summary.get("consents", []))
    if not consents:
        return []
    return [(render("people.named_heading", lang), "; ".join(named_consent_line(c, lang) for c in consents))]
