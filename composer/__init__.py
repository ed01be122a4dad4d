"""The Qt (PySide6) desktop app: the composer window and what it needs (some modules, such as
the draft model and the checker child process, stay Qt-free)."""
