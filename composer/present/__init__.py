"""Text made for people, Qt-free: the channel preview's HTML, where each channel folds a
post ("see more"), the exact text copied to the clipboard, and UTF-16 ↔ str offsets."""
