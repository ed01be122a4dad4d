"""The entry point: load a pack once, check many posts.

The engine never raises on any text. A rule that fails is logged and skipped (in
strict mode, used by the tests, it raises), and every span is clamped into the text.

Two passes: the pattern pass (structure, identifiers, shouting) runs at once; the
language pass (lemmas, names, lexicons) needs the language models. `language="wait"`
loads them first (CLI, batch), `"if_ready"` skips the pass until they are loaded in the
background (the composer), `"off"` never runs it.
"""
from __future__ import annotations

import logging
from copy import copy
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator

from checks.channels import ChannelSpec, load_channels
from checks.context import Context, ParagraphContext
from checks.language.detect import detect_language
from checks.language.models import LanguageModels, shared_models
from checks.language.paragraphs import paragraph_spans
from checks.language.quick_analysis import quick_analysis, quick_lemmas_ready
from checks.language.simplemma_words import lemma_of
from checks.language.sentence_analyser import SentenceAnalyser
from checks.messages import DEFAULT_LANGUAGE, render
from checks.model import CATEGORIES, Finding, Fix, Post
from checks.pack_loading import load_pack
from checks.packs import Pack
from checks.paragraph_cache import ParagraphCache
from checks.rules.base import Hit, ParagraphRule, Rule, VersionRule
from checks.rules.registry import all_rules

log = logging.getLogger(__name__)
EXCERPT_MAX = 80


