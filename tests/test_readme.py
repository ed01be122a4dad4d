"""The README is what a new user follows: its two set-up commands are the ones CI runs,
and its guideline-pack example is a pack that loads and does what the text says."""
from __future__ import annotations

import re
from pathlib import Path

from checks.engine import Engine
from checks.model import Post, Severity
from checks.pack_loading import load_pack

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text("utf-8")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.M | re.S)
    assert match, f"README has no section {title!r}"
    return match.group(1)


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, re.S)


def test_two_setup_commands_and_ci_runs_the_test_one() -> None:
    commands = [b.strip() for b in blocks(section("Set up"), "sh")]
    assert len(commands) == 2 and all("\n" not in c for c in commands), commands
    install_and_run, install_and_test = commands
    assert install_and_run.endswith("somevahti") and "pip install ." in install_and_run
    assert "[test]" in install_and_test and install_and_test.endswith("pytest")
    ci_lines = [line for line in (REPO / ".ci" / "run").read_text("utf-8").splitlines()
                if line and not line.startswith("#")]
    assert ci_lines[-1] == install_and_test


def test_pack_example_extends_kokkola_and_catches_its_codename(tmp_path: Path) -> None:
    example = blocks(section("Write your own guideline pack"), "toml")[0]
    path = tmp_path / "kirjasto.toml"
    path.write_text(example, "utf-8")
    pack = load_pack(path)
    assert pack.files[-1].name == "base.toml" and any(f.name == "kokkola.toml" for f in pack.files)
    engine = Engine(pack, lang="fi")
    text = "Kerromme Majakka-hankkeesta lisää ensi viikolla kirjaston aulassa."
    hits = [f for f in engine.check(Post("facebook", text)) if f.category == "confidential"]
    assert [(f.excerpt, f.severity) for f in hits] == [("Majakka-hankkeesta", Severity.ERROR)]
    plain = Engine("kokkola", lang="fi").check(Post("facebook", text))
    assert not [f for f in plain if f.category == "confidential"], "the codename is the example's own term"
