"""Every rule fires on its fail cases and stays quiet on its pass cases."""
from __future__ import annotations

from collections import defaultdict

import pytest

from checks.engine import Engine
from checks.model import Severity
from checks.rules.registry import all_rules
from tests.rule_cases import RuleCase, load_cases

CASES = load_cases()


def _engine(engines: dict, pack: str, lang: str) -> Engine:
    if (pack, lang) not in engines:
        engines[(pack, lang)] = Engine(pack, lang=lang, strict=True)
    return engines[(pack, lang)]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase, engines: dict) -> None:
    d = case.data
    post = case.post()
    findings = [f for f in _engine(engines, case.pack, d["lang"]).check(post) if f.rule == d["rule"]]
    if d["expect"] == "pass":
        assert findings == [], f"{case.file}: {d['rule']} should not fire on {post.versions or post.text!r}"
        return
    assert findings, f"{case.file}: {d['rule']} should fire on {post.versions or post.text!r}"
    if "version" in d:
        findings = [f for f in findings if f.version == d["version"]]
        assert findings, f"{case.file}: {d['rule']} should fire on the {d['version']} version"
    text = case.text_of(d.get("version", ""))
    if "covers" in d:
        at = text.index(d["covers"])
        span = (at, at + len(d["covers"]))
        assert any(f.start is not None and f.start < span[1] and f.end > span[0] for f in findings), findings
    if "other" in d:
        others = [f.other for f in findings if f.other is not None and f.other.start is not None]
        assert any(case.text_of(o.version)[o.start:o.end] in d["other"] or d["other"] in o.excerpt
                   for o in others), findings
    if "target" in d:
        assert any(f.target == d["target"] for f in findings), findings
    if "severity" in d:
        assert any(f.severity == Severity.parse(d["severity"]) for f in findings), findings
    if "fix" in d:
        fixed = [f for f in findings if f.fix is not None]
        assert fixed, "expected a one-click fix"
        fix = fixed[0].fix
        assert text[: fix.start] + fix.replacement + text[fix.end:] == d["fix"]
    for f in findings:
        assert f.message and "{" not in f.message, f.message


def test_every_rule_has_finnish_pass_and_fail_cases() -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for case in CASES:
        if case.data["lang"] == "fi":
            seen[case.data["rule"]].add(case.data["expect"])
    missing = [r.id for r in all_rules() if seen[r.id] != {"pass", "fail"}]
    assert missing == [], f"rules without Finnish pass and fail cases: {missing}"


def test_cases_name_real_rules() -> None:
    ids = {r.id for r in all_rules()}
    assert {c.data["rule"] for c in CASES} <= ids


def test_every_rule_has_pass_and_fail_cases_in_every_language() -> None:
    """Finnish first, then Swedish and English: every rule is shown to fire and to stay quiet."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for case in CASES:
        seen[(case.data["rule"], case.data["lang"])].add(case.data["expect"])
    missing = [f"{r.id} ({lang})" for r in all_rules() for lang in ("fi", "sv", "en")
               if seen[(r.id, lang)] != {"pass", "fail"}]
    assert missing == [], f"rules without pass and fail cases: {missing}"
