"""The architecture holds: the import-linter contracts in pyproject.toml are kept (checks
never imports composer or Qt; only composer.qt and the launcher reach Qt; composer uses the
engine's public modules only; the floors are layered; no sibling imports another in a
circle, TYPE_CHECKING imports included), and composer's import graph between its
top-level units stays at most six levels deep."""
from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import grimp

REPO = Path(__file__).resolve().parents[1]
MAX_LEVELS = 6


def test_the_import_contracts_are_kept() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
                             "sys.exit(lint_imports_command())", "--no-cache"],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def unit_graph(package: str) -> dict[str, set[str]]:
    """Arrows between the package's direct children (a subpackage counts as one unit),
    TYPE_CHECKING imports included."""
    graph = grimp.build_graph(package, cache_dir=None)
    depth = package.count(".") + 1

    def unit(module: str) -> str:
        return ".".join(module.split(".")[:depth + 1])

    arrows: dict[str, set[str]] = defaultdict(set)
    for module in graph.modules:
        if module == package:
            continue
        arrows[unit(module)]
        for imported in graph.find_modules_directly_imported_by(module):
            if imported.startswith(package + ".") and unit(imported) != unit(module):
                arrows[unit(module)].add(unit(imported))
    return arrows


def levels(arrows: dict[str, set[str]]) -> int:
    """The longest chain of arrows, counted in units (a circle fails)."""
    memo: dict[str, int] = {}

    def level(node: str, path: tuple[str, ...]) -> int:
        assert node not in path, f"import circle: {' -> '.join(path + (node,))}"
        if node not in memo:
            memo[node] = 1 + max((level(n, path + (node,)) for n in arrows[node]), default=0)
        return memo[node]
    return max(level(node, ()) for node in list(arrows))


def test_the_composer_graph_is_at_most_six_levels_deep() -> None:
    arrows = unit_graph("composer")
    assert len(arrows) <= 14, sorted(arrows)  # one folder per floor, not a flat pile of modules
    assert levels(arrows) <= MAX_LEVELS


def test_levels_counts_the_longest_chain_and_refuses_circles() -> None:
    assert levels({"a": {"b"}, "b": {"c"}, "c": set(), "d": {"c"}}) == 3
    try:
        levels({"a": {"b"}, "b": {"a"}})
    except AssertionError as error:
        assert "a -> b -> a" in str(error)
    else:
        raise AssertionError("a circle was not noticed")
