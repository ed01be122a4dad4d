"""Find, read, validate and merge guideline packs.

A pack is named ("kokkola": shipped in resources/packs, or a user pack in the
platformdirs config dir's `packs/`) or given as a path. `extends` follows the same lookup,
plus the directory of the pack that extends.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Mapping

from platformdirs import user_config_dir

from checks.packs.errors import PackError
from checks.packs.locate import locate
from checks.packs.merge import merge
from checks.packs.pack import Pack
from checks.packs.validate import validate
from checks.resources import resource_path

APP_NAME = "somevahti"
_TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")
MAX_INCLUDE_DEPTH = 8  # a pack includes files that include files … at most this deep


def user_pack_dir() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "packs"


def shipped_pack_dir() -> Path:
    return resource_path("packs")


def available_packs() -> list[str]:
    """Names of shipped and user packs (user packs may shadow shipped ones)."""
    names = {p.stem for d in (shipped_pack_dir(), user_pack_dir()) if d.is_dir() for p in d.glob("*.toml")}
    return sorted(names)


def _looks_like_path(ref: str) -> bool:
    return ref.endswith(".toml") or "/" in ref or "\\" in ref


def resolve(ref: str, near: Path | None = None) -> Path:
    if _looks_like_path(ref):
        path = Path(ref)
        if not path.is_absolute() and near is not None:
            path = near / path
        if not path.is_file():
            raise PackError(path, None, "", "pack file not found")
        return path
    for folder in ([near] if near else []) + [user_pack_dir(), shipped_pack_dir()]:
        candidate = folder / f"{ref}.toml"
        if candidate.is_file():
            return candidate
    raise PackError(ref, None, "", "no such pack; available: " + ", ".join(available_packs()))


def read_pack_file(path: Path, rules: Mapping[str, frozenset[str]],
                   including: tuple[Path, ...] = ()) -> dict[str, Any]:
    """A pack file's validated content with its includes merged in; `including` holds the
    files whose `include` led here (to refuse a loop)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(path, None, "", f"cannot be read ({exc.strerror or exc})") from None
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PackError(path, line, "", "expected UTF-8 text") from None
    try:
        data = tomllib.loads(source)
    except RecursionError:
        raise PackError(path, None, "", "expected TOML nested less deeply") from None
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_POSITION.search(str(exc))
        reason = _TOML_POSITION.sub("", str(exc)).strip()
        raise PackError(path, int(found.group(1)) if found else None, "",
                        f"expected valid TOML ({reason})") from None
    try:
        validate(path, source, data, rules)
        return _with_includes(path, source, data, rules, including + (path.resolve(),))
    except RecursionError:
        raise PackError(path, None, "", "expected TOML nested less deeply") from None


def _with_includes(path: Path, source: str, data: dict[str, Any],
                   rules: Mapping[str, frozenset[str]], including: tuple[Path, ...]) -> dict[str, Any]:
    """A pack's `include = ["../lexicons/tone.toml"]` files merged under its own content."""
    included: dict[str, Any] = {}
    for index, name in enumerate(data.get("include", [])):
        target = (path.parent / name).resolve()
        if not target.is_file():
            raise PackError(path, locate(source, ("include",)), f"include[{index}]",
                            f"included file {name!r} not found")
        if target in including:
            chain = " → ".join(p.name for p in including[including.index(target):] + (target,))
            raise PackError(path, locate(source, ("include",)), f"include[{index}]",
                            f"files that include each other in a loop ({chain})")
        if len(including) >= MAX_INCLUDE_DEPTH:
            raise PackError(path, locate(source, ("include",)), f"include[{index}]",
                            f"includes nested at most {MAX_INCLUDE_DEPTH} deep")
        part = read_pack_file(target, rules, including)
        for key in ("name", "extends"):
            if key in part:
                raise PackError(target, locate(target.read_text("utf-8"), (key,)), key,
                                "an included file may not set name or extends")
        included = merge(included, part)
    own = {k: v for k, v in data.items() if k != "include"}
    return merge(included, own) if included else own


def read_pack(ref: str | Path, rules: Mapping[str, frozenset[str]]) -> Pack:
    """Load a pack by name or path, following `extends`; `rules` (rule id → its settings)
    are the rules a pack may configure. Raises PackError when broken. Everyone else calls
    checks.pack_loading.load_pack, which passes the engine's rules."""
    chain: list[tuple[Path, dict[str, Any]]] = []
    path = resolve(str(ref))
    while True:
        if any(path.resolve() == p.resolve() for p, _ in chain):
            raise PackError(path, None, "extends", "packs extend each other in a loop")
        data = read_pack_file(path, rules)
        chain.append((path, data))
        parent = data.get("extends")
        if parent is None:
            break
        try:
            path = resolve(parent, near=path.parent)
        except PackError as exc:
            source = chain[-1][0].read_text("utf-8")
            raise PackError(chain[-1][0], locate(source, ("extends",)), "extends", exc.expected) from None
    merged: dict[str, Any] = {}
    try:
        for _, data in reversed(chain):
            merged = merge(merged, data)
    except RecursionError:
        raise PackError(path, None, "", "expected TOML nested less deeply") from None
    name = chain[0][1].get("name") or merged.get("name") or chain[0][0].stem
    return Pack(name=name, files=tuple(p for p, _ in chain), data=merged)
