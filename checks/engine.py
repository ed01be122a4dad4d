"""The entry point: load a pack once, check many posts.

The engine never raises on any text. A rule that fails is logged and skipped (in
strict mode, used by the tests, it raises), and every span is clamped into the text.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable, Iterator

from checks.channels import load_channels
from checks.context import Context
from checks.messages import DEFAULT_LANGUAGE, render
from checks.model import CATEGORIES, Finding, Fix, Post
from checks.packs import Pack, load_pack
from checks.rules.base import Hit, Rule
from checks.rules.registry import all_rules

log = logging.getLogger(__name__)
EXCERPT_MAX = 80


class Engine:
    def __init__(self, pack: Pack | str | Path = "kokkola", lang: str = DEFAULT_LANGUAGE,
                 strict: bool = False, rules: Iterable[Rule] | None = None) -> None:
        self.pack = pack if isinstance(pack, Pack) else load_pack(pack)
        self.lang = lang
        self.strict = strict
        self.rules = [r for r in (all_rules() if rules is None else rules) if self.pack.rule_enabled(r.id)]
        self.channels = {cid: spec.with_overrides(self.pack.channel_override(cid))
                         for cid, spec in load_channels().items()}

    def check(self, post: Post) -> list[Finding]:
        if post.channel not in self.channels:
            raise ValueError(f"unknown channel {post.channel!r}")
        ctx = Context(post, self.pack, self.channels[post.channel], self.lang)
        findings: list[Finding] = []
        for rule in self.rules:
            ctx.rule_id = rule.id
            try:
                findings.extend(self._finding(rule, hit, post.text) for hit in rule.check(ctx))
            except Exception:
                if self.strict:
                    raise
                log.exception("rule %s failed; its findings are skipped", rule.id)
        return sorted(findings, key=_order)

    def check_many(self, posts: Iterable[Post]) -> Iterator[list[Finding]]:
        for post in posts:
            yield self.check(post)

    def _finding(self, rule: Rule, hit: Hit, text: str) -> Finding:
        start, end = _clamp(hit.start, hit.end, len(text))
        severity = self.pack.rule_severity(rule.id, hit.severity if hit.severity is not None else rule.severity)
        excerpt = "" if start is None else text[start:end]
        if len(excerpt) > EXCERPT_MAX:
            excerpt = excerpt[: EXCERPT_MAX - 1] + "…"
        fix = None
        if hit.fix is not None:
            fs, fe = _clamp(hit.fix.start, hit.fix.end, len(text))
            fix = Fix(fs, fe, hit.fix.replacement)
        return Finding(rule=rule.id, category=rule.category, severity=severity, start=start, end=end,
                       target=hit.target, excerpt=excerpt, message=render(hit.key, self.lang, **hit.args),
                       key=hit.key, args=dict(hit.args), fix=fix)


def _clamp(start: int | None, end: int | None, length: int) -> tuple[int | None, int | None]:
    if start is None:
        return None, None
    start = min(max(start, 0), length)
    end = start if end is None else min(max(end, start), length)
    return start, end


def _target_rank(target: str) -> tuple[int, int]:
    if target == "text":
        return (0, 0)
    if target.startswith("media:"):
        return (1, int(target[6:]))
    return (2, 0)


def _order(f: Finding) -> tuple:
    return (_target_rank(f.target), -1 if f.start is None else f.start, f.end or 0,
            -f.severity, CATEGORIES.index(f.category), f.rule, f.message)
