"""mentions_hashtags.too_many — more hashtags or @-tags than the channel takes, or too
long a tag.

Anti-pattern: six tags on Instagram (an error: Instagram takes at most 5 per post or reel
since December 2025), eight on TikTok (5), two on Threads (one topic tag), 20 on YouTube
(over 15 are ignored); twelve on LinkedIn (LinkedIn's own advice is three at most); a
Bluesky tag over 64 characters; 21 @-tags on Instagram (20).
Best practice: pick the few tags people follow. Limits and advice are channel data
(resources/channels/channels.toml), each with its source.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule
from checks.text.graphemes import grapheme_count


class TooManyHashtags(Rule):
    id = "mentions_hashtags.too_many"
    category = "mentions_hashtags"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterable[Hit]:
        spec = ctx.channel
        tags = ctx.hashtags
        if spec.hashtags_max is not None and len(tags) > spec.hashtags_max:
            hard = spec.hashtags_hard
            yield Hit("mentions_hashtags.too_many_hard" if hard else "mentions_hashtags.too_many",
                      tags[spec.hashtags_max].start, tags[-1].end,
                      args={"channel": spec.name, "count": len(tags), "limit": spec.hashtags_max},
                      severity=Severity.ERROR if hard else None)
        elif spec.hashtags_advice is not None and len(tags) > spec.hashtags_advice:
            yield Hit("mentions_hashtags.too_many_advice", tags[spec.hashtags_advice].start, tags[-1].end,
                      args={"channel": spec.name, "count": len(tags), "limit": spec.hashtags_advice})
        mentions = ctx.mentions
        if spec.mentions_max is not None and len(mentions) > spec.mentions_max:
            yield Hit("mentions_hashtags.too_many_mentions", mentions[spec.mentions_max].start, mentions[-1].end,
                      args={"channel": spec.name, "count": len(mentions), "limit": spec.mentions_max})
        if spec.hashtag_graphemes_max is not None:
            for tag in tags:
                length = grapheme_count(tag.tag)
                if length > spec.hashtag_graphemes_max:
                    yield Hit("mentions_hashtags.tag_too_long", tag.start, tag.end,
                              args={"channel": spec.name, "count": length, "limit": spec.hashtag_graphemes_max})


RULE = TooManyHashtags()
