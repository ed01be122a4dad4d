"""Rules of the accessibility category, one per file."""
