"""The review workflow: blocking errors and written overrides, reviewer names, no approving
one's own draft unless the pack allows it, and an edit after approval voiding it."""
from __future__ import annotations

from pathlib import Path

import pytest

from checks.engine import Engine
from checks.model import Finding, Media, Severity
from checks.pack_loading import load_pack
from checks.packs import PackError
from composer.approval.approve import approval_status
from dataclasses import replace

from composer.approval.team import policy_for_pack
from composer.model.draft import Draft, Ignored, finding_key
from composer.approval.workflow import (
    WorkflowError, approve_draft, archive, effective_state, mark_exported, record_changed_after_approval,
    reopen, request_changes, send_to_review,
)
from tests.memory_keyring import MemoryKeyring
from tests.team_fixtures import FREE_PACK, PACK, Team, key_of


@pytest.fixture(autouse=True)
def memory_keyring(team: Team) -> MemoryKeyring:
    """Every test here runs with the team of tests.team_fixtures and its keyring."""
    return team.keyring


def TEAM_POLICY():  # noqa: N802
    return policy_for_pack(PACK)

AUTHOR = "Maija Meikäläinen"
REVIEWER = "Pekka Virtanen"


def finding(rule: str, severity: Severity, excerpt: str, target: str = "text") -> Finding:
    return Finding(rule=rule, category=rule.split(".")[0], severity=severity, start=None, end=None,
                   target=target, excerpt=excerpt, message=f"{rule}: {excerpt}")


HETU = finding("personal_data.hetu", Severity.ERROR, "131052-308T")
SECRET = finding("confidential.terms", Severity.ERROR, "Majakka-hankkeesta")
SHOUTING = finding("tone.shouting", Severity.WARNING, "!!!")


def library_draft(tmp_path: Path, author: str = AUTHOR) -> Draft:
    image = tmp_path / "kirjasto.jpg"
    image.write_bytes(b"\xff\xd8 kirjaston lukusali")
    draft = Draft(title="Aukioloajat", master="Pääkirjasto on suljettu itsenäisyyspäivänä 6.12.",
                  channels=["facebook", "instagram"], author=author, pack=PACK)
    draft.add_media(Media("image", "Kirjaston lukusali aamulla.", None, str(image)))
    return draft


def clean(draft: Draft) -> dict[str, list[Finding]]:
    return {channel: [SHOUTING] for channel in draft.channels}


def in_review(tmp_path: Path, author: str = AUTHOR) -> Draft:
    draft = library_draft(tmp_path, author)
    send_to_review(draft, clean(draft), author)
    return draft


# -- blocking errors and overrides ------------------------------------------------------
def test_error_findings_block_sending_to_review_and_are_listed(tmp_path: Path) -> None:
    draft = library_draft(tmp_path)
    findings = {"facebook": [HETU, SHOUTING], "instagram": [HETU, SECRET]}
    with pytest.raises(WorkflowError) as raised:
        send_to_review(draft, findings, AUTHOR)
    error = raised.value
    assert str(error).startswith("2 error-level findings must be fixed or overridden with a written reason")
    assert "sent to review" in str(error)
    assert [(c, f.rule) for c, f in error.findings] == [
        ("facebook", "personal_data.hetu"), ("instagram", "personal_data.hetu"), ("instagram", "confidential.terms")]
    assert draft.state == "draft" and draft.history == []


def test_each_error_needs_its_own_written_override(tmp_path: Path) -> None:
    draft = library_draft(tmp_path)
    findings = {"facebook": [HETU], "instagram": [HETU, SECRET]}
    draft.ignore(HETU, "Tunnus on keksitty esimerkki lomakeohjeesta.", by=AUTHOR)
    with pytest.raises(WorkflowError, match="An error-level finding") as raised:
        send_to_review(draft, findings, AUTHOR)
    assert [f.rule for _, f in raised.value.findings] == ["confidential.terms"]
    draft.ignore(SECRET, "Hanke julkistettiin 1.11.", by=AUTHOR)
    change = send_to_review(draft, findings, AUTHOR, note="Tarkistathan")
    assert (change.from_state, change.to_state, change.by, change.note) == ("draft", "in_review", AUTHOR, "Tarkistathan")
    assert draft.state == "in_review" and draft.history == [change]


