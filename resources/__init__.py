"""Somevahti data files: packs, channel specs, messages, translations, icons (no code)."""
