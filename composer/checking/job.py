"""What the window asks the checker for, and what comes back (Qt-free)."""
from __future__ import annotations

from dataclasses import dataclass, field

from checks.model import Finding, Post


@dataclass(frozen=True)
class CheckJob:
    """Check every chosen channel's variant of one draft; each post under a key (the tab)."""
    draft_id: str
    pack: str
    lang: str
    posts: tuple[tuple[str, Post], ...]
    serial: int = 0


@dataclass(frozen=True)
class CheckResult:
    job: CheckJob
    findings: dict[str, list[Finding]] = field(default_factory=dict)  # key -> findings
    language_done: bool = False  # False while the language models are still loading
    error: str | None = None  # e.g. a broken guideline pack


def run_job(job: CheckJob, engines: "EngineCache") -> CheckResult:
    """Run on the worker thread; never raises (a broken pack becomes `error`)."""
    from checks.packs import PackError
    try:
        engine = engines.get(job.pack, job.lang)
    except PackError as exc:
        return CheckResult(job, error=str(exc))
    from checks.draft_notes import once_per_draft
    findings = once_per_draft({key: engine.check(post, language="if_ready") for key, post in job.posts}, job.lang)
    return CheckResult(job, findings, language_done=engine.language_ready or not engine.paragraph_rules)


class EngineCache:
    """One engine per (pack, language), built on first use on the worker thread."""

    def __init__(self, models=None) -> None:
        self._engines: dict[tuple[str, str], object] = {}
        self._models = models

    def get(self, pack: str, lang: str):
        from checks import Engine
        key = (pack, lang)
        if key not in self._engines:
            self._engines[key] = Engine(pack, lang=lang, models=self._models)
        return self._engines[key]

    def prebuild(self, pack: str, lang: str) -> None:
        """Build the engine for (pack, lang) now; a broken pack is reported by the first job."""
        from checks.packs import PackError
        try:
            self.get(pack, lang).warm_up()
        except PackError:
            pass

    def language_ready(self) -> bool:
        from checks import shared_models
        return (self._models or shared_models()).ready

    def start_language(self) -> None:
        from checks import shared_models
        (self._models or shared_models()).start()
