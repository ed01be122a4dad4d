"""Rules of the mentions_hashtags category, one per file."""
