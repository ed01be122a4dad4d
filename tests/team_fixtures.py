"""A team for review tests: user packs naming a team file of reviewers with their keys.

`team` (a fixture) installs an in-memory keyring, points the user pack folder at a
temporary one and writes there
  - testikunta.toml         extends kokkola, `team = "viestinta"`: only verified approvals count
  - viestinta.team.toml     the reviewers of TEAM with the public keys of `key_of(name)`
  - vapaakunta.toml         extends kokkola, `allow_unsigned = true`, lists nobody
Each person's own Somevahti signs with `key_of(name)`: one keyring entry per person.
"""
from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from composer.approval.signing import KeyringSigner
from composer.approval.team import public_key_entry
from tests.memory_keyring import MemoryKeyring, installed_keyring  # noqa: F401

PACK = "testikunta"
FREE_PACK = "vapaakunta"
TEAM = ("Maija Meikäläinen", "Pekka Virtanen", "Liisa Laine", "Erik Berg", "Anna Andersson", "Pekka Tarkastaja",
        "Maija Virtanen")


def key_of(name: str) -> KeyringSigner:
    """The signing key of `name`'s own Somevahti."""
    return KeyringSigner(key_name="test:" + " ".join(name.split()).casefold())


class Team:
    def __init__(self, folder: Path, backend: MemoryKeyring) -> None:
        self.folder, self.keyring = folder, backend

    def write_team_file(self, names: tuple[str, ...]) -> Path:
        path = self.folder / "viestinta.team.toml"
        path.write_text("\n".join(public_key_entry(n, key_of(n).public_key()) for n in names), "utf-8")
        return path


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, installed_keyring: None) -> Team:  # noqa: F811
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    folder = tmp_path / "user-packs"
    folder.mkdir()
    monkeypatch.setattr("checks.packs.loader.user_pack_dir", lambda: folder)
    (folder / f"{PACK}.toml").write_text('extends = "kokkola"\nname = "Testikunta"\n\n[review]\nteam = "viestinta"\n',
                                         "utf-8")
    (folder / f"{FREE_PACK}.toml").write_text('extends = "kokkola"\nname = "Vapaakunta"\n\n[review]\n'
                                              'allow_unsigned = true\n', "utf-8")
    made = Team(folder, backend)
    made.write_team_file(TEAM)
    return made
