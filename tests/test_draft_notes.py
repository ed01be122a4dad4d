"""A draft checked for several channels gets one fold note naming them and one brand
reminder, not one per channel (issue 16)."""
from __future__ import annotations

from checks.draft_notes import once_per_draft
from checks.engine import Engine
from checks.model import Post

TEXT = ("Tervetuloa perheen yhteiseen liikuntailtapäivään urheilupuistoon! Ohjelmassa on temppurata, "
        "kävelyfutista, frisbeegolfia ja lasten oma juoksukilpailu. Tapahtuma on maksuton, eikä "
        "ennakkoilmoittautumista tarvita. Nähdään lauantaina klo 12–15! #Liikunta")


def test_one_fold_note_and_one_reminder_per_draft(kokkola_engine: Engine) -> None:
    channels = ("facebook", "instagram", "linkedin")
    per_channel = {c: kokkola_engine.check(Post(channel=c, text=TEXT)) for c in channels}
    assert sum(f.rule == "channel_limits.fold" for fs in per_channel.values() for f in fs) == 3
    merged = once_per_draft(per_channel, "en")
    folds = [f for fs in merged.values() for f in fs if f.rule == "channel_limits.fold"]
    assert len(folds) == 1
    assert all(name in folds[0].message for name in ("Facebook", "Instagram", "LinkedIn"))
    assert "klo 12–15" in folds[0].message and "urheilupuistoon" not in folds[0].message
    reminders = [f for fs in merged.values() for f in fs if f.key == "mentions_hashtags.brand_tags.suggest"]
    assert len(reminders) == 1
    others = [f for fs in per_channel.values() for f in fs
              if f.rule != "channel_limits.fold" and f.key != "mentions_hashtags.brand_tags.suggest"]
    assert sorted(map(id, others)) == sorted(id(f) for fs in merged.values() for f in fs
                                             if f.rule != "channel_limits.fold"
                                             and f.key != "mentions_hashtags.brand_tags.suggest")


def test_a_single_channel_keeps_its_own_note(kokkola_engine: Engine) -> None:
    findings = {"facebook": kokkola_engine.check(Post(channel="facebook", text=TEXT))}
    merged = once_per_draft(findings, "fi")
    assert merged["facebook"] == findings["facebook"]
