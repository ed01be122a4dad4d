"""Never a false all-clear (issue 17): until the check of the shown text has come back,
the findings panel says it is checking — it never says "No findings" for text that has
not been checked, neither at start-up nor after an edit."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from concurrent.futures import Executor, Future

import pytest
from PySide6.QtCore import QSettings

from composer.checking.backends import ThreadBackend
from composer.checking.job import EngineCache
from composer.model.draft import Draft
from composer.model.draft_library import DraftLibrary
from composer.qt.checking.scheduler import CheckWorker
from composer.qt.main_window import MainWindow
from composer.qt.translations import language_installed


class HeldExecutor(Executor):
    """Keeps every job until `release()`: a checker that is still starting or still busy."""

    def __init__(self) -> None:
        self.held: list[tuple[Future, object, tuple]] = []

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        self.held.append((future, fn, args))
        return future

    def release(self) -> None:
        held, self.held = self.held, []
        for future, fn, args in held:
            future.set_result(fn(*args))


@pytest.fixture(scope="module")
def checker_engines() -> EngineCache:
    return EngineCache()


@pytest.fixture
def held_window(qtbot, tmp_path, checker_engines):
    """make(lang): a window in `lang` (installed until the test ends) whose checks wait."""
    contexts = []

    def make(lang: str) -> tuple[MainWindow, HeldExecutor]:
        installed = language_installed(lang)
        installed.__enter__()
        contexts.append(installed)
        executor = HeldExecutor()
        worker = CheckWorker(ThreadBackend(checker_engines, executor), delay_ms=0)
        window = MainWindow(DraftLibrary(), worker,
                            QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), lang, None)
        qtbot.addWidget(window)
        window.show()
        return window, executor

    yield make
    for installed in reversed(contexts):
        installed.__exit__(None, None, None)


def settle(qtbot, window: MainWindow, executor: HeldExecutor) -> None:
    """Let the checker answer everything (also the re-check once the language models load)."""
    qtbot.waitUntil(lambda: (executor.release(), not window.findings.is_checking())[1], timeout=120_000)


def test_a_draft_not_yet_checked_says_checking_not_no_findings(qtbot, held_window) -> None:
    window, executor = held_window("fi")
    window.add_draft(Draft(title="Ovi", master="Takaoven koodi on 4321. Soita 040 123 4567.", channels=["facebook"]))
    summary = window.findings.summary_text()
    assert "Tarkistetaan" in summary and "Ei havaintoja" not in summary, summary
    settle(qtbot, window, executor)
    summary = window.findings.summary_text()
    assert "virhe" in summary and "Tarkistetaan" not in summary, summary


def test_an_edit_marks_the_old_result_as_checking_until_its_own_check_returns(qtbot, held_window) -> None:
    window, executor = held_window("sv")
    draft = Draft(title="Bibliotek", master="Sagostund i biblioteket på lördag.", channels=["facebook"])
    window.add_draft(draft)
    settle(qtbot, window, executor)
    assert "kontrollerar" not in window.findings.summary_text().lower()
    draft.set_master("Sagostund i biblioteket. Ring 040 123 4567, personbeteckning 131052-308T.")
    qtbot.waitUntil(lambda: window.findings.is_checking())
    assert "kontrollerar" in window.findings.summary_text().lower(), window.findings.summary_text()
    settle(qtbot, window, executor)
    assert "fel" in window.findings.summary_text()


def test_a_result_for_older_text_does_not_end_the_checking_state(qtbot, held_window) -> None:
    window, executor = held_window("en")
    draft = Draft(title="Pool", master="The pool opens at 8.", channels=["facebook"])
    window.add_draft(draft)
    draft.set_master("The pool opens at 8. Door code 4321.")  # a newer request waits behind the first
    executor.release()  # the first (older) check comes back; the newer one starts and is held
    assert window.findings.is_checking()
    assert "No findings" not in window.findings.summary_text()
    settle(qtbot, window, executor)
    assert "error" in window.findings.summary_text()
