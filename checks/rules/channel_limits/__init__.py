"""Rules of the channel_limits category, one per file."""
