"""This user's approval signing key where no system keyring exists: a passphrase-protected
key file in the user's data folder.

`signing-key.pem` holds the Ed25519 private key as encrypted PKCS#8 (PBES2, AES-256 with
a key derived from the passphrase); `signing-key.pub` holds the public key (base64) so
the key can be exported and compared without the passphrase. On POSIX systems both are
created with mode 0600 inside a 0700 folder, and a key file that other users can read or
write is refused (as ssh does). On Windows the file lives in the user's own profile
(AppData), which only that user and administrators can open; the passphrase protects it
against anyone else who copies the file.

The passphrase is asked through `ask_passphrase(creating)` at each signing and never
stored. Cancelling, a wrong passphrase or a damaged file raise SigningUnavailable: the
approval is not made, never silently recorded unsigned.
"""
from __future__ import annotations

import base64
import logging
import os
import stat
from pathlib import Path
from typing import Callable

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (BestAvailableEncryption, Encoding, PrivateFormat,
                                                          load_pem_private_key)

from composer.approval.signing import SigningUnavailable, fingerprint, public_key_b64
from composer.messages import message

KEY_FILE = "signing-key.pem"
PUBLIC_FILE = "signing-key.pub"
MIN_PASSPHRASE = 8

AskPassphrase = Callable[[bool], "str | None"]  # (creating) -> passphrase, or None when cancelled
log = logging.getLogger(__name__)


def _too_open(path: Path) -> bool:
    """True when someone other than the owner may read or write `path` (POSIX only)."""
    if os.name != "posix":
        return False
    return bool(path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO))


def _write_private(path: Path, data: bytes) -> None:
    """Create `path` (it must not exist) readable and writable by its owner only."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(handle, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


class KeyFileSigner:
    def __init__(self, folder: Path, ask_passphrase: AskPassphrase) -> None:
        self.folder = Path(folder)
        self.ask_passphrase = ask_passphrase

    def __repr__(self) -> str:
        return f"KeyFileSigner(folder={str(self.folder)!r})"

    @property
    def key_path(self) -> Path:
        return self.folder / KEY_FILE

    @property
    def public_path(self) -> Path:
        return self.folder / PUBLIC_FILE

    def available(self) -> tuple[bool, str]:
        if self.key_path.exists() and _too_open(self.key_path):
            return False, message("approval.key_file.too_open", path=str(self.key_path))
        return True, message("approval.key_file.ready", path=str(self.key_path))

    def existing_public_key(self) -> str:
        try:
            text = self.public_path.read_text("ascii").strip()
        except (OSError, UnicodeDecodeError):
            return ""
        return text if fingerprint(text) else ""

    def public_key(self) -> str:
        """The public key; makes the key pair (asking for a new passphrase) on first use."""
        existing = self.existing_public_key()
        if existing and self.key_path.exists():
            return existing
        return public_key_b64(self._key())

    def sign(self, payload: bytes) -> tuple[str, str]:
        key = self._key()
        return base64.b64encode(key.sign(payload)).decode("ascii"), public_key_b64(key)

    def _key(self) -> Ed25519PrivateKey:
        ok, why = self.available()
        if not ok:
            raise SigningUnavailable(why)
        if not self.key_path.exists():
            return self._create()
        passphrase = self.ask_passphrase(False)
        if passphrase is None:
            raise SigningUnavailable(message("approval.key_file.cancelled"))
        try:
            key = load_pem_private_key(self.key_path.read_bytes(), passphrase.encode("utf-8"))
        except OSError as exc:
            raise SigningUnavailable(message("approval.key_file.unreadable", detail=exc.strerror or "")) from None
        except (ValueError, TypeError):
            raise SigningUnavailable(message("approval.key_file.wrong_passphrase")) from None
        if not isinstance(key, Ed25519PrivateKey):
            raise SigningUnavailable(message("approval.key_file.damaged"))
        return key

    def _create(self) -> Ed25519PrivateKey:
        passphrase = self.ask_passphrase(True)
        if passphrase is None:
            raise SigningUnavailable(message("approval.key_file.cancelled"))
        if len(passphrase) < MIN_PASSPHRASE:
            raise SigningUnavailable(message("approval.key_file.short_passphrase", count=MIN_PASSPHRASE))
        key = Ed25519PrivateKey.generate()
        data = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(passphrase.encode("utf-8")))
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            _write_private(self.key_path, data)
            self.public_path.unlink(missing_ok=True)
            _write_private(self.public_path, (public_key_b64(key) + "\n").encode("ascii"))
        except OSError as exc:
            raise SigningUnavailable(message("approval.key_file.unreadable", detail=exc.strerror or "")) from None
        log.info("Created a passphrase-protected approval signing key file (fingerprint %s).",
                 fingerprint(public_key_b64(key)))
        return key
