"""The Finnish pipeline without the tagger and its tok2vec (no rule reads parts of
speech) finds exactly what the full pipeline finds, on real text nobody here wrote
(issue 17: no neural work where no rule needs it, findings identical)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks.engine import Engine
from checks.language.models import LanguageModels
from checks.rules.registry import all_rules
from checks.model import Post
from checks.post_json import post_from_json

pytestmark = pytest.mark.slow  # they load the language models or start the CLI in fresh processes


REAL_TEXT = Path(__file__).parent / "data" / "real_text" / "ud-dev-posts.jsonl"


def real_posts(step: int) -> list[Post]:
    lines = REAL_TEXT.read_text("utf-8").splitlines()
    return [post_from_json(json.loads(line)) for line in lines[::step]]


def test_no_rule_reads_parts_of_speech_so_the_tagger_is_not_loaded() -> None:
    assert not any(getattr(rule, "uses_pos", False) for rule in all_rules())
    models = Engine("kokkola", lang="fi").models
    assert not models.pos
    models = LanguageModels(use_voikko=False)
    models.wait()
    assert models.error is None
    assert "tagger" not in models.pipeline("fi").pipe_names and "ner" in models.pipeline("fi").pipe_names


def test_findings_identical_with_and_without_the_tagger_on_real_text() -> None:
    posts = real_posts(step=3)  # 174 posts, Finnish and Swedish
    full = Engine("kokkola", lang="fi", models=LanguageModels(use_voikko=False, pos=True))
    cut = Engine("kokkola", lang="fi", models=LanguageModels(use_voikko=False, pos=False))
    assert "tagger" in full.models.pipeline("fi").pipe_names if full.models.wait() else False
    with_tagger = [[f.to_json() for f in fs] for fs in full.check_many(posts)]
    without = [[f.to_json() for f in fs] for fs in cut.check_many(posts)]
    assert sum(map(len, with_tagger)) > 0
    assert any(f["rule"] == "personal_data.person_name" for fs in with_tagger for f in fs)  # NER is exercised
    assert without == with_tagger
