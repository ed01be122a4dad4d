"""What runs in the checker child process (see check_backends.ProcessBackend). Qt-free:
the child imports only the engine."""
from __future__ import annotations

from composer.checking.job import CheckJob, CheckResult, EngineCache, run_job

_ENGINES: EngineCache | None = None


def start() -> None:
    """The child's initializer: begin loading the language models at once."""
    global _ENGINES
    _ENGINES = EngineCache()
    _ENGINES.start_language()


def check(job: CheckJob) -> CheckResult:
    assert _ENGINES is not None, "start() runs first"
    return run_job(job, _ENGINES)


def language_ready() -> bool:
    return _ENGINES is not None and _ENGINES.language_ready()
