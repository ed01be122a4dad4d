"""The content of the export summary as plain data: summary.json as it is, and what the
HTML and Markdown summaries render.

Nothing internal goes in: no comments, no change requests. What the approval rests on
does: who approved, whether the approval is verified (composer.approval.trust), the note
written with it, and the before-publishing checklist as ticked. Texts are the exported
(NFC) texts, counted the channel's way with the counters the window's counter strip uses.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

from checks.channels import load_channels
from checks.model import Finding, Severity
from composer.approval.approve import approval_status
from composer.approval.changes import content_changes
from composer.approval.content import content_and_hash
from composer.model.checklist import checklist_for
from composer.model.draft import Draft, finding_key
from composer.messages import render
from composer.model.people_record import consents_to_list
from composer.approval.workflow import effective_state

FORMAT = "somevahti-export"
FORMAT_VERSION = 1


def build_report(draft: Draft, findings_by_channel: Mapping[str, Sequence[Finding]], *, texts: Mapping[str, str],
                 text_files: Mapping[str, str], media: Sequence[dict[str, Any]], final: bool, lang: str, by: str,
                 exported_at: str, versions: Mapping[str, Sequence[tuple[str, str, str]]] | None = None
                 ) -> dict[str, Any]:
    """`texts` and `text_files`: the exported text and its file name by channel; `media`:
    the exported media entries (see export.py). `versions`: for a draft with language
    versions, each channel's posted texts as (version, text, file); "" is the combined one."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "final": final,
        "language": lang,
        "exported_at": exported_at,
        "exported_by": by,
        "draft": {"id": draft.id, "title": draft.title, "state": effective_state(draft), "author": draft.author,
                  "pack": draft.pack, "role": draft.role},
        "paid_campaign": {"paid": draft.paid, "decided_by": draft.paid_record.decided_by,
                          "notified_to": draft.paid_record.notified_to,
                          "notified_on": draft.paid_record.notified_on, "complete": draft.paid_record.complete},
        "channels": [_channel(draft, channel, texts[channel], text_files[channel], findings_by_channel.get(channel),
                              lang) | _versions(channel, (versions or {}).get(channel)) for channel in draft.channels],
        "media": list(media),
        "approval_note": _approval_note(draft),
        "checklist": _checklist(draft, lang),
        "consents": consents_to_list(draft.consents),
    }


def _approval_note(draft: Draft) -> str:
    """The note the reviewer wrote when approving (the step that made the draft approved)."""
    steps = [h for h in draft.history if h.to_state == "approved"]
    return steps[-1].note if steps and draft.state in ("approved", "exported") else ""


def _checklist(draft: Draft, lang: str) -> list[dict[str, Any]]:
    """The before-publishing checklist of the draft's role, each item ticked or not."""
    try:
        items = checklist_for(draft.role)
    except ValueError:
        return []
    return [{"id": item.id, "text": item.label(lang), "done": item.id in draft.checklist} for item in items]


def _channel(draft: Draft, channel: str, text: str, file: str, findings: Sequence[Finding] | None,
             lang: str) -> dict[str, Any]:
    spec = load_channels()[channel]
    total = spec.count(text).total
    limit = spec.text_max
    active, ignored = _split(draft, findings or ())
    return {
        "channel": channel,
        "name": spec.name,
        "file": file,
        "text": text,
        "count": {"total": total, "limit": limit, "unit": spec.counting, "over_by": max(0, total - limit)},
        "approval": _approval(draft, channel, lang),
        "checked": findings is not None,
        "findings": active,
        "ignored": ignored,
    }


def _versions(channel: str, posted: Sequence[tuple[str, str, str]] | None) -> dict[str, Any]:
    """The language versions of a channel, side by side in the summaries (only for a draft
    that has them, so older summaries keep their form)."""
    if posted is None:
        return {}
    spec = load_channels()[channel]
    return {"versions": [{"version": version, "text": text, "file": file,
                          "count": {"total": spec.count(text).total, "limit": spec.text_max}}
                         for version, text, file in posted]}


def _split(draft: Draft, findings: Sequence[Finding]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The findings still standing, and those ignored with a written reason; worst first."""
    active, ignored = [], []
    for finding in sorted(findings, key=lambda f: -f.severity):
        item = {"rule": finding.rule, "category": finding.category, "severity": finding.severity.label,
                "target": finding.target, "excerpt": finding.excerpt, "message": finding.message}
        if finding.version:
            item["version"] = finding.version
        record = draft.ignored.get(finding_key(finding))
        if record is not None and record.reason.strip():
            ignored.append(item | {"overridden": finding.severity >= Severity.ERROR, "reason": record.reason,
                                   "by": record.by})
        else:
            active.append(item)
    return active, ignored


def _approval(draft: Draft, channel: str, lang: str) -> dict[str, Any]:
    """The approval record and its status; when void, what changed since (in `lang`)."""
    status = approval_status(draft, channel)
    changes = []
    if status.state == "void":
        current, _digest = content_and_hash(draft, channel)
        changes = [render(change.key, lang, **change.args)
                   for change in content_changes(draft.approvals[channel].content, current)]
    return {"state": status.state, "reviewer": status.reviewer, "at": status.at,
            "signature": None if status.state == "none" else status.signature,
            "trust": None if status.state == "none" else status.trust,
            "self_approval": status.self_approval, "counts": status.counts,
            "key_fingerprint": status.key_fingerprint, "changes": changes}
