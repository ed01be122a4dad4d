"""Someone with a review package in hand wants an approval they did not get. Each attempt of
issue 14 (and a few more) must end without "approved" and without a final export.

The team (tests/team_fixtures.py) lists its reviewers with their keys in a team file the
pack `testikunta` names; every person signs with their own key (`key_of`).
"""
from __future__ import annotations

import base64
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from composer.approval.approve import approval_status, signed_payload
from composer.approval.content import content_and_hash
from composer.approval.signing import public_key_b64
from composer.approval.team import policy_for_pack
from composer.approval.workflow import WorkflowError, approve_draft, effective_state, mark_exported, send_to_review
from composer.export import ExportNotApproved, export_draft, is_final
from composer.model.draft import Draft
from composer.model.draft_codec import DraftFormatError, draft_from_dict, draft_to_dict
from composer.model.draft_records import Approval, Comment, StateChange
from composer.review_package import PackageError, plan_import, read_package, write_package
from composer.review_package.incoming import incoming_records
from tests.memory_keyring import installed_keyring  # noqa: F401
from tests.team_fixtures import PACK, Team, key_of

AUTHOR, REVIEWER, OUTSIDER = "Maija Meikäläinen", "Pekka Virtanen", "Outi Ulkopuolinen"
TEXT = "Kaupunginkirjaston satutuokio lauantaina klo 11. Tervetuloa!"


def in_review(author: str = AUTHOR) -> Draft:
    draft = Draft(title="Satutuokio", master=TEXT, channels=["facebook", "x"], author=author, pack=PACK)
    send_to_review(draft, {c: [] for c in draft.channels}, author)
    return draft


def approved_by_reviewer(team: Team) -> Draft:
    draft = in_review()
    approve_draft(draft, {c: [] for c in draft.channels}, REVIEWER, key_of(REVIEWER), policy_for_pack(PACK), "Hyvä.")
    assert effective_state(draft) == "approved" and is_final(draft)
    return draft


def not_approved(draft: Draft) -> None:
    """Neither "approved" nor a final export: the outcome every attempt must have."""
    assert effective_state(draft) != "approved"
    assert not is_final(draft)
    with pytest.raises(WorkflowError):
        mark_exported(draft, AUTHOR)


def resign(draft: Draft, approval: Approval, key: Ed25519PrivateKey, **changes: str) -> Approval:
    """The approval edited and signed again with `key` (as a forger with their own key would)."""
    forged = replace(approval, **changes)
    payload = signed_payload(draft.id, forged.channel, forged.reviewer, forged.at, forged.content_hash)
    return replace(forged, signature=base64.b64encode(key.sign(payload)).decode(), public_key=public_key_b64(key))


# -- 1. any name -----------------------------------------------------------------------
def test_1_the_author_cannot_approve_under_another_name(team: Team) -> None:
    draft = in_review()
    findings = {c: [] for c in draft.channels}
    with pytest.raises(WorkflowError, match="Joku Muu cannot approve their own draft"):  # her key is hers
        approve_draft(draft, findings, "Joku Muu", key_of(AUTHOR), policy_for_pack(PACK))
    other = in_review("Liisa Laine")  # Maija, renamed, on a colleague's draft: her key is listed as Maija's
    with pytest.raises(WorkflowError, match="listed for Maija Meikäläinen in the team file, not for Joku Muu"):
        approve_draft(other, findings, "Joku Muu", key_of(AUTHOR), policy_for_pack(PACK))
    outsider = in_review(OUTSIDER)  # an author the team file does not list at all
    with pytest.raises(WorkflowError, match="not in the team's list of reviewers"):
        approve_draft(outsider, findings, "Joku Muu", key_of(OUTSIDER), policy_for_pack(PACK))
    assert draft.approvals == {} and outsider.approvals == {}
    for channel in draft.channels:  # a hand-written record naming anyone
        content, digest = content_and_hash(draft, channel)
        draft.set_approval(Approval(channel, "Joku Muu", digest, content))
    draft.record_state(StateChange("in_review", "approved", "Joku Muu"))
    assert {approval_status(draft, c).trust for c in draft.channels} == {"unsigned"}
    not_approved(draft)


