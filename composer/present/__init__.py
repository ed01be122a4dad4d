"""Text made for people, Qt-free: the channel preview's HTML, where each channel folds a
post ("see more"), the exact text copied to the clipboard, UTF-16 ↔ str offsets, and the
names of categories, review states and roles (one set for the window, the CLI and the
export)."""
