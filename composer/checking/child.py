"""What runs in the checker child process (see backends.ProcessBackend). Qt-free: the
child imports only the engine."""
from __future__ import annotations

import gc
import sys

from composer.checking.parent_watch import exit_with_parent
from composer.checking.job import CheckJob, CheckResult, EngineCache, run_job

_ENGINES: EngineCache | None = None
_SETTLED = False
_SWITCH_INTERVAL = sys.getswitchinterval()


def start(pack: str | None = None, lang: str | None = None) -> None:
    """The child's initializer. The structural engine for the window's pack is built first
    (it answers the first keystrokes in well under a second), then the language models
    start loading on a thread of their own."""
    global _ENGINES
    exit_with_parent()
    # The engine and the models are ~90,000 objects that live as long as the child; the
    # cyclic collector would walk them again and again while they are being made (~0.4 s
    # of CPU at start-up, and each later full collection ~0.15 s in the middle of a
    # check). It stays off until the models are loaded; then they are frozen (_settle).
    gc.disable()
    _ENGINES = EngineCache()
    if pack and lang:
        _ENGINES.prebuild(pack, lang)
    # The loading thread runs Python for seconds; a short switch interval hands the GIL
    # back to a check that arrives meanwhile sooner (5 ms by default).
    sys.setswitchinterval(0.001)
    _ENGINES.start_language()


def _settle() -> None:
    """Once the models are loaded: what exists now is kept out of the collector's walks
    (the load leaves almost no cyclic garbage: ~20 objects), and the collector is on
    again for what checks create; the GIL switch interval is the default again."""
    global _SETTLED
    if not _SETTLED:
        _SETTLED = True
        gc.freeze()
        gc.enable()
        sys.setswitchinterval(_SWITCH_INTERVAL)


def check(job: CheckJob) -> CheckResult:
    assert _ENGINES is not None, "start() runs first"
    result = run_job(job, _ENGINES)
    if _ENGINES.language_ready():
        _settle()
    return result


def language_ready() -> bool:
    ready = _ENGINES is not None and _ENGINES.language_ready()
    if ready:
        _settle()
    return ready