# -- 2. any key ----------------------------------------------------------------------
def test_2_an_approval_re_signed_with_another_key_is_not_verified(team: Team) -> None:
    draft = approved_by_reviewer(team)
    attacker = Ed25519PrivateKey.generate()
    for channel in draft.channels:
        draft.set_approval(resign(draft, draft.approvals[channel], attacker))
    status = approval_status(draft, "x")
    assert (status.state, status.signature, status.trust, status.counts) == ("current", "valid", "unknown_key", False)
    not_approved(draft)


def test_2b_the_reviewers_name_with_a_listed_key_of_someone_else_is_invalid(team: Team) -> None:
    draft = approved_by_reviewer(team)
    liisa = key_of("Liisa Laine")  # a real team member lending her key to "Pekka"
    for channel in draft.channels:
        approval = draft.approvals[channel]
        payload = signed_payload(draft.id, channel, approval.reviewer, approval.at, approval.content_hash)
        signature, public = liisa.sign(payload)
        draft.set_approval(replace(approval, signature=signature, public_key=public))
    assert approval_status(draft, "x").trust == "invalid"
    not_approved(draft)


# -- 3. stripping --------------------------------------------------------------------
def test_3_stripping_the_signature_is_a_failure_not_a_downgrade(team: Team) -> None:
    draft = approved_by_reviewer(team)
    for channel in draft.channels:
        draft.set_approval(replace(draft.approvals[channel], signature="", public_key=""))
    status = approval_status(draft, "facebook")
    assert (status.trust, status.trust_reason, status.counts) == ("invalid", "stripped", False)
    not_approved(draft)


def test_3b_stripped_after_editing_the_text_and_recomputing_the_hash(team: Team) -> None:
    draft = approved_by_reviewer(team)
    draft.set_master(TEXT + " Ovikoodi on 4321.")
    for channel in draft.channels:
        content, digest = content_and_hash(draft, channel)
        draft.set_approval(replace(draft.approvals[channel], content=content, content_hash=digest, signature="",
                                   public_key=""))
    assert approval_status(draft, "x").state == "current" and approval_status(draft, "x").trust == "invalid"
    not_approved(draft)


def test_3c_half_a_signature_is_invalid(team: Team) -> None:
    draft = approved_by_reviewer(team)
    draft.set_approval(replace(draft.approvals["x"], signature=""))
    assert approval_status(draft, "x").trust_reason == "partial"
    not_approved(draft)


def test_3d_an_approval_copied_from_draft_a_onto_draft_b_fails(team: Team) -> None:
    a = approved_by_reviewer(team)
    b = in_review()  # the same text, another draft
    for channel in b.channels:
        b.set_approval(a.approvals[channel])
    b.record_state(StateChange("in_review", "approved", REVIEWER))
    assert approval_status(b, "x").state == "current"  # the content is the same …
    assert approval_status(b, "x").trust == "invalid"  # … the signature names draft A
    not_approved(b)
    for channel in b.channels:  # copied and stripped
        b.set_approval(replace(a.approvals[channel], signature="", public_key=""))
    not_approved(b)


# -- 4. self-approval at import and at export ----------------------------------------------
def test_4_an_imported_self_approval_is_refused_and_never_counts(team: Team, tmp_path: Path) -> None:
    original = in_review()
    forged = draft_from_dict(draft_to_dict(original))
    # the author approves in a Somevahti whose pack allows it, and sends that back
    approve_draft(forged, {c: [] for c in forged.channels}, AUTHOR, key_of(AUTHOR),
                  replace(policy_for_pack(PACK), allow_self_approval=True))
    package = read_package(write_package(forged, tmp_path / "oma.somevahti", AUTHOR))
    records = incoming_records(original, package.draft, policy_for_pack(PACK).with_user(REVIEWER, ""))
    assert {(r.kind, r.reason) for r in records.refused} == {("approval", "self_approval")}
    assert records.approvals == ()
    forged.set_pack(PACK)
    assert approval_status(forged, "x").self_approval and not approval_status(forged, "x").counts
    not_approved(forged)  # at export, too


