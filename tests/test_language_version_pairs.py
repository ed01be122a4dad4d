"""Issue 18's data set: on 50 fi/sv pairs with one seeded mismatch each (time, date, link,
phone or e-mail, hashtag, official name, missing version) every mismatch is found, by the
right rule and on the seeded span; on 50 correct pairs no cross-version check reports
anything — published separately or as one bilingual post."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from checks.engine import Engine
from checks.model import Finding, Post

DATA = Path(__file__).parent / "data" / "version_pairs"


def _pairs(name: str) -> list[dict]:
    with (DATA / name).open("rb") as fh:
        return tomllib.load(fh)["pair"]


CORRECT, MISMATCHED = _pairs("correct.toml"), _pairs("mismatched.toml")
ENGINES: dict[str, Engine] = {}


def cross_findings(pair: dict, combined: bool) -> list[Finding]:
    pack = pair.get("pack", "kokkola")
    engine = ENGINES.setdefault(pack, Engine(pack, lang="fi", strict=True))
    versions = tuple((lang, pair[lang]) for lang in ("fi", "sv") if lang in pair)
    post = Post("facebook", versions[0][1], versions=versions, combined=combined, safety=pair.get("safety", False))
    return [f for f in engine.check(post, language="off") if f.category == "language_versions"]


def test_the_data_set_has_fifty_of_each_and_every_kind() -> None:
    assert len(CORRECT) == 50 and len(MISMATCHED) == 50
    kinds = {p["kind"] for p in MISMATCHED}
    assert kinds == {"time", "date", "link", "phone", "hashtag", "official_name", "missing_version"}


@pytest.mark.parametrize("combined", [False, True], ids=["separate", "combined"])
@pytest.mark.parametrize("index", range(50))
def test_a_correct_pair_reports_nothing(index: int, combined: bool) -> None:
    findings = cross_findings(CORRECT[index], combined)
    assert findings == [], [(f.rule, f.version, f.excerpt, f.message) for f in findings]


def _covers(pair: dict, finding: Finding) -> bool:
    text, side = pair.get("seeded_text"), pair["side"]
    if text is None:
        return True
    at = pair[side].index(text)
    spans = [(finding.version, finding.start, finding.end)]
    if finding.other is not None:
        spans.append((finding.other.version, finding.other.start, finding.other.end))
    return any(v == side and s is not None and s < at + len(text) and e > at for v, s, e in spans)


@pytest.mark.parametrize("combined", [False, True], ids=["separate", "combined"])
@pytest.mark.parametrize("index", range(50))
def test_a_seeded_mismatch_is_found(index: int, combined: bool) -> None:
    pair = MISMATCHED[index]
    findings = cross_findings(pair, combined)
    found = [f for f in findings if f.rule == pair["rule"] and _covers(pair, f)]
    assert found, (pair["kind"], [(f.rule, f.version, f.excerpt) for f in findings])
