"""Notes that belong to a draft, not to each channel's copy of it.

A draft is checked once per channel. The fold note and the brand-hashtag reminder would
then say the same thing once per channel; `once_per_draft` keeps one of each — the fold
note on the first channel it applies to, naming every channel it applies to, the reminder
on the first channel only. Everything else is left as it is.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Mapping

from checks.messages import render
from checks.model import Finding

FOLD = "channel_limits.fold"
BRAND_SUGGEST = "mentions_hashtags.brand_tags.suggest"


def once_per_draft(findings: Mapping[str, list[Finding]], lang: str) -> dict[str, list[Finding]]:
    """`findings` by key (one key per channel, in the draft's order) → the same with the
    fold note and the brand reminder kept once for the whole draft."""
    folds = [(key, f) for key, found in findings.items() for f in found if f.rule == FOLD]
    brand = [(key, f) for key, found in findings.items() for f in found if f.key == BRAND_SUGGEST]
    drop = {id(f) for _, f in folds[1:]} | {id(f) for _, f in brand[1:]}
    merged = None
    if len(folds) > 1:
        names = list(dict.fromkeys(f.args.get("channel", "") for _, f in folds))
        first = folds[0][1]
        args = dict(first.args, channels=", ".join(names))
        merged = replace(first, message=render("channel_limits.fold_draft", lang, args),
                         key="channel_limits.fold_draft", args=args)
    out: dict[str, list[Finding]] = {}
    for key, found in findings.items():
        kept = []
        for f in found:
            if id(f) in drop:
                continue
            kept.append(merged if merged is not None and f is folds[0][1] else f)
        out[key] = kept
    return out