def test_an_override_without_a_reason_is_no_override(tmp_path: Path) -> None:
    draft = library_draft(tmp_path)  # e.g. read from a damaged or hand-edited review package
    draft.ignored[finding_key(HETU)] = Ignored(HETU.rule, HETU.target, HETU.excerpt, "   ", by=AUTHOR)
    with pytest.raises(WorkflowError) as raised:
        send_to_review(draft, {"facebook": [HETU], "instagram": []}, AUTHOR)
    assert [f for _, f in raised.value.findings] == [HETU]


def test_warnings_do_not_block_and_an_unchecked_channel_does(tmp_path: Path) -> None:
    draft = library_draft(tmp_path)
    with pytest.raises(WorkflowError, match="The checks have not run for instagram"):
        send_to_review(draft, {"facebook": [SHOUTING]}, AUTHOR)
    send_to_review(draft, {"facebook": [SHOUTING], "instagram": [], "x": [HETU]}, AUTHOR)  # x is not chosen
    assert draft.state == "in_review"


def test_errors_also_block_approving(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    draft = in_review(tmp_path)
    findings = {"facebook": [SECRET], "instagram": []}
    with pytest.raises(WorkflowError, match="before the draft can be approved") as raised:
        approve_draft(draft, findings, REVIEWER, key_of(REVIEWER), TEAM_POLICY())
    assert [f.excerpt for _, f in raised.value.findings] == ["Majakka-hankkeesta"]
    assert draft.state == "in_review" and draft.approvals == {}
    draft.ignore(SECRET, "Hankkeen nimi on jo julkinen.", by=REVIEWER)
    approve_draft(draft, findings, REVIEWER, key_of(REVIEWER), TEAM_POLICY())
    assert draft.state == "approved"


def test_a_real_hetu_from_the_engine_blocks(tmp_path: Path) -> None:
    draft = library_draft(tmp_path)
    draft.set_master("Asiakkaan henkilötunnus on 131052-308T, soita hänelle.")
    engine = Engine("kokkola", lang="fi")
    findings = {c: engine.check(draft.post(c), language="off") for c in draft.channels}
    with pytest.raises(WorkflowError) as raised:
        send_to_review(draft, findings, AUTHOR)
    assert {f.rule for _, f in raised.value.findings} == {"personal_data.hetu"}


# -- reviewers -----------------------------------------------------------------------
def test_approving_needs_a_reviewer_name(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    draft = in_review(tmp_path)
    for name in ("", "   "):
        with pytest.raises(WorkflowError, match="reviewer's name"):
            approve_draft(draft, clean(draft), name, key_of(name), replace(TEAM_POLICY(), allow_self_approval=True))
    assert draft.state == "in_review" and draft.approvals == {}


@pytest.mark.parametrize("reviewer", [AUTHOR, "maija  meikäläinen", " MAIJA MEIKÄLÄINEN "])
def test_nobody_approves_their_own_draft(tmp_path: Path, memory_keyring: MemoryKeyring, reviewer: str) -> None:
    draft = in_review(tmp_path)
    with pytest.raises(WorkflowError, match="cannot approve their own draft"):
        approve_draft(draft, clean(draft), reviewer, key_of(reviewer), TEAM_POLICY())
    assert draft.state == "in_review" and draft.approvals == {}


def test_whoever_sent_it_to_review_counts_as_its_owner(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    draft = library_draft(tmp_path, author="")
    send_to_review(draft, clean(draft), "Liisa Laine")
    with pytest.raises(WorkflowError, match="cannot approve their own draft"):
        approve_draft(draft, clean(draft), "liisa laine", key_of("liisa laine"), TEAM_POLICY())


def test_self_approval_when_the_pack_allows_it(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    pack = tmp_path / "pieni_kunta.toml"
    pack.write_text('extends = "kokkola"\nname = "Pieni kunta"\n\n[review]\nallow_self_approval = true\n', "utf-8")
    allowed = load_pack(pack).allow_self_approval
    assert allowed is True
    draft = in_review(tmp_path)
    approvals = approve_draft(draft, clean(draft), AUTHOR, key_of(AUTHOR), replace(TEAM_POLICY(), allow_self_approval=allowed))
    assert set(approvals) == {"facebook", "instagram"} and draft.state == "approved"
    assert draft.history[-1].by == AUTHOR


def test_shipped_packs_do_not_allow_self_approval() -> None:
    assert load_pack("kokkola").allow_self_approval is False
    assert load_pack("naantali").allow_self_approval is False


def test_a_wrong_self_approval_value_names_file_line_and_key(tmp_path: Path) -> None:
    pack = tmp_path / "oma.toml"
    pack.write_text('extends = "kokkola"\n\n[review]\nallow_self_approval = "kyllä"\n', "utf-8")
    with pytest.raises(PackError) as raised:
        load_pack(pack)
    assert str(raised.value).startswith(f"{pack}:4: key 'review.allow_self_approval': expected true or false")


# -- the whole flow --------------------------------------------------------------------
def test_draft_review_changes_review_approve_export_archive(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    draft = in_review(tmp_path)
    with pytest.raises(WorkflowError, match="Say what should be changed"):
        request_changes(draft, REVIEWER, "  ")
    request_changes(draft, REVIEWER, "Lisää aukioloajat ruotsiksi.")
    assert draft.state == "changes_requested"
    with pytest.raises(WorkflowError, match="waiting for changes, so it cannot be approved"):
        approve_draft(draft, clean(draft), REVIEWER, key_of(REVIEWER), TEAM_POLICY())
    draft.set_master(draft.master + "\nHuvudbiblioteket är stängt på självständighetsdagen 6.12.")
    send_to_review(draft, clean(draft), AUTHOR)
    approve_draft(draft, clean(draft), REVIEWER, key_of(REVIEWER), TEAM_POLICY(), note="Hyvä!")
    assert all(approval_status(draft, c).signature == "valid" for c in draft.channels)
    mark_exported(draft, AUTHOR)
    archive(draft, AUTHOR, note="Julkaistu")
    assert [(h.from_state, h.to_state, h.by) for h in draft.history] == [
        ("draft", "in_review", AUTHOR), ("in_review", "changes_requested", REVIEWER),
        ("changes_requested", "in_review", AUTHOR), ("in_review", "approved", REVIEWER),
        ("approved", "exported", AUTHOR), ("exported", "archived", AUTHOR)]
    assert draft.history[1].note == "Lisää aukioloajat ruotsiksi." and draft.history[3].note == "Hyvä!"
    with pytest.raises(WorkflowError, match="archived, so it cannot be sent to review"):
        send_to_review(draft, clean(draft), AUTHOR)
    reopen(draft, AUTHOR, note="Uusi vuosi")
    assert draft.state == "draft"


def test_every_step_needs_a_name(tmp_path: Path) -> None:
    draft = library_draft(tmp_path)
    with pytest.raises(WorkflowError, match="Enter your name"):
        send_to_review(draft, clean(draft), " ")
    with pytest.raises(WorkflowError, match="Enter your name"):
        archive(draft, "")


def test_without_a_key_approving_is_refused_unless_the_pack_allows_unsigned(tmp_path: Path, no_keyring) -> None:
    draft = in_review(tmp_path)
    with pytest.raises(WorkflowError, match="must be signed, and it cannot be signed here: No system keyring"):
        approve_draft(draft, clean(draft), REVIEWER, key_of(REVIEWER), TEAM_POLICY())
    assert draft.approvals == {} and draft.state == "in_review"  # never silently unsigned
    draft.set_pack(FREE_PACK)
    approve_draft(draft, clean(draft), "Ville Vapaa", key_of("Ville Vapaa"), policy_for_pack(FREE_PACK))
    assert effective_state(draft) == "approved"
    assert {approval_status(draft, c).trust for c in draft.channels} == {"unsigned"}
    mark_exported(draft, AUTHOR)
    assert draft.state == "exported"


# -- edits after approval --------------------------------------------------------------
def approved(tmp_path: Path) -> Draft:
    draft = in_review(tmp_path)
    approve_draft(draft, clean(draft), REVIEWER, key_of(REVIEWER), TEAM_POLICY())
    return draft


def test_an_edit_after_approval_voids_it_and_says_what_changed(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    draft = approved(tmp_path)
    assert effective_state(draft) == "approved"
    draft.update_media(0, alt="Lukusali.")
    draft.set_variant_text("instagram", "Kirjasto kiinni 6.12. 📚")
    facebook, instagram = approval_status(draft, "facebook"), approval_status(draft, "instagram")
    assert (facebook.state, facebook.changes) == ("void", ("alt text of image 1",))
    assert (instagram.state, instagram.changes) == ("void", ("text", "alt text of image 1"))
    assert instagram.summary == "Changed after approval: text, alt text of image 1."
    assert instagram.signature == "valid" and instagram.reviewer == REVIEWER  # the record itself is intact
    assert draft.state == "approved" and effective_state(draft) == "draft"
    with pytest.raises(WorkflowError, match="still being written, so it cannot be exported"):
        mark_exported(draft, AUTHOR)


def test_the_void_approval_is_written_into_the_history_and_review_starts_again(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    draft = approved(tmp_path)
    assert record_changed_after_approval(draft, AUTHOR) is None  # nothing changed yet
    draft.set_master("Pääkirjasto on suljettu 6.12. ja 24.12.")
    change = record_changed_after_approval(draft, AUTHOR)
    assert change is not None and (change.from_state, change.to_state, change.by) == ("approved", "draft", AUTHOR)
    assert change.note == "Changed after approval: text."
    assert draft.state == "draft" and record_changed_after_approval(draft, AUTHOR) is None
    send_to_review(draft, clean(draft), AUTHOR)
    approve_draft(draft, clean(draft), REVIEWER, key_of(REVIEWER), TEAM_POLICY())
    assert {approval_status(draft, c).state for c in draft.channels} == {"current"}


def test_a_voided_approval_goes_back_to_review_without_the_explicit_step(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    draft = approved(tmp_path)
    draft.set_channels(["facebook", "instagram", "x"])  # a channel nobody approved
    assert approval_status(draft, "x").state == "none" and effective_state(draft) == "draft"
    change = send_to_review(draft, clean(draft), AUTHOR)
    assert (change.from_state, change.to_state) == ("approved", "in_review")


def test_undoing_the_edit_makes_the_approval_current_again(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    draft = approved(tmp_path)
    original = draft.master
    draft.set_master(original + " Tervetuloa!")
    assert effective_state(draft) == "draft"
    draft.set_master(original)
    assert effective_state(draft) == "approved"  # the approved content is exactly back


def test_an_altered_approval_record_does_not_count(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    from dataclasses import replace
    draft = approved(tmp_path)
    draft.set_approval(replace(draft.approvals["facebook"], reviewer="Joku Muu"))
    assert effective_state(draft) == "draft"
    with pytest.raises(WorkflowError):
        mark_exported(draft, AUTHOR)


def test_swedish_and_english_drafts_follow_the_same_rules(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    sv = Draft(master="Huvudbiblioteket är stängt på självständighetsdagen.", channels=["facebook"],
               author="Anna Andersson", pack=PACK)
    send_to_review(sv, {"facebook": []}, "Anna Andersson")
    with pytest.raises(WorkflowError, match="cannot approve their own draft"):
        approve_draft(sv, {"facebook": []}, "anna andersson", key_of("anna andersson"), TEAM_POLICY())
    approve_draft(sv, {"facebook": []}, "Erik Berg", key_of("Erik Berg"), TEAM_POLICY())
    en = Draft(master="The main library is closed on Independence Day.", channels=["x"], author="Jane Doe")
    with pytest.raises(WorkflowError, match="1 error|An error-level finding"):
        send_to_review(en, {"x": [finding("personal_data.phone", Severity.ERROR, "040 123 4567")]}, "Jane Doe")
    assert sv.state == "approved" and en.state == "draft"
