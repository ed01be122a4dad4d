"""The window's flows that span several widgets: review (send, approve, request changes,
packages, history) and export (copy, export folder). Each is given its collaborators
(the shown draft, the live checks, settings, …), never the window, and reports through
Qt signals that main_window connects in one place."""
