"""The role-aware checklist: shipped data is complete and sane, and the loader rejects
broken files with a message that names the file and the item."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from checks.model import ROLES
from composer.model.checklist import ChecklistItem, checklist_for, default_path


def _all_items() -> list[ChecklistItem]:
    """Every shipped item once, in file order."""
    seen: dict[str, ChecklistItem] = {}
    for role in ROLES:
        for item in checklist_for(role):
            seen.setdefault(item.id, item)
    return list(seen.values())


def _ids(role: str) -> set[str]:
    return {item.id for item in checklist_for(role)}


def test_the_shipped_file_is_found_as_package_data() -> None:
    assert default_path().is_file()
    assert default_path().parent.name == "checklists"


def test_every_item_has_text_in_all_languages_and_only_known_roles() -> None:
    items = _all_items()
    assert 6 <= len(items) <= 10
    for item in items:
        assert item.roles and set(item.roles) <= set(ROLES), item.id
        assert item.source.strip(), item.id
        assert re.match(r"(Kokkola 2021|Naantali):", item.source), item.source
        for lang in ("fi", "sv", "en"):
            assert item.text.get(lang, "").strip(), (item.id, lang)
        assert len({item.text["fi"], item.text["sv"], item.text["en"]}) == 3, item.id


def test_ids_are_unique_in_the_shipped_file() -> None:
    import tomllib
    with default_path().open("rb") as fh:
        ids = [raw["id"] for raw in tomllib.load(fh)["item"]]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_four_to_seven_items(role: str) -> None:
    assert 4 <= len(checklist_for(role)) <= 7


def test_labels_are_single_short_lines() -> None:
    for item in _all_items():
        for lang in ("fi", "sv", "en"):
            label = item.label(lang)
            assert len(label) <= 110 and "\n" not in label, (item.id, lang, len(label))


def test_personal_opinions_item_is_for_elected_and_expert_but_not_organisation() -> None:
    assert "opinions_personal" in _ids("elected")
    assert "opinions_personal" in _ids("expert")
    assert "opinions_personal" not in _ids("organisation")
    item = next(i for i in checklist_for("elected") if i.id == "opinions_personal")
    assert "henkilökohtai" in item.label("fi") and "personal" in item.label("en")


def test_expert_gets_the_threats_to_supervisor_item() -> None:
    item = next(i for i in checklist_for("expert") if i.id == "threats_to_supervisor")
    assert "esimie" in item.label("fi") and "supervisor" in item.label("en")


def test_everyone_gets_the_facts_item() -> None:
    for role in ROLES:
        assert "facts_checked" in _ids(role)


def test_label_falls_back_to_english() -> None:
    item = checklist_for("organisation")[0]
    assert item.label("de") == item.label("en") == item.text["en"]
    assert item.label("sv") == item.text["sv"]


def test_unknown_role_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown role 'mayor'"):
        checklist_for("mayor")


def test_returned_lists_are_fresh_copies() -> None:
    first = checklist_for("expert")
    first.clear()
    assert checklist_for("expert")


GOOD_ITEM = """
[[item]]
id = "ok"
roles = ["organisation"]
source = "Kokkola 2021: 'x'"
fi = "Suomeksi."
sv = "På svenska."
en = "In English."
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_custom_file_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, "good.toml", GOOD_ITEM)
    [item] = checklist_for("organisation", path=path)
    assert item == ChecklistItem("ok", ("organisation",), "Kokkola 2021: 'x'",
                                 {"fi": "Suomeksi.", "sv": "På svenska.", "en": "In English."})
    assert checklist_for("elected", path=path) == []


def test_invalid_toml_is_a_value_error_naming_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "broken-syntax.toml", '[[item]]\nid = "x\n')
    with pytest.raises(ValueError, match=r"broken-syntax\.toml.*TOML"):
        checklist_for("expert", path=path)


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("missing-en.toml", GOOD_ITEM + GOOD_ITEM.replace('"ok"', '"two"').replace('en = "In English."', ""),
     r"item\[1\].*missing key 'en'"),
    ("missing-id.toml", GOOD_ITEM.replace('id = "ok"', ""), r"item\[0\].*missing key 'id'"),
    ("missing-roles.toml", GOOD_ITEM.replace('roles = ["organisation"]', ""), r"item\[0\].*'roles'"),
    ("bad-role.toml", GOOD_ITEM.replace('"organisation"]', '"mayor"]'), r"item\[0\].*unknown role"),
    ("empty-sv.toml", GOOD_ITEM.replace('"På svenska."', '"  "'), r"item\[0\].*'sv'"),
    ("too-long.toml", GOOD_ITEM.replace('"In English."', '"' + "x" * 111 + '"'), r"item\[0\].*'en'.*111"),
    ("duplicate.toml", GOOD_ITEM + GOOD_ITEM, r"item\[1\].*duplicate id 'ok'"),
    ("no-items.toml", 'title = "nothing"\n', r"\[\[item\]\]"),
])
def test_broken_file_is_a_value_error_naming_file_and_item(
        tmp_path: Path, name: str, text: str, expected: str) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(ValueError, match=re.escape(name) + ".*" + expected):
        checklist_for("organisation", path=path)


def test_missing_file_is_a_value_error_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"absent\.toml"):
        checklist_for("organisation", path=tmp_path / "absent.toml")
