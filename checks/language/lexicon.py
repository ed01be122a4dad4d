"""Term matchers for a pack's lexicons, built once per pack and lexicon."""
from __future__ import annotations

import threading

from checks.language.term_matcher import TermMatcher
from checks.packs import Pack

_LOCK = threading.Lock()
_MATCHERS: dict[tuple[int, str], tuple[Pack, TermMatcher]] = {}


def matcher_for(pack: Pack, lexicon: str) -> TermMatcher:
    """The matcher of `pack.entries(lexicon)` (e.g. "tone.insults"), cached for the pack."""
    key = (id(pack), lexicon)
    with _LOCK:
        found = _MATCHERS.get(key)
        if found is not None and found[0] is pack:
            return found[1]
    matcher = TermMatcher(pack.entries(lexicon))
    with _LOCK:
        _MATCHERS[key] = (pack, matcher)
    return matcher
