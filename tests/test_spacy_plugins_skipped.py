"""Loading our pipelines does not import unrelated spaCy plugins (issue 17: batch start-up).

spaCy imports every package with a `spacy_factories` entry point whenever a pipeline is
made. In the bench environment that is presidio-analyzer (~1 s of CPU at every start of
`check --batch` and of the checker child); our pipelines need none of them."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from checks.language import spacy_plugins

REPO = Path(__file__).resolve().parents[1]


def test_a_build_that_needs_a_plugin_is_retried_with_the_plugins_and_the_switch_is_restored() -> None:
    from spacy import util
    registry = util.registry._entry_point_factories
    calls = []

    def build():
        calls.append(registry.entry_points)
        if not registry.entry_points:
            raise ValueError("[E002] Can't find factory for 'a_plugin_component'")
        return "pipeline"

    assert spacy_plugins.without_plugins(build) == "pipeline"
    assert calls == [False, True]
    assert registry.entry_points is True


@pytest.mark.skipif(importlib.util.find_spec("presidio_analyzer") is None,
                    reason="needs a spaCy plugin installed beside us (presidio-analyzer, the bench extra)")
def test_the_language_models_load_without_importing_an_installed_plugin() -> None:
    code = ("import sys\n"
            "from checks.language.models import LanguageModels\n"
            "m = LanguageModels(use_voikko=False); m.wait()\n"
            "assert m.error is None, m.error\n"
            "assert m.pipeline('fi')('Matti Virtanen asuu Kokkolassa.').ents\n"
            "print('presidio_analyzer' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
