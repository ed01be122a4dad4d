"""Rules of the paid_campaign category, one per file."""
