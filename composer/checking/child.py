"""What runs in the checker child process (see backends.ProcessBackend). Qt-free: the
child imports only the engine."""
from __future__ import annotations

import sys

from composer.checking.parent_watch import exit_with_parent
from composer.checking.job import CheckJob, CheckResult, EngineCache, run_job

_ENGINES: EngineCache | None = None


def start(pack: str | None = None, lang: str | None = None) -> None:
    """The child's initializer. The structural engine for the window's pack is built first
    (it answers the first keystrokes in well under a second), then the language models
    start loading on a thread of their own."""
    global _ENGINES
    exit_with_parent()
    _ENGINES = EngineCache()
    if pack and lang:
        _ENGINES.prebuild(pack, lang)
    # The loading thread runs Python for seconds; a short switch interval hands the GIL
    # back to a check that arrives meanwhile sooner (5 ms by default).
    sys.setswitchinterval(0.001)
    _ENGINES.start_language()


def check(job: CheckJob) -> CheckResult:
    assert _ENGINES is not None, "start() runs first"
    return run_job(job, _ENGINES)


def language_ready() -> bool:
    return _ENGINES is not None and _ENGINES.language_ready()
