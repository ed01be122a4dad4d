"""URLs as str spans, found by twitter-text's URL rules (with and without protocol)."""
from __future__ import annotations

from twitter_text.extract_urls import extract_urls_with_indices


def url_spans(text: str) -> list[tuple[int, int]]:
    try:
        return [tuple(u["indices"]) for u in extract_urls_with_indices(text)]
    except Exception:  # the extractor on odd input: then no URL is found, nothing fails
        return []
