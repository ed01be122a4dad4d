"""Import spaCy without its command-line tools (start-up speed, issue 17).

`import spacy` imports `spacy.cli` — typer, requests, httpx, jinja2, weasel, rich — only
to re-export `spacy.info`; that is ~0.25 s of CPU at every start of the checker, which
never uses the command line. While spaCy's package is imported, `spacy.cli` is a
placeholder; afterwards it is gone from `sys.modules`, so anything that does import
`spacy.cli` later gets the real one, and `spacy.info` imports it when first called.
Should a spaCy release need `spacy.cli` while it is imported, spaCy is imported as usual.
"""
from __future__ import annotations

import logging
import sys
import types
from typing import Any

log = logging.getLogger(__name__)
_CLI = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported on first use."""
    from spacy.cli.info import info
    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    if "spacy" in sys.modules:
        import spacy
        return spacy
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package with no submodules of its own
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    placeholders = {"spacy.cli": package, "spacy.cli.info": info}
    sys.modules.update(placeholders)
    try:
        import spacy
    except Exception:
        log.debug("spaCy needs its command line while it is imported; importing it as usual", exc_info=True)
        _drop(placeholders)
        import spacy
    finally:
        _drop(placeholders)
    if getattr(spacy, "cli", None) is package:
        delattr(spacy, "cli")
    return spacy


def _drop(placeholders: dict[str, types.ModuleType]) -> None:
    for name, module in placeholders.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]
