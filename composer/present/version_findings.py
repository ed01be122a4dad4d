"""Which findings each language-version editor underlines (Qt-free).

A finding's span is in its own version; a cross-version finding also marks its other
side, so a mismatch ("klo 18" / "kl. 19") is underlined in both editors."""
from __future__ import annotations

from dataclasses import replace

from checks.model import Finding


def findings_for(findings: list[Finding], version: str, primary: str) -> list[Finding]:
    """The findings to underline in the editor of `version` (the primary's editor also
    takes unlabelled findings, those of a single-text post)."""
    mine = {version} | ({""} if version == primary else set())
    out = [f for f in findings if f.version in mine]
    for f in findings:
        other = f.other
        if other is not None and other.version == version and other.start is not None and f.version not in mine:
            out.append(replace(f, version=version, start=other.start, end=other.end, excerpt=other.excerpt,
                               fix=None, other=None))
    return out


def label(finding: Finding) -> str:
    """The message with its version in front ("SV · …") when it belongs to one."""
    return f"{finding.version.upper()} · {finding.message}" if finding.version else finding.message
