"""Check a post that has language versions: every version in its own language, then across.

Published separately, each version is checked as the post it will be; findings name
their version, and a finding that is the same in every version (an image without alt
text) is reported once. Published as one bilingual post, the pattern checks (lengths,
fold, links, identifiers) run on the combined text as it will be posted and each span is
mapped back to its version; the language checks run per version in that version's
language. Then the cross-version rules compare the versions. `engine` is the calling
checks.engine.Engine (typed Any: the engine imports this module, not the reverse).
"""
from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from checks.model import Counterpart, Finding, Fix, Post
from checks.versions.compose import compose
from checks.versions.context import VersionsContext, separator

log = logging.getLogger(__name__)


def _version_post(post: Post, text: str) -> Post:
    return replace(post, text=text, versions=(), combined=False, stale=(), safety=False)


MEMO_SIZE = 64


def _check_version(engine: Any, post: Post, language: str, text_lang: str, patterns: bool = True
                   ) -> list[Finding]:
    """engine.check_text for one version, remembered: while one version is edited the
    others' findings (same post, same language state) are reused."""
    memo = engine.__dict__.setdefault("_version_memo", OrderedDict())
    key = (post, language, text_lang, patterns)
    try:
        found = memo.get(key) if engine.models.ready else None  # while models load, results change
    except TypeError:  # a post that cannot be hashed is simply not remembered
        return engine.check_text(post, language, text_lang=text_lang, patterns=patterns)
    if found is None:
        found = engine.check_text(post, language, text_lang=text_lang, patterns=patterns)
        if engine.models.ready:
            memo[key] = found
        while len(memo) > MEMO_SIZE:
            memo.popitem(last=False)
    else:
        memo.move_to_end(key)
    return list(found)


def _label(findings: list[Finding], version: str) -> list[Finding]:
    return [replace(f, version=version) for f in findings]


def _separate(engine: Any, post: Post, language: str) -> list[Finding]:
    written = [(v, t) for v, t in post.versions if t.strip()]
    per_version = [(v, _check_version(engine, _version_post(post, t), language, v)) for v, t in written]
    out: list[Finding] = []
    shared: dict[tuple, list[str]] = {}
    for version, findings in per_version:
        for f in findings:
            if f.target == "text":
                out.append(replace(f, version=version))
            else:
                shared.setdefault((f.rule, f.target, f.message), []).append(version)
                if len(shared[(f.rule, f.target, f.message)]) == 1:
                    out.append(replace(f, version=version))
    everywhere = {k for k, versions in shared.items() if len(versions) == len(per_version) > 1}
    return [replace(f, version="") if f.target != "text" and (f.rule, f.target, f.message) in everywhere else f
            for f in out]


def _map_back(f: Finding, spans: list[tuple[str, int, int]]) -> Finding:
    if f.start is None or f.end is None:
        return f
    for version, start, end in spans:
        if start <= f.start and f.end <= end:
            fix = None if f.fix is None else Fix(f.fix.start - start, f.fix.end - start, f.fix.replacement)
            if f.fix is not None and not (start <= f.fix.start and f.fix.end <= end):
                fix = None
            return replace(f, version=version, start=f.start - start, end=f.end - start, fix=fix)
    return replace(f, start=None, end=None, target="post", fix=None)  # across the separator


def _combined(engine: Any, post: Post, language: str) -> list[Finding]:
    text, spans = compose(post.versions, separator(engine.pack))
    findings = [_map_back(f, spans) for f in engine.check_text(_version_post(post, text), "off")]
    for version, version_text in post.versions:
        if version_text.strip():
            language_findings = _check_version(engine, _version_post(post, version_text), language, version,
                                               patterns=False)
            findings += _label(language_findings, version)
    return findings


def _cross(engine: Any, post: Post) -> list[Finding]:
    ctx = VersionsContext(post, engine.pack, engine.lang)
    texts = dict(post.versions)
    findings = []
    for rule in engine.version_rules:
        ctx.rule_id = rule.id
        try:
            hits = list(rule.check_versions(ctx))
        except Exception as exc:
            if engine.strict:
                raise
            log.error("rule %s failed and its findings are skipped: %s", rule.id, exc)
            continue
        for hit in hits:
            finding = replace(engine._finding(rule, hit, texts.get(hit.version, "")), version=hit.version)
            if hit.other is not None:
                other, start, end = hit.other
                other_text = texts.get(other, "")
                excerpt = "" if start is None else other_text[start:end]
                finding = replace(finding, other=Counterpart(other, start, end, excerpt))
            findings.append(finding)
    return findings


def check_versions(engine: Any, post: Post, language: str) -> list[Finding]:
    if len(post.versions) == 1:
        findings = engine.check_text(_version_post(post, post.versions[0][1]), language, text_lang=post.versions[0][0])
    elif post.combined:
        findings = _combined(engine, post, language)
    else:
        findings = _separate(engine, post, language)
    return findings + _cross(engine, post)
