"""Who checks a batch's posts: this process (`InlineChecker`) or a pool of worker
processes that each build one Engine, with its language models, when they start
(`PoolChecker`). Both hand back a Future per chunk and never raise on a post: a post
that cannot be checked gets a problem instead of findings."""
from __future__ import annotations

import logging
import multiprocessing
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Protocol

from checks.engine import Engine
from checks.model import Finding, Post, Severity
from checks.packs import Pack

log = logging.getLogger(__name__)
EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2
_ENGINE: Engine | None = None


@dataclass(frozen=True)
class ChunkResult:
    """Per post: (the result object, None, exit status) or (None, problem, EXIT_BAD_INPUT)."""
    results: list[tuple[dict | None, str | None, int]]
    models_error: str | None = None


class Checker(Protocol):
    def submit(self, posts: list[Post]) -> Future: ...

    def result(self, future: Future, count: int) -> ChunkResult: ...

    def close(self) -> None: ...


def result_json(post: Post, findings: list[Finding]) -> dict:
    return {"id": post.id, "channel": post.channel, "findings": [f.to_json() for f in findings]}


def worst(findings: list[Finding]) -> int:
    return EXIT_ERRORS if any(f.severity == Severity.ERROR for f in findings) else EXIT_OK


def check_posts(posts: list[Post], engine: Engine | None = None) -> ChunkResult:
    engine = engine or _ENGINE
    assert engine is not None, "the worker was started without an engine"
    try:
        engine.prepare(posts)  # one nlp.pipe batch for the chunk's sentences
    except Exception as exc:  # each post is then analysed on its own (and reports its own failure)
        log.debug("batch preparation failed: %s", exc, exc_info=True)
    results: list[tuple[dict | None, str | None, int]] = []
    for post in posts:
        try:
            findings = engine.check(post)
        except Exception as exc:
            log.debug("post %r could not be checked", post.id, exc_info=True)
            results.append((None, f"could not be checked ({type(exc).__name__}: {exc})", EXIT_BAD_INPUT))
        else:
            results.append((result_json(post, findings), None, worst(findings)))
    return ChunkResult(results, engine.models.error)


def _failed(count: int, why: str) -> ChunkResult:
    return ChunkResult([(None, f"could not be checked ({why})", EXIT_BAD_INPUT)] * count)


class InlineChecker:
    """Checks in this process, at submit time."""

    def __init__(self, pack: Pack, lang: str, jobs: int = 1) -> None:
        self.engine = Engine(pack, lang=lang)

    def submit(self, posts: list[Post]) -> Future:
        future: Future = Future()
        future.set_result(check_posts(posts, self.engine))
        return future

    def result(self, future: Future, count: int) -> ChunkResult:
        return future.result()

    def close(self) -> None:
        pass


def _start_worker(pack: Pack, lang: str) -> None:
    global _ENGINE
    _ENGINE = Engine(pack, lang=lang)
    if _ENGINE.paragraph_rules:
        _ENGINE.models.wait()


def _ready() -> bool:
    return _ENGINE is not None


class PoolChecker:
    """`jobs` worker processes. On Linux the models are loaded once, here, and the workers
    are forked from this process before any other thread starts: they share the loaded
    pages and start at once. Elsewhere (no safe fork) each worker is spawned and loads
    its own. A worker that dies fails only the chunks it held; a new pool (spawned) then
    checks the rest."""

    def __init__(self, pack: Pack, lang: str, jobs: int) -> None:
        global _ENGINE
        self.pack, self.lang, self.jobs = pack, lang, jobs
        if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
            _ENGINE = Engine(pack, lang=lang)
            if _ENGINE.paragraph_rules:
                _ENGINE.models.wait()  # the loading thread has ended when this returns
            self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
            self._pool.submit(_ready).result()  # a fork pool starts all its workers at the first task
        else:
            self._pool = self._spawned_pool()

    def _spawned_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(self.pack, self.lang))

    def submit(self, posts: list[Post]) -> Future:
        if not posts:
            future: Future = Future()
            future.set_result(ChunkResult([]))
            return future
        try:
            return self._pool.submit(check_posts, posts)
        except RuntimeError:  # the pool broke since the last chunk: start a new one
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._spawned_pool()
            return self._pool.submit(check_posts, posts)

    def result(self, future: Future, count: int) -> ChunkResult:
        try:
            return future.result()
        except Exception as exc:  # BrokenProcessPool (a worker killed), a result that did not pickle…
            log.debug("a batch chunk failed", exc_info=True)
            return _failed(count, f"the checking process stopped: {type(exc).__name__}")

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
