"""Where a channel folds a text ("… näytä lisää") and where its limit cuts it: one
computation for the editor's fold line and over-limit tint and for the channel preview,
so the two always agree with each other and with the checks. Qt-free."""
from __future__ import annotations

from dataclasses import dataclass

from checks.channels.spec import ChannelSpec
from checks.text.words import word_at


@dataclass(frozen=True)
class ChannelFold:
    fold: int | None  # str index where the reader's first view ends; None: all of it shows
    cut: int | None  # first str index over the channel's limit; None: the text fits
    total: int  # the text's length counted the channel's way


def fold_index(fold: int | None, text: str) -> int | None:
    """The str index where a fold at about `fold` characters hides the rest: the start of
    the word the fold falls in, as the fold check words it (channel_limits.fold)."""
    if not fold or len(text.rstrip()) <= fold:
        return None
    start, _ = word_at(text, fold)
    return start if text[:start].strip() else fold


def channel_fold(spec: ChannelSpec, text: str) -> ChannelFold:
    count = spec.count(text)
    return ChannelFold(fold_index(spec.fold, text), count.cut, count.total)
