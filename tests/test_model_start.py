"""The language models start fast (issue 17, language pass ready ≤ 4 s after launch): the
Finnish pipeline alone makes them ready and Swedish/English are built when a paragraph
needs them; spaCy's command-line tools and other packages' spaCy plugins are not imported;
the checker child keeps the cyclic collector off while it loads and freezes what it loaded."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from checks.engine import Engine
from checks.language import models as models_module
from checks.language.models import LanguageModels
from checks.model import Post, Severity

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow  # each test loads the Finnish model (in this process or a fresh one)


def run_python(code: str, extra_path: Path | None = None) -> dict:
    """Run `code` in a fresh interpreter (nothing imported yet); it prints one JSON line."""
    paths = [str(REPO)] + ([str(extra_path)] if extra_path else [])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=240)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_finnish_alone_makes_the_models_ready_and_swedish_is_built_when_a_paragraph_needs_it(monkeypatch) -> None:
    built: list[str] = []
    real = models_module.build_blank

    def recording(lang: str):
        built.append(lang)
        return real(lang)

    monkeypatch.setattr(models_module, "build_blank", recording)
    models = LanguageModels(use_voikko=False)
    assert models.wait(120) and models.error is None
    assert built == []  # ready with the Finnish pipeline only
    engine = Engine("kokkola", lang="fi", models=models)
    text = "Kirjaston ovikoodi on 4321.\n\nBiblioteket är stängt på midsommar, dörrkoden är 5580."
    findings = engine.check(Post(channel="facebook", text=text), language="if_ready")
    assert built == ["sv"]  # the Swedish paragraph's pipeline, once; no English one
    security = [text[f.start:f.end] for f in findings if f.rule == "confidential.security" and f.severity == Severity.ERROR]
    assert any("ovikoodi" in s for s in security) and any("dörrkod" in s for s in security), findings
    assert models.pipeline("sv") is models.pipeline("sv") and built == ["sv"]
    assert "ner" in models.pipeline("fi").pipe_names


def test_spacy_plugins_of_other_packages_are_not_imported_when_our_pipelines_are_built(tmp_path) -> None:
    """An installed package offering spaCy components through the "spacy_factories" entry
    point (presidio-analyzer is one: ~1.9 s of CPU) is imported by spaCy whenever any
    pipeline is made; ours do not use such components."""
    (tmp_path / "fake_spacy_plugin.py").write_text("import sys\nsys.modules['fake_spacy_plugin'].loaded = True\n"
                                                   "def make(nlp, name):\n    return lambda doc: doc\n")
    dist = tmp_path / "fake_spacy_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-spacy-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[spacy_factories]\nfake_plugin = fake_spacy_plugin:make\n")
    figures = run_python("""
        import json, sys
        from checks.language.models import build_blank, build_finnish
        build_finnish(use_voikko=False)
        build_blank("sv")
        ours = "fake_spacy_plugin" in sys.modules
        import spacy
        spacy.blank("en")  # spaCy's own way, as a control: the plugin is installed and found
        print(json.dumps({"ours": ours, "spacy": "fake_spacy_plugin" in sys.modules}))
    """, extra_path=tmp_path)
    assert figures == {"ours": False, "spacy": True}


def test_spacy_is_imported_without_its_command_line_tools() -> None:
    figures = run_python("""
        import json, sys
        from checks.language.models import LanguageModels
        models = LanguageModels(use_voikko=False)
        assert models.wait(120) and models.error is None
        loaded = sorted(m for m in ("spacy.cli", "typer", "requests", "httpx", "weasel") if m in sys.modules)
        import spacy
        about = spacy.info(silent=True)  # still there: imports the real command line when asked
        print(json.dumps({"loaded": loaded, "ner": "ner" in models.pipeline("fi").pipe_names,
                          "version": about.get("spacy_version") == spacy.__version__,
                          "cli_now": "spacy.cli" in sys.modules}))
    """)
    assert figures == {"loaded": [], "ner": True, "version": True, "cli_now": True}


def test_the_checker_child_keeps_the_collector_off_while_loading_and_freezes_what_it_loaded() -> None:
    figures = run_python("""
        import gc, json, time
        from composer.checking import child
        child.start("kokkola", "fi")
        loading = {"enabled": gc.isenabled(), "ready": child.language_ready()}
        deadline = time.monotonic() + 120
        while not child.language_ready() and time.monotonic() < deadline:
            time.sleep(0.05)
        print(json.dumps({"loading": loading, "enabled": gc.isenabled(), "frozen": gc.get_freeze_count()}))
    """)
    assert figures["loading"] == {"enabled": False, "ready": False}
    assert figures["enabled"] is True
    assert figures["frozen"] > 20_000  # the engine and the models, out of the collector's walks
