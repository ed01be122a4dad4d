"""The content of the export summary as plain data: summary.json as it is, and what the
HTML and Markdown summaries render.

Nothing internal goes in: no comments, no workflow notes. Texts are the exported (NFC)
texts, counted the channel's way with the counters the window's counter strip uses.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

from checks.channels import load_channels
from checks.model import Finding, Severity
from composer.approval.approve import approval_status
from composer.approval.changes import content_changes
from composer.approval.content import content_and_hash
from composer.model.draft import Draft, finding_key
from composer.messages import render
from composer.model.people_record import consents_to_list
from composer.approval.workflow import effective_state

FORMAT = "somevahti-export"
FORMAT_VERSION = 1


def build_report(draft: Draft, findings_by_channel: Mapping[str, Sequence[Finding]], *, texts: Mapping[str, str],
                 text_files: Mapping[str, str], media: Sequence[dict[str, Any]], final: bool, lang: str, by: str,
                 exported_at: str) -> dict[str, Any]:
    """`texts` and `text_files`: the exported text and its file name by channel; `media`:
    the exported media entries (see export.py)."""
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
                              lang) for channel in draft.channels],
        "media": list(media),
        "consents": consents_to_list(draft.consents),
    }


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


def _split(draft: Draft, findings: Sequence[Finding]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The findings still standing, and those ignored with a written reason; worst first."""
    active, ignored = [], []
    for finding in sorted(findings, key=lambda f: -f.severity):
        item = {"rule": finding.rule, "category": finding.category, "severity": finding.severity.label,
                "target": finding.target, "excerpt": finding.excerpt, "message": finding.message}
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
            "key_fingerprint": status.key_fingerprint, "changes": changes}
