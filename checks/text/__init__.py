"""Text primitives shared by the rules: graphemes, emoji, URLs, hashtags, mentions."""
