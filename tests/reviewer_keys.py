"""Fixed signing keys for test reviewers, and the team pack that lists them.

`FixedSigner(name)` signs with a key derived from the name (the same key in every run and
every process), so a pack file in the repository can list its public key:
tests/data/xdg_config/somevahti/packs/testitiimi.toml, found as a user pack through
conftest.py (in-process) and XDG_CONFIG_HOME (CLI subprocesses). `write_team_pack()`
rewrites that file; tests/test_approval_trust.py checks it is up to date.
"""
from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from composer.approval.signing import public_key_b64
from composer.approval.team import public_key_entry

XDG_CONFIG = Path(__file__).resolve().parent / "data" / "xdg_config"
USER_PACKS = XDG_CONFIG / "somevahti" / "packs"
TEAM_PACK = "testitiimi"
REVIEWERS = ("Pekka Virtanen", "Erik Lund", "Jane Reviewer")


class FixedSigner:
    def __init__(self, name: str) -> None:
        self._key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(("somevahti-test:" + name).encode()).digest())

    def available(self) -> tuple[bool, str]:
        return True, "test key"

    def public_key(self) -> str:
        return public_key_b64(self._key)

    def existing_public_key(self) -> str:
        return self.public_key()

    def sign(self, payload: bytes) -> tuple[str, str]:
        return base64.b64encode(self._key.sign(payload)).decode("ascii"), self.public_key()


def team_pack_text() -> str:
    head = ('# Test team: extends kokkola and lists the test reviewers of tests/reviewer_keys.py.\n'
            'extends = "kokkola"\nname = "Testitiimi"\n\n')
    return head + "\n".join(public_key_entry(n, FixedSigner(n).public_key()) for n in REVIEWERS)


def write_team_pack() -> Path:
    path = USER_PACKS / f"{TEAM_PACK}.toml"
    path.write_text(team_pack_text(), "utf-8")
    return path
