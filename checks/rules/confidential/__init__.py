"""Rules of the confidential category, one per file."""
