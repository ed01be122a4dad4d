"""Who approves at this computer: the name in Settings and this user's own signing key (the
system keyring, or a passphrase-protected key file where there is none), the team's review
policy for a pack, and Review ▸ Export my public key."""
from __future__ import annotations

from pathlib import Path
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from composer.approval.key_file import MIN_PASSPHRASE
from composer.approval.my_key import my_public_key, my_signer
from composer.approval.signing import SigningUnavailable, fingerprint
from composer.approval.team import ReviewPolicy, policy_for_pack, public_key_entry
from composer.qt import plain_message
from composer.qt.user_name import ensure_user_name
from composer.qt.window_storage import WindowStorage


class MyIdentity(QObject):
    status = Signal(str, int)  # a message for the status bar, for so many ms

    def __init__(self, storage: WindowStorage | None, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.storage, self.settings, self.parent_widget = storage, settings, parent
        self._signer = None
        self._own_key = ""  # this user's public key once known (looked up again until there is one)

    @property
    def signer(self):
        if self._signer is not None:
            return self._signer
        storage = self.storage
        return my_signer(storage.data_dir if storage is not None else None, self.ask_passphrase)

    @signer.setter
    def signer(self, value) -> None:
        self._signer, self._own_key = value, ""

    def policy(self, pack: str, name: str) -> ReviewPolicy:
        """The pack's review policy with this user's name and key (self-approval by key)."""
        if not self._own_key:
            self._own_key = my_public_key(self.signer)
        return policy_for_pack(pack).with_user(name, self._own_key)

    def signing_note(self, signer, policy: ReviewPolicy) -> str:
        ready, note = signer.available()
        if not ready and policy.allow_unsigned:
            note += " " + self.tr("This guideline pack accepts unsigned approvals, so yours will be recorded unsigned.")
        elif not ready:
            note += " " + self.tr("This guideline pack accepts only signed approvals, so approving is not possible "
                                  "here.")
        return note

    def ask_passphrase(self, creating: bool) -> str | None:
        echo = QLineEdit.EchoMode.Password
        if not creating:
            text, ok = QInputDialog.getText(self.parent_widget, self.tr("Signing key"), self.tr(
                "The passphrase of your approval signing key:"), echo)
            return text if ok else None
        first, ok = QInputDialog.getText(self.parent_widget, self.tr("New signing key"), self.tr(
            "There is no system keyring here, so your approval signing key is kept in a file protected by a "
            "passphrase. Choose one (at least %1 characters); it is asked each time you approve.")
            .replace("%1", str(MIN_PASSPHRASE)), echo)
        if not ok:
            return None
        again, ok = QInputDialog.getText(self.parent_widget, self.tr("New signing key"),
                                         self.tr("The same passphrase again:"), echo)
        if not ok:
            return None
        if again != first:
            plain_message.inform(self.parent_widget, self.tr("New signing key"), self.tr("The passphrases differ."))
            return None
        return first

    def export_public_key(self, path: str | None = None) -> Path | None:
        """Save this user's public key as the lines a team adds to its team file."""
        name = ensure_user_name(self.parent_widget, self.settings)
        if name is None:
            return None
        try:
            key = self.signer.public_key()
        except SigningUnavailable as exc:
            plain_message.inform(self.parent_widget, self.tr("Export my public key"), str(exc))
            return None
        if path is None:
            suggested = str(Path.home() / f"{'-'.join(name.split()) or 'somevahti'}.team.toml")
            path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Export my public key"), suggested,
                                                  self.tr("Team file entry") + " (*.toml)")
            if not path:
                return None
        target = Path(path)
        try:
            target.write_text(public_key_entry(name, key), "utf-8")
        except OSError as exc:
            plain_message.inform(self.parent_widget, self.tr("Export my public key"), str(exc.strerror or exc))
            return None
        self.status.emit(self.tr("Saved your public key (fingerprint %1) to %2. Send the file to "
                                                    "whoever keeps your team's reviewer list.")
                                            .replace("%1", fingerprint(key)).replace("%2", str(target)), 15000)
        return target
