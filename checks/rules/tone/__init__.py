"""Rules of the tone category, one per file."""
