"""Whether a draft exports as final: every chosen channel approved as it is now."""
from __future__ import annotations

from checks.channels import load_channels
from composer.model.draft import Draft
from composer.messages import render
from composer.approval.workflow import channels_not_approved


def is_final(draft: Draft) -> bool:
    """True when every chosen channel has a current approval whose record is intact
    (signed validly or unsigned)."""
    return bool(draft.channels) and not channels_not_approved(draft)


def not_approved_message(draft: Draft, lang: str) -> str:
    """The sentence saying which channels lack a current approval."""
    names = ", ".join(load_channels()[c].name for c in channels_not_approved(draft))
    return render("export.error.not_approved", lang, channels=names)


def missing_versions_message(missing: dict[str, list[str]], lang: str) -> str:
    """The sentence naming the channels that lack a required language version."""
    names = "; ".join(f"{load_channels()[c].name} ({', '.join(v.upper() for v in versions)})"
                      for c, versions in missing.items())
    return render("export.error.missing_versions", lang, channels=names)
