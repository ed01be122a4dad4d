"""The window: the only package that imports PySide6.

app (start-up), main_window (the window and the one place its signals are wired),
window_setup, actions (the window's QActions), window_storage + autosave (the storage
thread seen from the GUI), translations and the Qt names of domain words;
checking/ (debounced background checks and the shown draft's live findings),
controllers/ (review and export flows, given their collaborators, reporting by signals),
widgets/ (the editor pane and every other widget)."""
