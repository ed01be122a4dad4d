"""Rules of the personal_data category, one per file."""
