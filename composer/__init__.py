"""The Qt (PySide6) desktop app. Built in a later issue."""
