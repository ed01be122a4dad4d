"""Find the line of a key in TOML source, so pack errors can point at it.

tomllib reports syntax errors with positions but loses them once parsed; a schema error
("severity must be info, warning or error") needs the line back. This walks table
headers and `key = value` lines, counting array-of-tables entries.
"""
from __future__ import annotations

import re

_KEY_PART = re.compile(r'\s*(?:"((?:[^"\\]|\\.)*)"|\'([^\']*)\'|([A-Za-z0-9_-]+))\s*')


def split_key(text: str) -> tuple[str, ...] | None:
    """Split a dotted TOML key (`a."b.c".d`) into its parts; None if it is not a key."""
    parts: list[str] = []
    pos = 0
    while True:
        m = _KEY_PART.match(text, pos)
        if not m:
            return None
        parts.append(next(g for g in m.groups() if g is not None))
        pos = m.end()
        if pos == len(text):
            return tuple(parts)
        if text[pos] != ".":
            return None
        pos += 1


def _headers_and_keys(source: str):
    """Yield (line number, full path) for every header and key assignment."""
    table: tuple = ()
    array_counts: dict[tuple, int] = {}
    for number, raw in enumerate(source.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[["):
            end = line.find("]]")
            key = split_key(line[2:end]) if end > 0 else None
            if key is not None:
                index = array_counts.get(key, -1) + 1
                array_counts[key] = index
                table = key + (index,)
                yield number, table
            continue
        if line.startswith("["):
            end = line.find("]")
            key = split_key(line[1:end]) if end > 0 else None
            if key is not None:
                table = key
                yield number, table
            continue
        if "=" in line:
            key = split_key(_key_text(line))
            if key is not None:
                yield number, table + key


def _key_text(line: str) -> str:
    """The key part of `key = value`, respecting quoted keys that contain '='."""
    in_quote = ""
    for i, ch in enumerate(line):
        if in_quote:
            if ch == in_quote:
                in_quote = ""
        elif ch in "\"'":
            in_quote = ch
        elif ch == "=":
            return line[:i]
    return line


def locate(source: str, path: tuple) -> int | None:
    """Line number (1-based) where `path` is set, or the closest enclosing table."""
    best: tuple[int, int] | None = None  # (matched length, line)
    for number, found in _headers_and_keys(source):
        if found == path:
            return number
        shared = 0
        for a, b in zip(found, path):
            if a != b:
                break
            shared += 1
        if shared == len(found) and (best is None or shared > best[0]):
            best = (shared, number)
    return None if best is None else best[1]
