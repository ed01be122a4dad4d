"""The review states' names as the window shows them (the review bar, the drafts list)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def state_name(state: str) -> str:
    translate = QCoreApplication.translate
    return {"draft": translate("WorkflowBar", "Draft"), "in_review": translate("WorkflowBar", "In review"),
            "changes_requested": translate("WorkflowBar", "Changes requested"),
            "approved": translate("WorkflowBar", "Approved"), "exported": translate("WorkflowBar", "Exported"),
            "archived": translate("WorkflowBar", "Archived")}[state]
