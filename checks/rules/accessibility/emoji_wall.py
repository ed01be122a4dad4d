"""accessibility.emoji_wall — a row of emoji that a screen reader reads out one by one.

Anti-pattern: "🎉🎉🎉🎉🎉🎄🎄" — "party popper, party popper, …, Christmas tree".
Best practice: one or two emoji, at the end of a sentence. `min_run` is a setting.
"""
from __future__ import annotations

from typing import Iterable

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule


class EmojiWall(Rule):
    id = "accessibility.emoji_wall"
    category = "accessibility"
    severity = Severity.WARNING
    reads_channel = False
    params = {"min_run": 5}

    def check(self, ctx: Context) -> Iterable[Hit]:
        min_run = int(ctx.param("min_run", self.params["min_run"]))
        run: list[tuple[int, int]] = []
        for span in ctx.emoji + [(-1, -1)]:
            if run and span[0] >= 0 and not ctx.text[run[-1][1]:span[0]].strip():
                run.append(span)
                continue
            if len(run) >= min_run:
                yield Hit("accessibility.emoji_wall", run[0][0], run[-1][1], args={"count": len(run)})
            run = [span] if span[0] >= 0 else []


RULE = EmojiWall()
