"""Pack `include` loops and deep nesting are a clear PackError and exit 2, never a
RecursionError traceback (issue 15 item 13)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from checks.cli.check import main
from checks.pack_loading import load_pack
from checks.packs import PackError


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def test_a_pack_including_itself(tmp_path: Path) -> None:
    pack = write(tmp_path, "self.toml", 'extends = "kokkola"\ninclude = ["self.toml"]\n')
    with pytest.raises(PackError, match=r"self.toml:2: key 'include\[0\]': files that include each other in a loop"):
        load_pack(pack)


def test_a_cycle_of_includes_names_the_loop(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", 'include = ["b.toml"]\n')
    write(tmp_path, "b.toml", 'include = ["a.toml"]\n')
    pack = write(tmp_path, "main.toml", 'extends = "kokkola"\ninclude = ["a.toml"]\n')
    with pytest.raises(PackError, match=r"loop \(a.toml → b.toml → a.toml\)"):
        load_pack(pack)


def test_a_long_chain_of_includes_stops_at_the_limit(tmp_path: Path) -> None:
    for i in range(30):
        write(tmp_path, f"c{i}.toml", f'include = ["c{i + 1}.toml"]\n')
    write(tmp_path, "c30.toml", "")
    with pytest.raises(PackError, match="includes nested at most 8 deep"):
        load_pack(tmp_path / "c0.toml")


def test_the_same_file_included_twice_side_by_side_is_not_a_loop(tmp_path: Path) -> None:
    write(tmp_path, "terms.toml", '[[confidential.terms]]\nterm = "Majakka-hanke"\n')
    pack = write(tmp_path, "mine.toml", 'extends = "kokkola"\ninclude = ["terms.toml", "terms.toml"]\n')
    assert any(e["term"] == "Majakka-hanke" for e in load_pack(pack).entries("confidential.terms"))


@pytest.mark.parametrize("deep", ["x = " + "[" * 100_000 + "]" * 100_000 + "\n",
                                  "x = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n"])
def test_deeply_nested_toml_through_an_include_exits_two(tmp_path: Path, deep: str) -> None:
    write(tmp_path, "deep.toml", deep)
    pack = write(tmp_path, "mine.toml", 'extends = "kokkola"\ninclude = ["deep.toml"]\n')
    err = io.StringIO()
    code = main(["--pack", str(pack)], stdin=io.StringIO("Hei"), out=io.StringIO(), err=err)
    assert code == 2
    assert "deep.toml" in err.getvalue() and "Traceback" not in err.getvalue()
