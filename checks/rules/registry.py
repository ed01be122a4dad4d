"""Every rule the engine runs, in one explicit list (no import-time magic)."""
from __future__ import annotations

from functools import cache
from importlib import import_module

from checks.rules.base import Rule

RULE_MODULES: tuple[str, ...] = (
    "channel_limits.length",
    "channel_limits.fold",
    "channel_limits.media_count",
    "channel_limits.forbidden_chars",
    "channel_limits.links",
    "mentions_hashtags.broken_hashtag",
    "mentions_hashtags.digits_only",
    "mentions_hashtags.duplicate",
    "mentions_hashtags.too_many",
    "mentions_hashtags.handle",
    "mentions_hashtags.brand_tags",
    "accessibility.alt_missing",
    "accessibility.alt_meaningless",
    "accessibility.alt_too_long",
    "accessibility.captions",
    "accessibility.camelcase",
    "accessibility.emoji_wall",
    "accessibility.fancy_letters",
    "paid_campaign.not_notified",
    "paid_campaign.ad_language",
)


@cache
def all_rules() -> tuple[Rule, ...]:
    rules = []
    for name in RULE_MODULES:
        module = import_module(f"checks.rules.{name}")
        rules.append(module.RULE)
    return tuple(rules)


def rule_params() -> dict[str, frozenset[str]]:
    """Rule id → the settings a pack may give it (besides enabled and severity)."""
    return {r.id: frozenset(r.params) for r in all_rules()}
