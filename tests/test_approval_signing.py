"""Approvals signed with this user's key from the OS keyring: valid, invalid when the record
is altered, unsigned where no keyring exists; the private key never leaves the keyring."""
from __future__ import annotations

import base64
import json
import logging
from dataclasses import replace
from pathlib import Path

import keyring
import keyring.backends.chainer
import pytest
from keyring.errors import KeyringLocked, PasswordSetError

from checks.model import Media
from composer.approval.approve import approval_status, approve, signed_payload
from composer.approval.signing import (
    KEY_NAME, SERVICE, KeyringSigner, SigningUnavailable, fingerprint, sign, signing_available, verify,
)
from composer.model.draft import Draft, PaidRecord
from composer.model.draft_codec import draft_from_dict, draft_to_dict
from tests.memory_keyring import MemoryKeyring

NO_KEYRING = "No system keyring is available here."


def town_hall_draft(tmp_path: Path) -> Draft:
    image = tmp_path / "valtuustosali.jpg"
    image.write_bytes(b"\xff\xd8 valtuustosali illalla")
    draft = Draft(title="Valtuusto", master="Kaupunginvaltuusto kokoontuu maanantaina klo 17. Kokous on julkinen.",
                  channels=["facebook", "x"], author="Maija Meikäläinen")
    draft.add_media(Media("image", "Valtuustosali illalla.", None, str(image)))
    return draft


# -- sign and verify -------------------------------------------------------------------
def test_the_key_is_made_once_and_signatures_verify(memory_keyring: MemoryKeyring) -> None:
    assert signing_available() == (True, "Approvals are signed with your key from the system keyring.")
    signature, public = sign(b"hyvaksytty")
    assert memory_keyring.writes == 1 and (SERVICE, KEY_NAME) in memory_keyring.store
    signature_2, public_2 = sign(b"toinen")
    assert public_2 == public and memory_keyring.writes == 1  # the same key, not a new one
    assert verify(b"hyvaksytty", signature, public)
    assert not verify(b"hyvaksytty!", signature, public)
    assert not verify(b"toinen", signature, public)
    assert not verify(b"hyvaksytty", "ei base64 ¤", public)
    assert not verify(b"hyvaksytty", signature, base64.b64encode(b"short").decode())
    assert len(fingerprint(public).replace(" ", "")) == 16 and fingerprint("!!") == ""


