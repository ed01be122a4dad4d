"""Everything a rule may look at for one post, computed once and shared."""
from __future__ import annotations

from functools import cached_property
from typing import Any

from checks.channels import ChannelSpec
from checks.language.tokens import Analysis
from checks.model import Post
from checks.packs import Pack
from checks.text.emoji_spans import emoji_spans
from checks.text.twitter_entities import Hashtag, Mention, extract_hashtags, extract_mentions
from checks.text.urls import cached_url_spans


class Context:
    """`channel` None: the context of the rules that declare `reads_channel = False`, whose
    findings the engine shares between the channels of one text; reading it is a bug."""

    def __init__(self, post: Post, pack: Pack, channel: ChannelSpec | None, lang: str) -> None:
        self.post = post
        self.text = post.text
        self.pack = pack
        self._channel = channel
        self.lang = lang
        self.rule_id = ""

    @property
    def channel(self) -> ChannelSpec:
        if self._channel is None:
            raise RuntimeError(f"rule {self.rule_id} declares reads_channel = False but read the channel")
        return self._channel

    def param(self, name: str, default: Any) -> Any:
        """A rule setting: the pack's value, else the rule's default."""
        return self.pack.rule_param(self.rule_id, name, default)

    @cached_property
    def hashtags(self) -> list[Hashtag]:
        return extract_hashtags(self.text, self.urls)

    @cached_property
    def mentions(self) -> list[Mention]:
        return extract_mentions(self.text)

    @cached_property
    def urls(self) -> list[tuple[int, int]]:
        return cached_url_spans(self.text)  # line by line, each line remembered

    @cached_property
    def emoji(self) -> list[tuple[int, int]]:
        return emoji_spans(self.text)

    @cached_property
    def images(self) -> list[int]:
        return [i for i, m in enumerate(self.post.media) if m.kind == "image"]

    @cached_property
    def videos(self) -> list[int]:
        return [i for i, m in enumerate(self.post.media) if m.kind == "video"]


class ParagraphContext:
    """One paragraph of a post, analysed in its own language."""

    def __init__(self, text: str, analysis: Analysis, pack: Pack, role: str, lang: str) -> None:
        self.text = text
        self.analysis = analysis
        self.tokens = analysis.tokens
        self.text_lang = analysis.lang  # the paragraph's language
        self.pack = pack
        self.role = role
        self.lang = lang  # the language of the messages
        self.rule_id = ""

    def param(self, name: str, default: Any) -> Any:
        return self.pack.rule_param(self.rule_id, name, default)