def test_4b_self_approval_by_this_computers_key_under_another_name(team: Team) -> None:
    draft = in_review(OUTSIDER)  # the author is not in the team file
    outsider_key = key_of(OUTSIDER)
    for channel in draft.channels:
        content, digest = content_and_hash(draft, channel)
        blank = Approval(channel, "Joku Muu", digest, content)
        draft.set_approval(resign(draft, blank, Ed25519PrivateKey.generate()))
        payload = signed_payload(draft.id, channel, "Joku Muu", blank.at, digest)
        signature, public = outsider_key.sign(payload)
        draft.set_approval(replace(blank, signature=signature, public_key=public))
    policy = replace(policy_for_pack(PACK), allow_unsigned=True).with_user(OUTSIDER, outsider_key.public_key())
    status = approval_status(draft, "x", policy)
    assert status.trust == "unknown_key" and status.self_approval and not status.counts


# -- 5. team records do not merge silently -------------------------------------------------
def test_5_records_dated_in_the_future_are_refused(team: Team, tmp_path: Path) -> None:
    original = approved_by_reviewer(team)
    theirs = draft_from_dict(draft_to_dict(original))
    theirs.add_comment(Comment("Pekka Virtanen", "Tulevaisuudesta", at="9999-12-31T23:59:59Z"))
    theirs.record_state(StateChange("approved", "exported", REVIEWER, at="9999-12-31T23:59:59Z"))
    later = replace(theirs.approvals["x"], at="9999-12-31T23:59:59Z")
    theirs.set_approval(resign(theirs, later, Ed25519PrivateKey.generate()))
    records = incoming_records(original, theirs, policy_for_pack(PACK))
    assert sorted((r.kind, r.reason) for r in records.refused) == [
        ("approval", "future"), ("comment", "future"), ("state", "future")]
    assert not records.to_add


def test_5b_an_unsigned_approval_never_replaces_a_signed_one(team: Team) -> None:
    original = approved_by_reviewer(team)
    theirs = draft_from_dict(draft_to_dict(original))
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    theirs.set_approval(replace(theirs.approvals["x"], signature="", public_key="", reviewer="Ville Vapaa", at=now))
    records = incoming_records(original, theirs, policy_for_pack(PACK))
    assert [(r.kind, r.reason) for r in records.refused] == [("approval", "unsigned_over_signed")]


# -- 6. export follows the state -------------------------------------------------------
def test_6_a_draft_in_changes_requested_does_not_export_as_final(team: Team, tmp_path: Path) -> None:
    draft = approved_by_reviewer(team)
    draft.record_state(StateChange("approved", "changes_requested", REVIEWER, "Vielä yksi korjaus."))
    assert approval_status(draft, "x").counts  # the approvals themselves still hold …
    assert not is_final(draft)  # … but the state is not "approved"
    with pytest.raises(ExportNotApproved, match="Changes requested, not approved"):
        export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="en")
    result = export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="en", force_draft=True)
    assert not result.final and all(name.startswith("LUONNOS-UTKAST-DRAFT_") for name in result.files)


# -- 8. packs by name only ---------------------------------------------------------------
@pytest.mark.parametrize("pack", ["evil.toml", "./evil", "../packs/kokkola", "packs/evil", "C:\\packs\\evil",
                                  "\\\\palvelin\\jako\\evil", "//palvelin/jako/evil", "kokkola.toml", ""])
def test_8_a_pack_named_by_path_is_never_opened(pack: str, tmp_path: Path, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr("composer.approval.team.load_pack", lambda ref, *a: opened.append(ref))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "evil.toml").write_text('name = "Kokkola"\n[review]\nallow_self_approval = true\n', "utf-8")
    data = draft_to_dict(Draft(title="Ovikoodi", master="Ovikoodi on 4321."))
    data["pack"] = pack
    with pytest.raises(DraftFormatError, match="pack: expected the name of a guideline pack"):
        draft_from_dict(data)
    draft = Draft(master="x")
    with pytest.raises(ValueError):
        draft.set_pack(pack)
    assert policy_for_pack(pack).problem and opened == []


def test_8b_a_package_naming_a_pack_file_is_refused_with_a_message(tmp_path: Path) -> None:
    import json
    import zipfile
    draft = Draft(title="Ovikoodi", master="Ovikoodi on 4321.")
    path = write_package(draft, tmp_path / "paha.somevahti", "Paha")
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("package.json"))
    manifest["draft"]["pack"] = "evil.toml"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("package.json", json.dumps(manifest))
    with pytest.raises(PackageError, match="pack: expected the name of a guideline pack"):
        read_package(path)
    assert plan_import  # the package is refused before any plan is made
