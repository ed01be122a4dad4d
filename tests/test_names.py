"""Categories, review states and roles are named once (resources/ui_messages/<lang>/names.toml):
every one has a name in Finnish, Swedish and English, and the window, the CLI and the
export show the same words."""
from __future__ import annotations

import pytest

from checks.messages import LANGUAGES
from checks.model import CATEGORIES, ROLES
from composer.model.draft_records import STATES
from composer.present.names import category_name, role_name, state_name


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_name_exists_in_every_language(lang: str) -> None:
    names = [category_name(c, lang) for c in CATEGORIES] + [state_name(s, lang) for s in STATES] \
        + [role_name(r, lang) for r in ROLES]
    assert all(name.strip() and "." not in name for name in names), names
    assert len(set(category_name(c, lang) for c in CATEGORIES)) == len(CATEGORIES)


def test_the_names_follow_the_language() -> None:
    assert category_name("personal_data", "fi") == "Henkilötiedot"
    assert category_name("personal_data", "sv") == "Personuppgifter"
    assert state_name("approved", "sv") == "Godkänt" and state_name("approved", "en") == "Approved"
    assert role_name("elected", "fi") == "Luottamushenkilönä"


def test_the_window_the_cli_and_the_export_share_the_words() -> None:
    from composer.cli import list_command
    from composer.export import summary_html, summary_markdown, wording
    from composer.qt.widgets import drafts_list, findings_panel, role_pack_bar, workflow_bar
    assert wording.category_text("tone", "sv") == category_name("tone", "sv")
    for module in (list_command, summary_html, summary_markdown, drafts_list, workflow_bar):
        assert module.state_name is state_name, module.__name__
    assert findings_panel.category_name is category_name and role_pack_bar.role_name is role_name
