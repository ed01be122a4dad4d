"""The rules: one per file, grouped by category, listed in registry.py."""