class Engine:
    def __init__(self, pack: Pack | str | Path = "kokkola", lang: str = DEFAULT_LANGUAGE,
                 strict: bool = False, rules: Iterable[Rule] | None = None,
                 models: LanguageModels | None = None) -> None:
        self.pack = pack if isinstance(pack, Pack) else load_pack(pack)
        self.lang = lang
        self.strict = strict
        enabled = [r for r in (all_rules() if rules is None else rules) if self.pack.rule_enabled(r.id)]
        self.rules = [r for r in enabled if not isinstance(r, (ParagraphRule, VersionRule))]
        self.channel_rules = [r for r in self.rules if r.reads_channel]
        self.text_rules = [r for r in self.rules if not r.reads_channel]
        self.paragraph_rules = [r for r in enabled if isinstance(r, ParagraphRule)]
        self.version_rules = [r for r in enabled if isinstance(r, VersionRule)]
        self.channels = {cid: spec.with_overrides(self.pack.channel_override(cid))
                         for cid, spec in load_channels().items()}
        # The Finnish tagger only for a rule that reads parts of speech (none does today).
        uses_pos = any(getattr(r, "uses_pos", False) for r in self.paragraph_rules)
        self.models = models or (shared_models(pos=True) if uses_pos else shared_models())
        self.cache = ParagraphCache()
        self.shared = ParagraphCache(16)  # a post's channel-independent findings (check_text)
        self.analyser = SentenceAnalyser(self.models)
        self.text_languages = tuple(self.pack.value("languages", ["fi"]))

    def warm_up(self) -> None:
        """Load what the first check of a paragraph needs before the language models start
        loading beside it: simplemma's dictionaries, when their index is on disk (the quick
        pass then answers the first keystrokes without waiting for them)."""
        if self.paragraph_rules and quick_lemmas_ready(self.text_languages):
            for lang in self.text_languages:
                lemma_of("testi", lang)

    @property
    def language_ready(self) -> bool:
        return self.models.ready

    def check(self, post: Post, language: str = "wait") -> list[Finding]:
        """The findings of one post; a post with language versions is checked per version
        and across versions (checks.versions.run)."""
        if post.channel not in self.channels:
            raise ValueError(f"unknown channel {post.channel!r}")
        if post.versions:
            from checks.versions.run import check_versions
            return sorted(check_versions(self, post, language), key=_order)
        return self.check_text(post, language)

    def check_text(self, post: Post, language: str = "wait", text_lang: str | None = None,
                   patterns: bool = True) -> list[Finding]:
        """The single-text checks of `post.text`; `text_lang` fixes the language of every
        paragraph (a language version), `patterns=False` runs only the language pass.

        The findings that do not depend on the channel (the rules that declare
        `reads_channel = False` and the language pass) are computed once per distinct post
        and shared: a draft's channels that follow its master text differ only in limits."""
        findings = self._rule_findings(self.channel_rules, post, self.channels[post.channel]) if patterns else []
        findings += self._text_findings(post, self._language_mode(language), text_lang, patterns)
        return sorted(findings, key=_order)

    def _language_mode(self, language: str) -> str:
        """Which language pass runs now: "full", "quick" (models loading) or "none"."""
        if not self.paragraph_rules or language == "off":
            return "none"
        if language == "wait":
            self.models.wait()
        else:
            self.models.start()
        if self.models.ready:
            return "full"
        return "quick" if quick_lemmas_ready(self.text_languages) else "none"

    def _text_findings(self, post: Post, mode: str, text_lang: str | None, patterns: bool) -> list[Finding]:
        """The channel-independent findings of `post`, from the shared cache when the same
        post (but for its channel) was checked last; copies, so that no two channels'
        lists hold the same object (checks.draft_notes tells findings apart by identity)."""
        key: tuple | None = (replace(post, channel="", id=None), mode, text_lang, patterns)
        try:
            found = self.shared.get(key)
        except TypeError:  # an unhashable field in a hand-made post: no sharing
            key, found = None, None
        if found is None:
            found = self._rule_findings(self.text_rules, post, None) if patterns else []
            if mode == "full":
                found += self._language_pass(post, text_lang)
            elif mode == "quick":
                found += self._quick_pass(post, text_lang)
            if key is not None:
                self.shared.put(key, found)
        return [copy(f) for f in found]

    def _rule_findings(self, rules: list[Rule], post: Post, channel: ChannelSpec | None) -> list[Finding]:
        ctx = Context(post, self.pack, channel, self.lang)
        findings: list[Finding] = []
        for rule in rules:
            ctx.rule_id = rule.id
            try:
                findings.extend(self._finding(rule, hit, post.text) for hit in rule.check(ctx))
            except Exception as exc:
                if self.strict:
                    raise
                log.error("rule %s failed and its findings are skipped: %s", rule.id, exc)
                log.debug("rule %s failed", rule.id, exc_info=True)
        return findings

    def _quick_pass(self, post: Post, text_lang: str | None = None) -> list[Finding]:
        """While the models load: the words-only rules on the quick analysis (not cached;
        the full pass replaces these findings once the models are ready)."""
        rules = [r for r in self.paragraph_rules if r.words_only]
        findings = []
        for start, end in paragraph_spans(post.text):
            paragraph = post.text[start:end]
            lang = text_lang or detect_language(paragraph, self.text_languages[0])
            ctx = ParagraphContext(paragraph, quick_analysis(paragraph, lang), self.pack, post.role, self.lang)
            for rule, hit in self._rule_hits(rules, ctx):
                settled = rule.settle(_shifted(hit, start), post, self.pack)
                if settled is not None:
                    findings.append(self._finding(rule, settled, post.text))
        return findings

    def _language_pass(self, post: Post, text_lang: str | None = None) -> list[Finding]:
        rules = {r.id: r for r in self.paragraph_rules}
        findings = []
        for start, end in paragraph_spans(post.text):
            paragraph = post.text[start:end]
            key = (paragraph, post.role) if text_lang is None else (paragraph, post.role, text_lang)
            hits = self.cache.get(key)
            if hits is None:
                hits = self._paragraph_hits(paragraph, post.role, text_lang)
                self.cache.put(key, hits)
            for rule_id, hit in hits:
                settled = rules[rule_id].settle(_shifted(hit, start), post, self.pack)
                if settled is not None:
                    findings.append(self._finding(rules[rule_id], settled, post.text))
        return findings

    def _paragraph_hits(self, paragraph: str, role: str, text_lang: str | None = None) -> list[tuple[str, Hit]]:
        lang = text_lang or detect_language(paragraph, self.text_languages[0])
        ctx = ParagraphContext(paragraph, self.analyser.analyse(paragraph, lang), self.pack, role, self.lang)
        return [(rule.id, hit) for rule, hit in self._rule_hits(self.paragraph_rules, ctx)]

    def _rule_hits(self, rules: list[ParagraphRule], ctx: ParagraphContext) -> list[tuple[ParagraphRule, Hit]]:
        hits: list[tuple[ParagraphRule, Hit]] = []
        for rule in rules:
            ctx.rule_id = rule.id
            try:
                hits.extend((rule, hit) for hit in rule.check_paragraph(ctx))
            except Exception as exc:
                if self.strict:
                    raise
                log.error("rule %s failed and its findings are skipped: %s", rule.id, exc)
                log.debug("rule %s failed", rule.id, exc_info=True)
        return hits

    def check_many(self, posts: Iterable[Post], language: str = "wait",
                   chunk: int = 128) -> Iterator[list[Finding]]:
        """Check posts in order; the language pass analyses each chunk's paragraphs in
        one batch (spaCy's nlp.pipe), which is several times faster than one by one."""
        pending: list[Post] = []
        for post in posts:
            pending.append(post)
            if len(pending) == chunk:
                yield from self._check_chunk(pending, language)
                pending = []
        yield from self._check_chunk(pending, language)

    def _check_chunk(self, posts: list[Post], language: str) -> Iterator[list[Finding]]:
        if language == "wait" and self.paragraph_rules:
            self.prepare(posts)
        for post in posts:
            yield self.check(post, language)

    def prepare(self, posts: Iterable[Post]) -> None:
        """Analyse the sentences of `posts` that are not cached yet, in batches."""
        if not self.paragraph_rules:
            return
        self.models.wait()
        paragraphs = {}
        for post in posts:
            for text, lang in ([(t, v) for v, t in post.versions] if post.versions else [(post.text, None)]):
                for start, end in paragraph_spans(text):
                    paragraph = text[start:end]
                    key = (paragraph, post.role) if lang is None else (paragraph, post.role, lang)
                    if self.cache.peek(key) is None and paragraph not in paragraphs:
                        paragraphs[paragraph] = lang or detect_language(paragraph, self.text_languages[0])
        self.analyser.prepare(paragraphs.items())

    def _finding(self, rule: Rule, hit: Hit, text: str) -> Finding:
        """A hit in `text` as a Finding (message, excerpt, clamped spans)."""
        start, end = _clamp(hit.start, hit.end, len(text))
        severity = self.pack.rule_severity(rule.id, hit.severity if hit.severity is not None else rule.severity)
        excerpt = "" if start is None else text[start:end]
        if len(excerpt) > EXCERPT_MAX:
            excerpt = excerpt[: EXCERPT_MAX - 1] + "…"
        fix = None
        if hit.fix is not None:
            fs = min(max(hit.fix.start, 0), len(text))
            fix = Fix(fs, min(max(hit.fix.end, fs), len(text)), hit.fix.replacement)
        return Finding(rule=rule.id, category=rule.category, severity=severity, start=start, end=end,
                       target=hit.target, excerpt=excerpt, message=render(hit.key, self.lang, hit.args),
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


def _shifted(hit: Hit, offset: int) -> Hit:
    """A paragraph's hit moved to its place in the whole text."""
    return Hit(hit.key, None if hit.start is None else hit.start + offset,
               None if hit.end is None else hit.end + offset, hit.target, hit.args,
               None if hit.fix is None else Fix(hit.fix.start + offset, hit.fix.end + offset, hit.fix.replacement),
               hit.severity)


def _order(f: Finding) -> tuple:
    return (_target_rank(f.target), -1 if f.start is None else f.start, f.end or 0,
            -f.severity, CATEGORIES.index(f.category), f.rule, f.message)
