"""What every rule is: a stable id, a category, a default severity, declared settings."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Iterable

from checks.model import Fix, Post, Severity

if TYPE_CHECKING:
    from checks.packs import Pack

if TYPE_CHECKING:  # the context module builds on the rules' results, not the other way round
    from checks.context import Context, ParagraphContext


@dataclass(frozen=True)
class Hit:
    """One thing a rule found. The engine turns it into a Finding (message, excerpt)."""
    key: str
    start: int | None = None
    end: int | None = None
    target: str = "text"
    args: dict[str, Any] = field(default_factory=dict)
    fix: Fix | None = None
    severity: Severity | None = None  # overrides the rule's default, e.g. info vs warning
    version: str = ""  # a cross-version hit: the language version the span is in
    other: tuple[str, int | None, int | None] | None = None  # (version, start, end) on the other side


class Rule:
    """A check of a whole post. Subclasses set the class attributes and implement `check`.

    `reads_channel = False`: the rule never looks at the channel (ctx.channel,
    post.channel), so the engine runs it once per distinct post text and gives every
    channel of a draft the same findings.
    """

    id: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity]
    params: ClassVar[dict[str, Any]] = {}
    reads_channel: ClassVar[bool] = True

    def check(self, ctx: Context) -> Iterable[Hit]:
        raise NotImplementedError


class ParagraphRule(Rule):
    """A language-aware check of one paragraph at a time (tokens, lemmas, names).

    Hits are relative to the paragraph; the engine shifts them and caches them by
    paragraph text, so only paragraphs whose text changed are analysed again.

    `words_only`: the rule reads only tokens and lemmas (no POS, no names), so it can run
    on the quick analysis while the language models load (see checks/language/quick_analysis).
    """

    words_only = False

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        raise NotImplementedError

    def settle(self, hit: Hit, post: Post, pack: Pack) -> Hit | None:
        """A cached paragraph hit seen against the whole post (e.g. its consent records,
        which are not part of the paragraph cache key); None drops it."""
        return hit


class VersionRule(Rule):
    """A check across the language versions of one post (checks.versions.context)."""

    def check(self, ctx: Context) -> Iterable[Hit]:  # a version rule has no single text
        return ()

    def check_versions(self, ctx: Any) -> Iterable[Hit]:  # a checks.versions.context.VersionsContext
        raise NotImplementedError
