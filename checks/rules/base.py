"""What every rule is: a stable id, a category, a default severity, declared settings."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable

from checks.model import Fix, Severity


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


class Rule:
    """A check of a whole post. Subclasses set the class attributes and implement `check`."""

    id: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity]
    params: ClassVar[dict[str, Any]] = {}

    def check(self, ctx: "Context") -> Iterable[Hit]:  # noqa: F821 - see checks.context
        raise NotImplementedError


class ParagraphRule(Rule):
    """A language-aware check of one paragraph at a time (tokens, lemmas, names).

    Hits are relative to the paragraph; the engine shifts them and caches them by
    paragraph text, so only paragraphs whose text changed are analysed again.

    `words_only`: the rule reads only tokens and lemmas (no POS, no names), so it can run
    on the quick analysis while the language models load (see checks/language/quick_analysis).
    """

    words_only = False

    def check_paragraph(self, ctx: "ParagraphContext") -> Iterable[Hit]:  # noqa: F821 - checks.context
        raise NotImplementedError
