"""Command-line tools (Qt-free)."""
