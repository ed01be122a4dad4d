"""Channel data is current and sourced (issue 16): Instagram takes five hashtags since
December 2025 (an error above), LinkedIn's own advice is three, and every number says
where it comes from; every second-hand one says when it was rechecked."""
from __future__ import annotations

import tomllib

from checks.channels import load_channels
from checks.engine import Engine
from checks.model import Post, Severity
from checks.resources import resource_path

TAGS = "Syystapahtuma lauantaina! " + " ".join(f"#tagi{i}" for i in range(12))


def test_instagram_five_hashtags_is_an_error(kokkola_engine: Engine) -> None:
    spec = load_channels()["instagram"]
    assert spec.hashtags_max == 5 and spec.hashtags_hard
    hits = [f for f in kokkola_engine.check(Post(channel="instagram", text=TAGS)) if f.rule == "mentions_hashtags.too_many"]
    assert [h.severity for h in hits] == [Severity.ERROR]
    five = "Syystapahtuma! " + " ".join(f"#tagi{i}" for i in range(5))
    assert not [f for f in kokkola_engine.check(Post(channel="instagram", text=five)) if f.rule == "mentions_hashtags.too_many"]


def test_linkedin_many_hashtags_get_linkedins_advice(kokkola_engine: Engine) -> None:
    hits = [f for f in kokkola_engine.check(Post(channel="linkedin", text=TAGS)) if f.rule == "mentions_hashtags.too_many"]
    assert len(hits) == 1 and hits[0].severity == Severity.WARNING and "3" in hits[0].message


def test_every_value_has_a_source_and_second_hand_ones_a_recheck() -> None:
    with resource_path("channels", "channels.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    for channel, data in raw.items():
        if not isinstance(data, dict) or "name" not in data:
            continue
        for key, value in data.items():
            if isinstance(value, dict) and "value" in value:
                assert value.get("source"), f"{channel}.{key} has no source"
                if value["source"].startswith("second-hand"):
                    assert "rechecked 2026-" in value["source"], f"{channel}.{key} not rechecked"
