"""Settings are declared once (resources/settings/settings.toml): every default is valid,
every key the code reads or writes is declared, and typed access refuses unknown keys and
invalid values without losing what is stored."""
from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from checks.messages import LANGUAGES
from composer import settings_schema
from composer.settings_schema import Setting, SettingError, Settings, declarations, declared
from tests.without_qt import run_without_qt

REPO = Path(__file__).resolve().parents[1]
# settings.value("window/geometry"), .setValue("review/folder", …), Settings(…).get("ui/language")
# a key read or written in place, or named by a constant (FOLDER_KEY = "review/folder")
KEY_USE = re.compile(r"""(?:\.(?:value|setValue|get|set)\(\s*|\b[A-Z_]*KEY\s*=\s*)["']([a-z_]+/[a-z_/]+)["']""")


class DictStore:
    """The two QSettings methods the schema uses, over a dict."""

    def __init__(self, **values) -> None:
        self.values = {key.replace("__", "/"): value for key, value in values.items()}

    def value(self, key, defaultValue=None):  # noqa: N803 - QSettings' name
        return self.values.get(key, defaultValue)

    def setValue(self, key, value) -> None:  # noqa: N802 - QSettings' name
        self.values[key] = value


def test_every_default_is_valid_and_described_in_three_languages() -> None:
    settings = declarations()
    assert {"ui/language", "checks/default_pack", "user/name"} <= set(settings)
    for setting in settings.values():
        if setting.type == "bytes":
            assert setting.default is None, setting.key
        else:
            assert setting.problem(setting.default) is None, setting.key
        for lang in LANGUAGES:
            assert len(setting.description(lang)) > 20, (setting.key, lang)
    assert declared("ui/language").choices == ("system", "fi", "sv", "en")
    assert declared("checks/default_pack").default == "kokkola"
    assert [s.key for s in settings.values() if not s.internal] == ["ui/language", "checks/default_pack", "user/name"]


def test_every_key_used_in_the_code_is_declared() -> None:
    used = {key for folder in ("composer", "checks") for path in (REPO / folder).rglob("*.py")
            for key in KEY_USE.findall(path.read_text("utf-8"))}
    assert {"window/geometry", "review/folder", "export/folder", "checks/default_pack"} <= used, used
    assert used - set(declarations()) == set()


def test_unknown_keys_are_refused() -> None:
    store = DictStore()
    with pytest.raises(SettingError, match="ui/colour"):
        Settings(store).get("ui/colour")
    with pytest.raises(SettingError, match="ui/colour"):
        Settings(store).set("ui/colour", "sininen")
    assert store.values == {}


@pytest.mark.parametrize(("key", "value"), [("ui/language", "de"), ("ui/language", 1),
                                            ("checks/default_pack", "ei-tällaista"), ("user/name", None),
                                            ("window/geometry", "teksti")])
def test_invalid_values_are_refused_and_the_stored_one_kept(key, value) -> None:
    store = DictStore(ui__language="sv", checks__default_pack="naantali", user__name="Maija Virtanen")
    before = dict(store.values)
    with pytest.raises(SettingError, match=key):
        Settings(store).set(key, value)
    assert store.values == before


def test_defaults_until_set_and_typed_values_after() -> None:
    store = DictStore()
    settings = Settings(store)
    assert (settings.get("ui/language"), settings.get("checks/default_pack"), settings.get("user/name")) \
        == ("system", "kokkola", "")
    assert settings.get("window/geometry") is None
    settings.set("ui/language", "sv")
    settings.set("checks/default_pack", "naantali")
    settings.set("user/name", "Anna Nyström, biblioteket")
    settings.set("window/geometry", b"\x01\xd9")
    assert store.values == {"ui/language": "sv", "checks/default_pack": "naantali",
                            "user/name": "Anna Nyström, biblioteket", "window/geometry": b"\x01\xd9"}
    assert settings.get("ui/language") == "sv" and settings.get("window/geometry") == b"\x01\xd9"


def test_a_stored_value_that_is_no_longer_valid_gives_the_default_and_a_warning(caplog) -> None:
    store = DictStore(ui__language="de", checks__default_pack="poistettu")
    with caplog.at_level(logging.WARNING, logger="composer.settings_schema"):
        assert Settings(store).get("ui/language") == "system"
        assert Settings(store).get("checks/default_pack") == "kokkola"
    assert "'de'" in caplog.text and "'poistettu'" in caplog.text
    assert store.values == {"ui/language": "de", "checks/default_pack": "poistettu"}, "nothing is lost"


def test_a_user_pack_is_a_valid_default_pack(tmp_path, monkeypatch) -> None:
    (tmp_path / "kirjasto.toml").write_text('extends = "kokkola"\n', "utf-8")
    monkeypatch.setattr("checks.packs.loader.user_pack_dir", lambda: tmp_path)
    store = DictStore()
    Settings(store).set("checks/default_pack", "kirjasto")
    assert Settings(store).get("checks/default_pack") == "kirjasto"
    assert "kirjasto" in declared("checks/default_pack").allowed()


@pytest.mark.parametrize(("table", "problem"), [
    ({"type": "colour", "default": "x"}, "type must be"),
    ({"type": "str", "default": "", "description": {"fi": "Nimi", "en": "Name"}}, "no description in sv"),
    ({"type": "bytes", "default": ""}, "has a default"),
    ({"type": "str"}, "has a default"),
    ({"type": "choice", "default": "fi"}, "lists its choices"),
])
def test_a_malformed_declaration_is_refused(table, problem) -> None:
    table.setdefault("description", {lang: "Kuvaus" for lang in LANGUAGES})
    with pytest.raises(SettingError, match=problem):
        settings_schema._setting("ui/x", table)


def test_declarations_are_read_on_first_use_not_at_import() -> None:
    result = run_without_qt("""
        import composer.settings_schema as schema
        assert schema.declarations.cache_info().currsize == 0, "read at import time"
        assert schema.declared("ui/language").default == "system"
        assert not [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")]
        print("ok")
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    assert isinstance(declared("user/name"), Setting)