def test_a_signed_approval_is_valid_and_survives_the_codec(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    draft = town_hall_draft(tmp_path)
    approval = approve(draft, "facebook", "  Pekka   Virtanen ", KeyringSigner())
    assert approval.reviewer == "Pekka Virtanen" and approval.signature and approval.public_key
    assert draft.approvals["facebook"] is approval
    status = approval_status(draft, "facebook")
    assert (status.state, status.signature) == ("current", "valid")
    assert status.key_fingerprint == fingerprint(approval.public_key) != ""
    assert status.reviewer == "Pekka Virtanen" and status.summary == ""
    back = draft_from_dict(json.loads(json.dumps(draft_to_dict(draft))))
    assert (approval_status(back, "facebook").state, approval_status(back, "facebook").signature) == ("current", "valid")
    assert approval_status(back, "x").state == "none"


TAMPERING = {
    "reviewer": lambda a: replace(a, reviewer="Liisa Laine"),
    "time": lambda a: replace(a, at="2020-01-01T00:00:00Z"),
    "content hash": lambda a: replace(a, content_hash="0" * 64),
    "stored content": lambda a: replace(a, content=a.content.replace("maanantaina", "tiistaina")),
    "signature": lambda a: replace(a, signature=base64.b64encode(
        bytes([base64.b64decode(a.signature)[0] ^ 1]) + base64.b64decode(a.signature)[1:]).decode()),
    "public key": lambda a: replace(a, public_key=base64.b64encode(b"\x07" * 32).decode()),
    "signature removed": lambda a: replace(a, signature=""),
}


@pytest.mark.parametrize("field", sorted(TAMPERING))
def test_an_altered_record_is_invalid(tmp_path: Path, memory_keyring: MemoryKeyring, field: str) -> None:
    draft = town_hall_draft(tmp_path)
    approval = approve(draft, "facebook", "Pekka Virtanen", KeyringSigner())
    draft.set_approval(TAMPERING[field](approval))
    status = approval_status(draft, "facebook")
    assert status.signature == "invalid"
    assert "altered" in status.summary


def test_an_approval_copied_to_another_draft_is_invalid(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    draft = town_hall_draft(tmp_path)
    approval = approve(draft, "facebook", "Pekka Virtanen", KeyringSigner())
    twin = draft.duplicate("Valtuusto (kopio)")
    twin.set_approval(approval)
    status = approval_status(twin, "facebook")
    assert status.state == "current"  # same content …
    assert status.signature == "invalid"  # … but signed for another draft


def test_another_users_key_signs_validly_but_shows_another_fingerprint(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    draft = town_hall_draft(tmp_path)
    mine = approve(draft, "facebook", "Pekka Virtanen", KeyringSigner()).public_key
    keyring.set_keyring(MemoryKeyring())  # another reviewer's computer
    theirs = approve(draft, "x", "Liisa Laine", KeyringSigner()).public_key
    assert mine != theirs
    assert approval_status(draft, "x").signature == "valid"
    assert approval_status(draft, "x").key_fingerprint != approval_status(draft, "facebook").key_fingerprint


def test_the_payload_names_draft_channel_reviewer_time_and_hash() -> None:
    payload = json.loads(signed_payload("d1", "x", "Pekka", "2026-11-23T10:00:00Z", "ab" * 32))
    assert payload == {"purpose": "somevahti-approval-v1", "draft": "d1", "channel": "x", "reviewer": "Pekka",
                       "at": "2026-11-23T10:00:00Z", "content_hash": "ab" * 32}


# -- no keyring ----------------------------------------------------------------------
def test_no_keyring_never_falls_back_to_unsigned(tmp_path: Path, no_keyring) -> None:
    assert signing_available() == (False, NO_KEYRING)
    with pytest.raises(SigningUnavailable, match="No system keyring"):
        sign(b"x")
    draft = town_hall_draft(tmp_path)
    with pytest.raises(SigningUnavailable, match="No system keyring"):
        approve(draft, "facebook", "Pekka Virtanen", KeyringSigner())
    assert draft.approvals == {}
    approval = approve(draft, "facebook", "Pekka Virtanen", None)  # unsigned only when the caller says so
    assert approval.signature == "" and approval.public_key == ""
    status = approval_status(draft, "facebook")
    assert (status.state, status.signature, status.key_fingerprint, status.trust) == (
        "current", "unsigned", "", "unsigned")


def test_a_chainer_without_backends_is_no_keyring(installed_keyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring.backends.chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(keyring.backends.chainer.ChainerBackend())
    assert signing_available() == (False, NO_KEYRING)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the login keyring is locked")


class ReadOnlyKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("writing is not allowed")


def test_a_failing_keyring_says_so_plainly_and_nothing_is_approved(tmp_path: Path, installed_keyring) -> None:
    keyring.set_keyring(LockedKeyring())
    available, why = signing_available()
    assert not available and "KeyringLocked" in why
    keyring.set_keyring(ReadOnlyKeyring())
    assert signing_available()[0]  # reading works; writing the new key fails when signing
    draft = town_hall_draft(tmp_path)
    with pytest.raises(SigningUnavailable, match="PasswordSetError"):
        approve(draft, "x", "Pekka Virtanen", KeyringSigner())
    assert draft.approvals == {}


def test_a_damaged_key_is_reported_and_left_alone(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.store[(SERVICE, KEY_NAME)] = "ed25519:ei-avain"
    assert signing_available() == (False, "The approval signing key in the system keyring is damaged.")
    with pytest.raises(SigningUnavailable) as raised:
        sign(b"x")
    assert "ei-avain" not in str(raised.value) and raised.value.__context__ is None  # nothing quoted or chained
    assert memory_keyring.store[(SERVICE, KEY_NAME)] == "ed25519:ei-avain"
    assert memory_keyring.writes == 0


# -- the secret stays in the keyring -----------------------------------------------------
def secret_spellings(stored: str) -> list[str]:
    raw = base64.b64decode(stored.split(":", 1)[1])
    assert len(raw) == 32
    return [stored, stored.split(":", 1)[1], raw.hex(), raw.hex().upper(),
            base64.urlsafe_b64encode(raw).decode().rstrip("="), repr(raw)]


def test_the_private_key_never_leaves_the_keyring(tmp_path: Path, memory_keyring: MemoryKeyring,
                                                   caplog: pytest.LogCaptureFixture,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    caplog.set_level(logging.DEBUG)
    signer = KeyringSigner()
    draft = town_hall_draft(tmp_path)
    draft.set_paid(True, PaidRecord("kaupunginsihteeri", "viestintä", "2026-11-20"))
    approval = approve(draft, "facebook", "Pekka Virtanen", signer)
    approve(draft, "x", "Pekka Virtanen", signer)
    stored = memory_keyring.store[(SERVICE, KEY_NAME)]
    assert "Created an approval signing key" in caplog.text  # something was logged, and …
    exported = json.dumps(draft_to_dict(draft), ensure_ascii=False)
    places = {"record": repr(approval), "codec": exported, "log": caplog.text, "signer": repr(signer),
              "status": repr(approval_status(draft, "facebook")), "draft": repr(draft)}
    for place, text in places.items():
        for spelling in secret_spellings(stored):
            assert spelling not in text, f"the private key appears in the {place}"
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    for path in written:
        data = path.read_bytes()
        assert all(s.encode() not in data for s in secret_spellings(stored)), path
    assert not home.exists() or not any(home.rglob("*")), "signing wrote files"
