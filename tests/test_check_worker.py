"""The background checker: debounced, one job in flight, the latest request wins, stale
results are dropped, and the window hears when the language models become ready."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from concurrent.futures import Executor, Future

from checks.model import Post
from composer.checking.backends import ThreadBackend
from composer.checking.job import CheckJob, CheckResult
from composer.qt.checking.scheduler import CheckWorker


class ManualExecutor(Executor):
    """Jobs wait until the test finishes them, so it controls what is in flight."""

    def __init__(self) -> None:
        self.pending: list[tuple[Future, object, tuple]] = []

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        self.pending.append((future, fn, args))
        return future

    def finish_next(self) -> None:
        future, fn, args = self.pending.pop(0)
        future.set_result(fn(*args))


class FakeEngines:
    """Records what was checked; the language models become ready when the test says so."""

    def __init__(self) -> None:
        self.checked: list[str] = []
        self.ready = False

    def language_ready(self) -> bool:
        return self.ready


def job(text: str) -> CheckJob:
    return CheckJob("d1", "kokkola", "fi", (("facebook", Post("facebook", text)),))


def fake_run(job: CheckJob, engines: FakeEngines) -> CheckResult:
    engines.checked.append(job.posts[0][1].text)
    return CheckResult(job, {"facebook": []}, language_done=engines.ready)


def make_worker(qtbot, monkeypatch, delay_ms: int = 0):
    import composer.checking.backends as module
    monkeypatch.setattr(module, "run_job", fake_run)
    engines, executor = FakeEngines(), ManualExecutor()
    worker = CheckWorker(ThreadBackend(engines, executor), delay_ms=delay_ms)
    results: list[CheckResult] = []
    worker.finished.connect(results.append)
    return worker, engines, executor, results


def test_a_burst_of_typing_becomes_one_check_after_the_pause(qtbot, monkeypatch) -> None:
    worker, engines, executor, results = make_worker(qtbot, monkeypatch, delay_ms=50)
    for text in ("K", "Ki", "Kir", "Kirj", "Kirja"):
        worker.request(job(text))
    qtbot.waitUntil(lambda: len(executor.pending) == 1)
    qtbot.wait(120)
    assert len(executor.pending) == 1
    executor.finish_next()
    qtbot.waitUntil(lambda: bool(results))
    assert engines.checked == ["Kirja"] and results[0].job.posts[0][1].text == "Kirja"


def test_one_job_in_flight_the_latest_waiting_request_wins_and_stale_results_are_dropped(qtbot, monkeypatch) -> None:
    worker, engines, executor, results = make_worker(qtbot, monkeypatch)
    worker.request(job("first"), immediate=True)
    worker.request(job("second"), immediate=True)
    worker.request(job("third"), immediate=True)
    assert len(executor.pending) == 1  # "first" runs; the others wait
    executor.finish_next()
    qtbot.waitUntil(lambda: len(executor.pending) == 1)  # then only the latest starts
    assert results == []  # "first" is stale: never shown
    executor.finish_next()
    qtbot.waitUntil(lambda: bool(results))
    assert engines.checked == ["first", "third"]
    assert [r.job.posts[0][1].text for r in results] == ["third"]
    qtbot.waitUntil(lambda: worker.idle)


def test_the_worker_says_when_the_language_models_are_ready(qtbot, monkeypatch) -> None:
    worker, engines, executor, results = make_worker(qtbot, monkeypatch)
    worker.request(job("Hei"), immediate=True)
    executor.finish_next()
    qtbot.waitUntil(lambda: bool(results))
    assert not results[0].language_done
    engines.ready = True
    with qtbot.waitSignal(worker.language_ready, timeout=3000):
        pass


def test_a_failing_check_is_reported_not_raised(qtbot, monkeypatch) -> None:
    import composer.checking.backends as module

    def broken(job, engines):
        raise RuntimeError("rule exploded")

    monkeypatch.setattr(module, "run_job", broken)
    executor = ManualExecutor()
    worker = CheckWorker(ThreadBackend(FakeEngines(), executor), delay_ms=0)
    results: list[CheckResult] = []
    worker.finished.connect(results.append)
    worker.request(job("Hei"), immediate=True)
    future, fn, args = executor.pending.pop(0)
    try:
        fn(*args)
    except RuntimeError as exc:
        future.set_exception(exc)
    qtbot.waitUntil(lambda: bool(results))
    assert "RuntimeError: rule exploded" in results[0].error


def test_while_the_models_load_the_typing_pause_is_short_and_afterwards_the_usual_one(qtbot, monkeypatch) -> None:
    """At start-up the checks are the quick structural ones: the first findings should not
    wait for the pause meant to spare the language pass (issue 17)."""
    from composer.qt.checking.scheduler import LOADING_DEBOUNCE_MS
    worker, engines, executor, results = make_worker(qtbot, monkeypatch, delay_ms=300)
    worker.request(job("Takaoven koodi on 4321."))
    assert worker._timer.isActive() and worker._timer.interval() == LOADING_DEBOUNCE_MS < 300
    qtbot.waitUntil(lambda: len(executor.pending) == 1)
    executor.finish_next()
    qtbot.waitUntil(lambda: bool(results))
    engines.ready = True
    with qtbot.waitSignal(worker.language_ready, timeout=3000):
        pass
    worker.request(job("Takaoven koodi on 4321. Tervetuloa!"))
    assert worker._timer.interval() == 300


def test_a_waiting_check_that_newer_typing_has_superseded_is_not_started(qtbot, monkeypatch) -> None:
    """At start-up the window's first check (of the empty draft) waited for the busy checker;
    by the time it could start, the user was typing, and the typed text's check had to
    wait for one of content nobody would see."""
    worker, engines, executor, results = make_worker(qtbot, monkeypatch, delay_ms=10_000)
    worker.request(job(""), immediate=True)   # in flight
    worker.request(job(""), immediate=True)   # waiting (e.g. a re-check when a tab is shown)
    worker.request(job("Takaoven koodi on 4321."))  # typed: in its pause
    executor.finish_next()
    qtbot.waitUntil(lambda: not executor.pending and worker._in_flight is None)
    assert engines.checked == [""] and not worker.idle
    worker.request(job("Takaoven koodi on 4321. Tervetuloa!"), immediate=True)
    qtbot.waitUntil(lambda: len(executor.pending) == 1)
    executor.finish_next()
    qtbot.waitUntil(lambda: bool(results))
    assert engines.checked == ["", "Takaoven koodi on 4321. Tervetuloa!"]
    assert results[-1].job.serial == worker.latest_serial
