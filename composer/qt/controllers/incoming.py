"""Importing a review package, the parts the user decides or is told: which team records
the package adds (shown, merged on the user's say-so; refused ones listed), and a pack the
draft names that this computer does not have (the user's default pack is used instead)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from checks.packs import available_packs
from composer.model.draft import Draft
from composer.review_package import ImportPlan
from composer.review_package.incoming import IncomingRecords, incoming_records
from composer.qt import plain_message
from composer.qt.user_name import user_name
from composer.qt.widgets.incoming_records_dialog import IncomingRecordsDialog
from composer.settings_schema import Settings

if TYPE_CHECKING:
    from composer.qt.controllers.identity import MyIdentity


def accepted_records(parent: QWidget, settings: QSettings, plan: ImportPlan, identity: "MyIdentity") -> IncomingRecords:
    """The package's team records the user chose to add (none when they said no)."""
    draft = plan.package.draft
    records = incoming_records(plan.local, draft, identity.policy(draft.pack, user_name(settings)))
    if records.empty:
        return records
    dialog = IncomingRecordsDialog(records, plan.package.sent_by, draft, parent)
    if dialog.exec() != IncomingRecordsDialog.DialogCode.Accepted:
        return IncomingRecords()
    return IncomingRecords(records.comments, records.history, records.approvals)


def pack_fallback(parent: QWidget, settings: QSettings, draft: Draft) -> None:
    """A draft naming a pack this computer lacks gets the user's default pack, and the user is told."""
    if draft.pack in available_packs():
        return
    missing, default = draft.pack, Settings(settings).get("checks/default_pack")
    draft.set_pack(default)
    translate = QCoreApplication.translate
    plain_message.inform(parent, translate("ReviewActions", "Guideline pack"), translate(
        "ReviewActions", "The draft names the guideline pack “%1”, which this computer does not have. It is checked "
                         "with your default pack “%2” instead.").replace("%1", missing).replace("%2", default))
