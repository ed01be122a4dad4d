"""mentions_hashtags.handle — an @-mention the channel cannot link.

Anti-pattern: "@kaupunginkirjastokokkola" on X (handles are at most 15 characters),
"@kirjastö" (no ä or ö in handles), "@kokkola" on Bluesky (handles are domain names).
Best practice: check the account's real handle on that channel.
An e-mail address (liisa@kokkola.fi) is not a mention.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import regex

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule

# Anything written as a mention: an at sign not preceded by a word character (so not an
# e-mail address), then the handle's characters, with trailing punctuation dropped.
_CANDIDATE = regex.compile(r"(?<![\p{L}\p{M}\p{Nd}_.@＠])[@＠]([\p{L}\p{M}\p{Nd}_.\-]+(?:@[\p{L}\p{Nd}\-]+(?:\.[\p{L}\p{Nd}\-]+)+)?)")


@lru_cache(maxsize=16)
def _compiled(pattern: str) -> regex.Pattern:
    return regex.compile(pattern)


class Handle(Rule):
    id = "mentions_hashtags.handle"
    category = "mentions_hashtags"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterable[Hit]:
        spec = ctx.channel
        if not spec.handle_pattern:
            return
        pattern = _compiled(spec.handle_pattern)
        for m in _CANDIDATE.finditer(ctx.text):
            handle = m.group(1).rstrip(".-")
            if not handle:
                continue
            end = m.start(1) + len(handle)
            if any(s <= m.start() < e for s, e in ctx.urls):
                continue
            local = handle.split("@")[0] if spec.id == "mastodon" else handle
            args = {"channel": spec.name, "handle": "@" + handle, "limit": spec.handle_max or 0}
            if spec.handle_max and len(local) > spec.handle_max and spec.id != "bluesky":
                yield Hit("mentions_hashtags.handle.too_long", m.start(), end, args=dict(args, count=len(local)))
            elif not pattern.fullmatch(handle):
                yield Hit(f"mentions_hashtags.handle.invalid.{spec.id}", m.start(), end, args=args)


RULE = Handle()
