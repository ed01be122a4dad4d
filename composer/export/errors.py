"""What can stop an export; `str(error)` is a plain sentence for the user, never a traceback.

The two are separate on purpose: ExportNotApproved is a question for the user ("export it
marked as a draft?"), ExportError a problem to report.
"""
from __future__ import annotations


class ExportNotApproved(Exception):
    """The draft is not approved for every chosen channel and the caller did not ask for
    an export marked as a draft."""


class ExportError(Exception):
    """The export cannot be made (the folder is not empty or not writable, an image is
    missing or unreadable…). Nothing was left half-written."""
