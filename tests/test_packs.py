"""Guideline packs: shipped packs, extends with add/replace/remove, user packs, errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from checks.engine import Engine
from checks.model import Post, Severity
from checks.pack_loading import load_pack
from checks.packs import PackError, available_packs


def test_kokkola_pack_is_built_from_the_guideline() -> None:
    pack = load_pack("kokkola")
    assert pack.name == "Kokkola"
    assert {e["tag"] for e in pack.entries("brand.hashtags")} == {"KokkolaKarleby", "LaajempiHorisontti"}
    assert {e["domain"] for e in pack.entries("organisation.domains")} >= {"kokkola.fi"}
    assert "mavi" in pack.text("paid_campaign.notify", "fi")
    assert pack.text("paid_campaign.decides", "fi") == "yksikön johtaja"
    assert {e["channel"] for e in pack.entries("channels.official")} == {
        "facebook", "instagram", "x", "linkedin", "youtube", "tiktok"}
    # inherited from base
    assert any(e["phrase"] == "sponsoroitu*" for e in pack.entries("paid_campaign.ad_markers"))


def test_naantali_pack_differs_where_the_guideline_does() -> None:
    pack = load_pack("naantali")
    assert pack.entries("brand.hashtags") == []
    assert {e["domain"] for e in pack.entries("organisation.domains")} == {"naantali.fi"}
    assert "viestintä" in pack.text("paid_campaign.notify", "fi")
    assert pack.text("paid_campaign.notify", "sv") == "stadens kommunikation"


def test_shipped_packs_are_listed() -> None:
    assert {"base", "kokkola", "naantali"} <= set(available_packs())


USER_PACK = '''
extends = "kokkola"
name = "Kokkolan kirjasto"

[[confidential.terms]]
term = "Majakka-hanke"
severity = "error"

[[brand.hashtags]]
tag = "LaajempiHorisontti"
remove = true

[[brand.hashtags]]
tag = "KokkolanKirjasto"

[rules."mentions_hashtags.duplicate"]
severity = "error"

[rules."accessibility.emoji_wall"]
enabled = false

[channel_overrides.mastodon]
text_max = 1000
'''


def test_user_pack_extends_adds_removes_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "kirjasto.toml"
    path.write_text(USER_PACK, "utf-8")
    pack = load_pack(path)
    assert pack.name == "Kokkolan kirjasto"
    assert [e["tag"] for e in pack.entries("brand.hashtags")] == ["KokkolaKarleby", "KokkolanKirjasto"]
    terms = pack.entries("confidential.terms")
    assert terms[-1] == {"term": "Majakka-hanke", "severity": "error"}
    assert any(t["term"] == "salassa pidettävä" for t in terms)  # from base, through kokkola
    assert pack.files[0] == path and pack.files[1].name == "kokkola.toml"
    engine = Engine(pack, lang="fi", strict=True)
    assert "accessibility.emoji_wall" not in {r.id for r in engine.rules}
    assert engine.channels["mastodon"].text_max == 1000
    findings = engine.check(Post(channel="facebook", text="Tule! #Kesäkatu #kesäkatu"))
    dup = [f for f in findings if f.rule == "mentions_hashtags.duplicate"]
    assert dup and dup[0].severity == Severity.ERROR


def test_user_pack_from_the_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("checks.packs.loader.user_config_dir", lambda *a, **k: str(tmp_path))
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "nuoriso.toml").write_text('extends = "kokkola"\nname = "Nuorisopalvelut"\n', "utf-8")
    assert "nuoriso" in available_packs()
    assert load_pack("nuoriso").name == "Nuorisopalvelut"


BROKEN = [
    ("syntax", 'name = "x"\nextends = "kokkola\n', 2, "", "valid TOML"),
    ("severity", 'extends = "kokkola"\n\n[[confidential.terms]]\nterm = "x"\nseverity = "high"\n', 5,
     "confidential.terms[0].severity", "one of info, warning, error"),
    ("unknown key", 'extends = "kokkola"\n[organisation]\ndomainz = []\n', 3, "organisation.domainz", "unknown key"),
    ("unknown rule", 'extends = "kokkola"\n[rules."tone.nope"]\nseverity = "error"\n', 2, 'rules."tone.nope"',
     "unknown rule id"),
    ("rule setting", 'extends = "kokkola"\n[rules."accessibility.emoji_wall"]\nmin_runn = 3\n', 3,
     'rules."accessibility.emoji_wall".min_runn', "unknown setting"),
    ("missing field", 'extends = "kokkola"\n[[brand.hashtags]]\nnote = "x"\n', 2, "brand.hashtags[0]", "needs 'tag'"),
    ("bad channel", 'extends = "kokkola"\n[channel_overrides.myspace]\ntext_max = 3\n', 2,
     "channel_overrides.myspace", "unknown channel"),
    ("negative", 'extends = "kokkola"\n[channel_overrides.x]\ntext_max = -3\n', 3, "channel_overrides.x.text_max",
     "whole number"),
    ("extends", 'extends = "kokola"\n', 1, "extends", "no such pack"),
    ("not a list", 'extends = "kokkola"\n[brand]\nhashtags = "KokkolaKarleby"\n', 3, "brand.hashtags",
     "list of entries"),
]


@pytest.mark.parametrize("source,line,key,expected", [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_pack_names_file_line_key_and_expectation(tmp_path: Path, source: str, line: int, key: str,
                                                         expected: str) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(source, "utf-8")
    with pytest.raises(PackError) as info:
        load_pack(path)
    error = info.value
    assert error.file == str(path)
    assert error.line == line
    assert error.key == key
    assert expected in error.expected
    assert str(error).startswith(f"{path}:{line}: ")


def test_extends_loop_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('extends = "b"\n', "utf-8")
    (tmp_path / "b.toml").write_text('extends = "a"\n', "utf-8")
    with pytest.raises(PackError, match="loop"):
        load_pack(tmp_path / "a.toml")


def test_non_utf8_pack(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('name = "x"\n# Kokkola\nnote = "Pietarsaari"\ndescription = "ä"\n'.encode("latin-1"))
    with pytest.raises(PackError, match="UTF-8") as info:
        load_pack(path)
    assert info.value.line == 4


def test_missing_pack_file() -> None:
    with pytest.raises(PackError, match="not found"):
        load_pack("/nonexistent/pack.toml")
