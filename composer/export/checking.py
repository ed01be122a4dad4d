"""The full checks of a draft, as the export summary reports them (the CLI's source of
findings; the window passes the findings it already has)."""
from __future__ import annotations

from checks import Engine
from checks.draft_notes import once_per_draft
from checks.model import Finding
from composer.model.draft import Draft


def check_draft(draft: Draft, lang: str) -> dict[str, list[Finding]]:
    """Every chosen channel's variant checked with the draft's pack, language models
    included (waits for them to load); messages in `lang`. Raises checks.packs.PackError
    when the pack cannot be loaded."""
    engine = Engine(draft.pack, lang=lang)
    # the draft-level notes once per draft, as the window's checks give them (composer.checking.job)
    return once_per_draft({channel: engine.check(draft.post(channel), language="wait") for channel in draft.channels},
                          lang)
