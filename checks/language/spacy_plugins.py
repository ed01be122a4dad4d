"""Load our pipelines without importing every spaCy plugin installed beside us.

Every `spacy.Language()` imports each package that advertises a `spacy_factories` entry
point, whether or not the pipeline uses it. Our pipelines use only spaCy's own components
and ours; in an environment shared with other spaCy tools that import can cost more than
the model itself (presidio-analyzer's compiles ~170 regular expressions: ~3.8 s of CPU at
every start). So the pipelines are built with that import switched off, and again with it
when a pipeline does need a plugin's component (then the error is only a retry).
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


@contextmanager
def plugin_factories_skipped() -> Iterator[None]:
    from spacy import util
    registry = util.registry._entry_point_factories
    before = registry.entry_points
    registry.entry_points = False
    try:
        yield
    finally:
        registry.entry_points = before


def without_plugins(build: Callable[[], T]) -> T:
    """`build()` with the plugin imports skipped; with them if it needs one."""
    try:
        with plugin_factories_skipped():
            return build()
    except Exception:
        log.debug("a pipeline needed a spaCy plugin; loading with plugins", exc_info=True)
        return build()
