"""Real prose nobody on the project wrote (UD treebank dev sets, vendored with their
CC BY-SA 4.0 notice in tests/data/real_text/): every warning and error the checker raises
there has been read and judged (judgements.toml). A judged-false alarm must not come
back, a judged-true one must not disappear, and a new one must be judged first."""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from checks.engine import Engine
from checks.model import Severity
from checks.post_json import post_from_json

DATA = Path(__file__).parent / "data" / "real_text"
MAX_FALSE_SHARE = 0.10
MAX_INFOS_PER_POST = 1.0


@pytest.fixture(scope="module")
def raised() -> tuple[dict[tuple[str, str, str], str], int, int]:
    posts = [json.loads(line) for line in (DATA / "ud-dev-posts.jsonl").read_text("utf-8").splitlines() if line.strip()]
    engine = Engine("kokkola", lang="fi", strict=True)
    alarms: dict[tuple[str, str, str], str] = {}
    infos = 0
    for post, findings in zip(posts, engine.check_many(post_from_json(p) for p in posts)):
        for f in findings:
            if f.severity == Severity.INFO:
                infos += 1
            else:
                alarms[(post["id"], f.rule, f.excerpt)] = f.severity.label
    return alarms, infos, len(posts)


@pytest.fixture(scope="module")
def judged() -> dict[tuple[str, str, str], dict]:
    with (DATA / "judgements.toml").open("rb") as fh:
        return {(a["id"], a["rule"], a["excerpt"]): a for a in tomllib.load(fh)["alarm"]}


def test_judged_false_alarms_stay_away(raised, judged) -> None:
    back = [key for key, a in judged.items() if not a["verdict"] and key in raised[0]]
    assert back == [], f"false alarms came back: {back}"


def test_judged_true_alarms_are_still_raised(raised, judged) -> None:
    lost = [key for key, a in judged.items() if a["verdict"] and key not in raised[0]]
    assert lost == [], f"true alarms disappeared: {lost}"


def test_every_alarm_is_judged(raised, judged) -> None:
    new = sorted(key for key in raised[0] if key not in judged)
    assert new == [], f"judge these in tests/data/real_text/judgements.toml: {new}"


def test_few_false_alarms_and_few_infos(raised, judged) -> None:
    alarms, infos, posts = raised
    false = [key for key in alarms if key in judged and not judged[key]["verdict"]]
    assert len(false) <= MAX_FALSE_SHARE * max(len(alarms), 1)
    assert infos / posts <= MAX_INFOS_PER_POST, f"{infos / posts:.2f} infos per post"
