"""The window's flows that span several widgets: review (send, approve, request changes,
packages, history) and export (copy, export folder)."""
