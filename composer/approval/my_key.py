"""Which signing key is this computer's user's: an existing passphrase-protected key file
(so an identity never changes behind the user's back), else the system keyring when it
works, else a new key file. Qt-free; the window supplies `ask_passphrase`."""
from __future__ import annotations

from pathlib import Path

from composer.approval.key_file import KEY_FILE, AskPassphrase, KeyFileSigner
from composer.approval.signing import KeyringSigner

KEY_FOLDER = "keys"


def my_signer(data_dir: Path | None, ask_passphrase: AskPassphrase,
              keyring_signer: KeyringSigner | None = None) -> KeyringSigner | KeyFileSigner:
    keyring_signer = keyring_signer or KeyringSigner()
    if data_dir is None:
        return keyring_signer
    key_file = KeyFileSigner(Path(data_dir) / KEY_FOLDER, ask_passphrase)
    if (key_file.folder / KEY_FILE).exists():
        return key_file
    return keyring_signer if keyring_signer.available()[0] else key_file


def my_public_key(signer: KeyringSigner | KeyFileSigner) -> str:
    """The user's public key if they have one ("" otherwise; never makes a key)."""
    return signer.existing_public_key()
