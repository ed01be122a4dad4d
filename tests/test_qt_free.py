"""Everything outside composer/qt is Qt-free: every module of `checks` and of the Qt-free
composer packages imports, and the engine and the stored-drafts commands run, in an
interpreter where PySide6 and shiboken6 cannot be imported. The block itself is proved to
work (composer.qt fails to import under it). The import rules themselves are import-linter
contracts (tests/test_architecture.py)."""
from __future__ import annotations

import pytest

from tests.without_qt import run_without_qt

pytestmark = pytest.mark.slow  # fresh interpreters import the whole engine

QT_FREE = ("checks", "composer.model", "composer.checking", "composer.approval", "composer.present",
           "composer.storage", "composer.review_package", "composer.export", "composer.cli", "composer.messages",
           "composer.settings_schema", "composer.launcher")


def test_every_qt_free_module_imports_without_qt() -> None:
    result = run_without_qt(f"""
        import importlib, pkgutil
        names = []
        for name in {QT_FREE!r}:
            module = importlib.import_module(name)
            names.append(name)
            for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
                importlib.import_module(info.name)
                names.append(info.name)
        assert not [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")]
        print("ok", len(names))
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok ") and int(result.stdout.split()[1]) > 100


def test_the_block_really_blocks_qt() -> None:
    result = run_without_qt("import composer.qt.main_window")
    assert result.returncode != 0 and "Qt is blocked in this test" in result.stderr


def test_checks_and_the_drafts_commands_run_without_qt(tmp_path) -> None:
    result = run_without_qt(f"""
        import checks
        from composer.launcher import main
        engine = checks.Engine("kokkola")
        findings = engine.check(checks.Post(channel="x", text="Kiitos @kaupunginkirjastokokkola! #Kesä-konsertti"))
        assert findings, "expected findings"
        code = main(["list", "--data", {str(tmp_path)!r}, "--json"])
        assert code == 0, code
        assert not [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")]
        print("ok", len(findings))
    """)
    assert result.returncode == 0, result.stderr
    assert "ok " in result.stdout and "[]" in result.stdout
