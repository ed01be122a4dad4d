"""Word windows inside one sentence, shared by rules that need a word's neighbours
("salainen suunnitelma", "Tyhmät valittajat", "Valtuutettu Virtanen valehtelee")."""
from __future__ import annotations

from typing import Sequence

from checks.context import ParagraphContext
from checks.language.lexicon import matcher_for
from checks.language.paragraphs import sentence_spans
from checks.language.tokens import Token


def sentence_of(ctx: ParagraphContext, start: int) -> tuple[int, int]:
    return next(((s, e) for s, e in sentence_spans(ctx.text) if s <= start < e), (0, len(ctx.text)))


def words_of(ctx: ParagraphContext, span: tuple[int, int]) -> list[Token]:
    return [t for t in ctx.tokens if span[0] <= t.start < span[1] and t.text[:1].isalnum()]


def lexicon_spans(ctx: ParagraphContext, lexicon: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in matcher_for(ctx.pack, lexicon).find(ctx.tokens, ctx.text_lang)]


def near(ctx: ParagraphContext, start: int, end: int, spans: Sequence[tuple[int, int]],
         before: int, after: int) -> bool:
    """Whether one of `spans` starts within `before` words before or `after` words after
    text[start:end], in the same sentence."""
    if not spans:
        return False
    words = words_of(ctx, sentence_of(ctx, start))
    at = next((i for i, t in enumerate(words) if t.start <= start < t.end or t.start >= start), None)
    if at is None:
        return False
    last = next((i for i, t in enumerate(words) if t.end >= end), at)
    window = words[max(0, at - before):at] + words[last + 1:last + 1 + after]
    return any(a <= t.start < b for t in window for a, b in spans)


def in_sentence(ctx: ParagraphContext, start: int, spans: Sequence[tuple[int, int]]) -> bool:
    s, e = sentence_of(ctx, start)
    return any(s <= a < e for a, _ in spans)


def name_spans(ctx: ParagraphContext) -> list[tuple[int, int]]:
    """People's names: the Finnish model's PERSON entities that are proper nouns, or a
    first name from the pack followed by capitalised words."""
    from checks.rules.personal_data._about_person import name_token_spans
    first_names = frozenset(e["name"].lower() for e in ctx.pack.entries("personal_data.first_names"))
    tokens = ctx.tokens
    return [(tokens[a].start, tokens[b].end) for a, b in name_token_spans(tokens, ctx.analysis.entities, first_names)]
