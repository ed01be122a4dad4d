"""This user's approval signing key: Ed25519, kept in the OS keyring, made on first use.

The private key lives only in the keyring (service "somevahti", user
"approval-signing-key") and briefly in memory while signing: it is never logged, put
into an exception message or shown by a repr. Where no keyring backend exists (headless
Linux) or the keyring fails, `available()` says so in a plain sentence; the window then
uses composer.approval.key_file (a passphrase-protected file) instead — an approval never
falls back to unsigned on its own.

Signatures and public keys travel as base64 text; `fingerprint` gives a short hex form
of a public key for people to compare.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import logging

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from composer.messages import message

SERVICE = "somevahti"
KEY_NAME = "approval-signing-key"
_PREFIX = "ed25519:"  # how the key is stored: "ed25519:" + base64 of the 32 raw bytes

log = logging.getLogger(__name__)


class SigningUnavailable(Exception):
    """Signing is not possible here; the message is a plain sentence for the user."""


def _no_backend(backend: keyring.backend.KeyringBackend) -> bool:
    if isinstance(backend, (keyring.backends.fail.Keyring, keyring.backends.null.Keyring)):
        return True
    return isinstance(backend, keyring.backends.chainer.ChainerBackend) and not backend.backends


def _decode_private_key(stored: str) -> Ed25519PrivateKey | None:
    """The key from its stored form, or None when it is damaged (never says why: the
    reason could quote the secret)."""
    if not stored.startswith(_PREFIX):
        return None
    try:
        raw = base64.b64decode(stored[len(_PREFIX):], validate=True)
        return Ed25519PrivateKey.from_private_bytes(raw) if len(raw) == 32 else None
    except (binascii.Error, ValueError):
        return None


def _encode_private_key(key: Ed25519PrivateKey) -> str:
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return _PREFIX + base64.b64encode(raw).decode("ascii")


def public_key_b64(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return base64.b64encode(public.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def fingerprint(public_key: str) -> str:
    """A short hex form of a base64 public key ("3f2a 9c41 07de b815"); "" if it is not one."""
    try:
        raw = base64.b64decode(public_key, validate=True)
    except (binascii.Error, ValueError):
        return ""
    if len(raw) != 32:
        return ""
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


class KeyringSigner:
    """Signs with the key in the current keyring backend (looked up on every call, so a
    test's in-memory backend takes effect at once). `key_name` names the keyring entry
    (tests give two profiles on one machine two keys)."""

    def __init__(self, key_name: str = KEY_NAME) -> None:
        self.key_name = key_name

    def __repr__(self) -> str:
        return f"KeyringSigner(service={SERVICE!r}, user={self.key_name!r})"

    def existing_public_key(self) -> str:
        """This user's public key (base64) if a key exists already, else "" (never makes one)."""
        try:
            stored = self._stored()
        except SigningUnavailable:
            return ""
        key = _decode_private_key(stored) if stored is not None else None
        return public_key_b64(key) if key is not None else ""

    def available(self) -> tuple[bool, str]:
        """(True, …) when signing works here; else (False, a plain sentence why)."""
        try:
            self._stored()
        except SigningUnavailable as exc:
            return False, str(exc)
        return True, message("approval.signing.ready")

    def public_key(self) -> str:
        """This user's public key (base64); makes the key pair on first use."""
        return public_key_b64(self._key())

    def sign(self, payload: bytes) -> tuple[str, str]:
        """(signature, public key), both base64. Raises SigningUnavailable."""
        key = self._key()
        return base64.b64encode(key.sign(payload)).decode("ascii"), public_key_b64(key)

    # -- the keyring -------------------------------------------------------------------
    def _stored(self) -> str | None:
        backend = keyring.get_keyring()
        if _no_backend(backend):
            raise SigningUnavailable(message("approval.signing.no_keyring"))
        failure = ""
        try:
            stored = backend.get_password(SERVICE, self.key_name)
        except Exception as exc:  # any backend failure (D-Bus, locked, denied) means unsigned
            failure = type(exc).__name__
        if failure:
            raise SigningUnavailable(_keyring_failed(failure))
        if stored is not None and _decode_private_key(stored) is None:
            raise SigningUnavailable(message("approval.signing.damaged_key"))
        return stored

    def _key(self) -> Ed25519PrivateKey:
        stored = self._stored()
        if stored is not None:
            key = _decode_private_key(stored)
            assert key is not None  # _stored checked it
            return key
        key = Ed25519PrivateKey.generate()
        failure = ""
        try:
            keyring.get_keyring().set_password(SERVICE, self.key_name, _encode_private_key(key))
        except Exception as exc:  # any backend failure (D-Bus, locked, denied) means unsigned
            failure = type(exc).__name__
        if failure:
            raise SigningUnavailable(_keyring_failed(failure))
        log.info("Created an approval signing key in the system keyring (fingerprint %s).",
                 fingerprint(public_key_b64(key)))
        return key


def _keyring_failed(problem: str) -> str:
    if problem == "NoKeyringError":
        return message("approval.signing.no_keyring")
    return message("approval.signing.keyring_failed", problem=problem)


def verify(payload: bytes, signature_b64: str, public_key_b64_text: str) -> bool:
    """True when `signature_b64` is a valid Ed25519 signature of `payload` by that key."""
    try:
        signature = base64.b64decode(signature_b64, validate=True)
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64_text, validate=True))
        public.verify(signature, payload)
    except (binascii.Error, ValueError, TypeError, InvalidSignature):
        return False
    return True


_DEFAULT = KeyringSigner()


def signing_available() -> tuple[bool, str]:
    return _DEFAULT.available()


def sign(payload: bytes) -> tuple[str, str]:
    return _DEFAULT.sign(payload)
