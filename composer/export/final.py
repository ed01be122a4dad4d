"""Whether a draft exports as final: in the state "approved" (or "exported", unchanged
since) with every chosen channel's approval counting (composer.approval.trust)."""
from __future__ import annotations

from checks.channels import load_channels
from composer.model.draft import Draft
from composer.messages import render
from composer.present.names import state_name
from composer.approval.workflow import APPROVED_STATES, channels_not_approved


def is_final(draft: Draft) -> bool:
    """True when the draft is approved (or exported) and every chosen channel has an
    approval that counts: current, verified (or unsigned where the pack allows it), not
    the author's own."""
    return bool(draft.channels) and draft.state in APPROVED_STATES and not channels_not_approved(draft)


def not_approved_message(draft: Draft, lang: str) -> str:
    """The sentence saying why the draft does not export as final."""
    failing = channels_not_approved(draft)
    if not failing and draft.state not in APPROVED_STATES:
        return render("export.error.not_approved_state", lang, state=state_name(draft.state, lang))
    names = ", ".join(load_channels()[c].name for c in failing)
    return render("export.error.not_approved", lang, channels=names)


def missing_versions_message(missing: dict[str, list[str]], lang: str) -> str:
    """The sentence naming the channels that lack a required language version."""
    names = "; ".join(f"{load_channels()[c].name} ({', '.join(v.upper() for v in versions)})"
                      for c, versions in missing.items())
    return render("export.error.missing_versions", lang, channels=names)
