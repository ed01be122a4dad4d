"""`checks` never imports Qt: it imports and runs with PySide6 made unimportable."""
from __future__ import annotations

import subprocess
import sys
import textwrap


def test_checks_import_and_run_without_qt() -> None:
    code = textwrap.dedent("""
        import sys
        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                    raise ImportError("Qt is blocked in this test: " + name)
                return None
        sys.meta_path.insert(0, BlockQt())
        import checks
        from checks.cli.check import main
        engine = checks.Engine("kokkola")
        findings = engine.check(checks.Post(channel="x", text="Kiitos @kaupunginkirjastokokkola! #Kesä-konsertti"))
        assert findings, "expected findings"
        assert not [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")]
        print("ok", len(findings))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok ")


def test_no_qt_import_statement_in_checks() -> None:
    from pathlib import Path
    import re
    root = Path(__file__).resolve().parents[1] / "checks"
    offenders = [str(p) for p in root.rglob("*.py")
                 if re.search(r"^\s*(from|import)\s+(PySide6|PyQt|shiboken)", p.read_text("utf-8"), re.M)]
    assert offenders == []
