"""Issue 14: the drafts list tells how each draft's approvals hold — verified, signed by an
unknown key, unsigned or invalid, the words of the review bar, the summary and `somevahti
list --json` — in the row, its tooltip and its accessible description, in Finnish,
Swedish and English. Several channels: the one that proves least."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from composer.approval.approve import make_approval
from composer.approval.trust import weakest
from composer.model.draft import Draft
from composer.model.draft_records import StateChange
from composer.qt.translations import language_installed
from composer.qt.widgets.draft_item_delegate import STATE_ROLE, TRUST_ROLE
from tests.team_fixtures import FREE_PACK, PACK, key_of, team  # noqa: F401

AUTHOR, REVIEWER, STRANGER = "Maija Meikäläinen", "Pekka Virtanen", "Mallory Muukalainen"
WORDS = {
    "fi": {"approved": "Hyväksytty", "verified": "varmennettu", "unknown_key": "tuntemattoman avaimen allekirjoittama",
           "unsigned": "allekirjoittamaton", "invalid": "virheellinen", "in_review": "Tarkastettavana",
           "draft": "Luonnos", "approval": "Hyväksyntä"},
    "sv": {"approved": "Godkänt", "verified": "verifierat", "unknown_key": "signerat med okänd nyckel",
           "unsigned": "osignerat", "invalid": "ogiltigt", "in_review": "Under granskning", "draft": "Utkast",
           "approval": "Godkännande"},
    "en": {"approved": "Approved", "verified": "verified", "unknown_key": "signed by an unknown key",
           "unsigned": "unsigned", "invalid": "invalid", "in_review": "In review", "draft": "Draft",
           "approval": "Approval"},
}
TEXTS = {"fi": "Kirjasto on suljettu juhannuksena.", "sv": "Biblioteket är stängt på midsommar.",
         "en": "The library is closed at midsummer."}


def approved(title: str, text: str, signer_name: str | None, channels=("facebook",), pack: str = PACK) -> Draft:
    draft = Draft(title=title, master=text, channels=list(channels), pack=pack, author=AUTHOR)
    draft.record_state(StateChange("draft", "in_review", AUTHOR, at="2026-11-30T09:00:00Z"))
    signer = key_of(signer_name) if signer_name else None
    for channel in channels:
        draft.set_approval(make_approval(draft, channel, REVIEWER, signer))
    draft.record_state(StateChange("in_review", "approved", REVIEWER, at="2026-11-30T09:05:00Z"))
    return draft


def rows(window) -> dict[str, tuple[str, str | None, str, str]]:
    out = {}
    for r in range(window.drafts.count()):
        item = window.drafts.item(r)
        out[item.text()] = (item.data(STATE_ROLE), item.data(TRUST_ROLE),
                            item.data(Qt.ItemDataRole.AccessibleDescriptionRole), item.toolTip())
    return out


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_each_row_says_how_its_approval_holds(make_window, team, lang: str) -> None:  # noqa: F811
    words, text = WORDS[lang], TEXTS[lang]
    with language_installed(lang):
        window = make_window(lang=lang, user=AUTHOR)
        verified = approved("Varmennettu", text, REVIEWER)
        stranger = approved("Vieras avain", text, STRANGER)
        unsigned = approved("Allekirjoittamaton", text, None, pack=FREE_PACK)  # a pack that allows unsigned ones
        stripped = approved("Riisuttu", text, None)  # a listed reviewer's approval without its signature
        forged = approved("Väärennetty", text, REVIEWER)
        forged.approvals["facebook"] = replace(forged.approvals["facebook"], reviewer="Joku Muu")  # re-named after
        waiting = Draft(title="Odottaa", master=text, pack=PACK, author=AUTHOR)
        waiting.record_state(StateChange("draft", "in_review", AUTHOR, at="2026-11-30T09:00:00Z"))
        for draft in (verified, stranger, unsigned, stripped, forged, waiting):
            window.add_draft(draft)
        shown = rows(window)

        line, trust, described, tip = shown["Varmennettu"]
        assert (line, trust) == (f"{words['approved']} · {words['verified']}", "verified")
        assert described == f"{words['approved']}. {words['approval']}: {words['verified']}."
        assert f"Facebook: {words['verified']}" in tip
        assert shown["Allekirjoittamaton"][:2] == (f"{words['approved']} · {words['unsigned']}", "unsigned")
        # the others do not count, so they are drafts again — and the row says why
        assert shown["Vieras avain"][:2] == (f"{words['draft']} · {words['unknown_key']}", "unknown_key")
        assert shown["Riisuttu"][:2] == (f"{words['draft']} · {words['invalid']}", "invalid")
        assert shown["Väärennetty"][:2] == (f"{words['draft']} · {words['invalid']}", "invalid")
        assert shown["Odottaa"][:3] == (words["in_review"], None, words["in_review"])


def test_several_channels_show_the_approval_that_proves_least(make_window, team) -> None:  # noqa: F811
    window = make_window(lang="fi", user=AUTHOR)
    draft = approved("Uimahalli", "Uimahalli on kiinni maanantaina.", REVIEWER, channels=("facebook", "x"))
    draft.approvals["x"] = make_approval(draft, "x", STRANGER, key_of(STRANGER))  # X approved by someone else
    window.add_draft(draft)
    line, trust, _described, tip = rows(window)["Uimahalli"]
    assert trust == "unknown_key" and line == "Draft · signed by an unknown key"
    assert "Facebook: verified" in tip and "X: signed by an unknown key" in tip


def test_the_row_follows_the_review_bar_after_an_edit_voids_the_approval(make_window, team) -> None:  # noqa: F811
    window = make_window(lang="fi", user=AUTHOR)
    draft = window.add_draft(approved("Kirjasto", "Kirjasto on auki lauantaina.", REVIEWER))
    window.drafts.select_draft(draft)
    assert rows(window)["Kirjasto"][:2] == ("Approved · verified", "verified")
    draft.set_master("Kirjasto on auki lauantaina ja sunnuntaina.")  # the approval no longer holds
    assert rows(window)["Kirjasto"][:2] == ("Draft", None)


def test_weakest_trust_orders_what_proves_least_first() -> None:
    assert weakest([]) is None
    assert weakest(["verified", "verified"]) == "verified"
    assert weakest(["verified", "unsigned"]) == "unsigned"
    assert weakest(["unsigned", "unknown_key", "verified"]) == "unknown_key"
    assert weakest(["unknown_key", "invalid"]) == "invalid"
