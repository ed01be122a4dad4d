"""The sample posts (tests/data/examples/posts.jsonl) get the findings they should.

Issue "The guideline engine" covers four categories; the language-aware categories
(personal_data, confidential, tone) are checked once their rules exist.
"""
from __future__ import annotations

import json

import pytest

from checks.engine import Engine
from checks.model import Severity
from checks.post_json import post_from_json
from checks.rules.registry import all_rules
from tests.conftest import DATA

EXAMPLES = [json.loads(line) for line in (DATA / "examples" / "posts.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
IMPLEMENTED = {r.category for r in all_rules()}


def _categories(example: dict) -> set[str]:
    return {e["category"] for e in example["expect"] + example["forbid"]}


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["id"] for e in EXAMPLES])
def test_example(example: dict, kokkola_engine: Engine) -> None:
    if not _categories(example) <= IMPLEMENTED:
        pytest.skip(f"category not built yet: {sorted(_categories(example) - IMPLEMENTED)}")
    post = post_from_json(example)
    findings = kokkola_engine.check(post)
    for want in example["expect"]:
        floor = Severity.parse(want["min_severity"])
        hits = [f for f in findings if f.category == want["category"] and f.severity >= floor]
        if "covers" in want:
            at = post.text.index(want["covers"])
            hits = [f for f in hits if f.start is not None and f.start < at + len(want["covers"]) and f.end > at]
        if "target" in want:
            hits = [f for f in hits if f.target == want["target"]]
        assert hits, f"expected {want} in {[(f.rule, f.severity.label, f.excerpt) for f in findings]}"
    for ban in example["forbid"]:
        floor = Severity.parse(ban["min_severity"])
        bad = [f for f in findings if f.category == ban["category"] and f.severity >= floor]
        assert not bad, f"forbidden {ban}: {[(f.rule, f.message) for f in bad]}"


def test_structural_categories_are_all_exercised() -> None:
    structural = {"mentions_hashtags", "accessibility", "paid_campaign", "channel_limits"}
    assert structural <= IMPLEMENTED
    assert structural <= {c for e in EXAMPLES for c in _categories(e)}
