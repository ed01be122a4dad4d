from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from checks.engine import Engine

# the window and keyring fixtures, for every test module without importing them by name
pytest_plugins = ["tests.composer_fixtures", "tests.memory_keyring", "tests.team_fixtures"]

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"  # everything the tests read is in the repository (a fresh clone has no ../shared)


# Tests that took more than ~5 s in `--durations` (30 Nov 2026): subprocesses that load the
# language models, hypothesis over whole posts, the simplemma engine. Marked here, not in
# each file, so the list is one place to keep up to date.
_SLOW = {
    "test_cli_check.py::test_plain_text_file_with_channel", "test_cli_check.py::test_console_script_end_to_end",
    "test_cli_list_export.py::test_final_export_writes_the_files_and_records_the_step",
    "test_cli_list_export.py::test_not_approved_exits_one_and_says_how_to_force",
    "test_cli_list_export.py::test_bad_input_exits_two",
    "test_cli_list_export.py::test_a_damaged_database_is_reported_and_never_touched",
    "test_cli_list_export.py::test_cli_and_window_give_identical_files",
    "test_cli_list_export.py::test_list_and_export_run_without_qt",
    "test_fuzz.py::test_any_text_any_channel", "test_fuzz.py::test_hundred_thousand_characters",
    "test_language_pass.py::test_if_ready_never_waits_for_the_models",
    "test_lemma_paths.py::test_simplemma_path_lemmatizes_finnish_without_native_code",
    "test_lemma_paths.py::test_examples_hold_on_the_simplemma_path",
    "test_storage_crash.py::test_sigkill_at_random_moments_loses_no_completed_save",
}
_QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|composer\.qt)\b", re.M)


@cache
def _imports_qt(path: Path) -> bool:
    return bool(_QT_IMPORT.search(path.read_text("utf-8")))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests a developer may leave out of a quick run (`-m "not slow and not gui"`):
    `gui` for tests that use Qt (qtbot, or a test module importing PySide6 or composer.qt),
    `slow` for tests that load the language models (several seconds) and those in _SLOW. The README's command and CI run everything."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or _imports_qt(Path(item.path)):
            item.add_marker(pytest.mark.gui)
        if f"{Path(item.path).name}::{item.originalname}" in _SLOW \
                or "language_models" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _test_user_packs(monkeypatch: pytest.MonkeyPatch) -> None:
    """User packs come from tests/data/xdg_config (the test team of tests/reviewer_keys.py),
    never from the account running the tests."""
    from tests.reviewer_keys import USER_PACKS
    monkeypatch.setattr("checks.packs.loader.user_config_dir", lambda *a, **k: str(USER_PACKS.parent))


@pytest.fixture(scope="session")
def kokkola_engine() -> Engine:
    return Engine("kokkola", lang="fi", strict=True)


@pytest.fixture(scope="session")
def engines() -> dict[tuple[str, str], Engine]:
    """Engines by (pack, lang), built on first use and shared by the session."""
    return {}


MODAL_LIMIT_S = 20  # no test waits this long on a dialog on purpose


@pytest.fixture(autouse=True)
def no_dialog_left_waiting():
    """A modal dialog that no test answers (a new confirmation the test did not stub) would
    hang the run until CI's time limit: after MODAL_LIMIT_S it is closed and the test fails,
    naming the dialog."""
    import sys
    if "PySide6.QtWidgets" not in sys.modules:
        yield
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
    app = QApplication.instance()
    if app is None:
        yield
        return
    seen: dict[int, int] = {}
    closed: list[str] = []

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        seen[id(widget)] = seen.get(id(widget), 0) + 1
        if seen[id(widget)] >= MODAL_LIMIT_S:
            text = widget.text() if isinstance(widget, QMessageBox) else ""
            closed.append(f"{type(widget).__name__} {widget.windowTitle()!r} {text!r}")
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(look)
    timer.start()
    yield
    timer.stop()
    if closed:
        pytest.fail(f"a modal dialog waited for an answer no test gave: {closed}")
