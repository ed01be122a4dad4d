"""Copy-ready export of a draft (Qt-free, shared by the window and `somevahti export`).

    findings = check_draft(draft, lang)           # or the findings the window already has
    result = export_draft(draft, findings, out_dir, lang=lang, by=name)
    if result.final:
        composer.approval.workflow.mark_exported(draft, name)   # the caller records the step, then saves

See export.py for what the folder holds.
"""
from composer.export.checking import check_draft
from composer.export.errors import ExportError, ExportNotApproved
from composer.export.export import ExportResult, export_draft
from composer.export.final import is_final

__all__ = ["ExportError", "ExportNotApproved", "ExportResult", "check_draft", "export_draft", "is_final"]
