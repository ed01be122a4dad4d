"""`checks` never imports Qt: it imports and runs with PySide6 made unimportable."""
from __future__ import annotations

from tests.without_qt import run_without_qt


def test_checks_import_and_run_without_qt() -> None:
    result = run_without_qt("""
        import checks
        from checks.cli.check import main
        engine = checks.Engine("kokkola")
        findings = engine.check(checks.Post(channel="x", text="Kiitos @kaupunginkirjastokokkola! #Kesä-konsertti"))
        assert findings, "expected findings"
        assert not [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")]
        print("ok", len(findings))
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok ")


def test_no_qt_import_statement_in_checks() -> None:
    from pathlib import Path
    import re
    root = Path(__file__).resolve().parents[1] / "checks"
    offenders = [str(p) for p in root.rglob("*.py")
                 if re.search(r"^\s*(from|import)\s+(PySide6|PyQt|shiboken)", p.read_text("utf-8"), re.M)]
    assert offenders == []
