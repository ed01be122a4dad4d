"""The lines of a `--batch` input, read as a stream and turned into posts or problems.

Lines are split on "\\n" only (U+2028, U+0085 or a raw \\x1c inside a JSON string never
split a line) and decoded one by one, so one bad byte costs one line, not the batch. A
line longer than MAX_LINE_BYTES is skipped without being held in memory. Every line —
a blank one too — becomes exactly one Entry, in order.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import IO, Any, Iterator

from checks.model import Post
from checks.post_json import PostError, post_from_json

MAX_LINE_BYTES = 1 << 20  # 1 MiB
MAX_TEXT_CHARS = 65_536  # more than any channel takes (Facebook: 63,206); longer texts are not checked
_SKIP_BLOCK = 1 << 16
_BOM = "\ufeff"


@dataclass(frozen=True)
class Entry:
    """One input line: its post, or why it has none (`error`), and the id when readable."""
    line: int
    post: Post | None = None
    error: str | None = None
    id: str | None = None


def raw_lines(stream: IO[bytes] | IO[str], limit: int = MAX_LINE_BYTES) -> Iterator[tuple[int, bytes | str | None]]:
    """(line number, the line without its "\\n") for each line of `stream`; None for a
    line longer than `limit`, whose rest is read past in small blocks."""
    number = 0
    while True:
        chunk: Any = stream.readline(limit + 1)
        if not chunk:
            return
        number += 1
        newline = b"\n" if isinstance(chunk, bytes) else "\n"
        if chunk.endswith(newline):
            yield number, chunk[:-1]
        elif len(chunk) <= limit:  # the last line, without "\n"
            yield number, chunk
        else:
            while True:
                more: Any = stream.readline(_SKIP_BLOCK)
                if not more or more.endswith(newline):
                    break
            yield number, None


def _id_of(data: Any) -> str | None:
    """The post's id if it can be read, so that an error result still names its post."""
    if isinstance(data, dict):
        value = data.get("id")
        if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
            return str(value)
    return None


def parse_line(name: str, number: int, raw: bytes | str | None) -> Entry:
    """The Entry for one line; `name` is the input's name for the messages."""
    where = f"{name}:{number}"
    if raw is None:
        return Entry(number, error=f"{where}: the line is longer than {MAX_LINE_BYTES:,} bytes; skipped")
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return Entry(number, error=f"{where}:{exc.start + 1}: not UTF-8 text (byte {exc.start + 1} "
                                       f"of the line is 0x{raw[exc.start]:02x})")
    else:
        text = raw
    if number == 1 and text.startswith(_BOM):
        text = text[1:]
    if not text.strip():
        return Entry(number, error=f"{where}: empty line (no post)")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return Entry(number, error=f"{where}:{exc.colno}: not valid JSON ({exc.msg})")
    except RecursionError:
        return Entry(number, error=f"{where}: not valid JSON (nested too deeply)")
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        return Entry(number, error=f"{where}: not valid JSON ({exc})")
    try:
        post = post_from_json(data)
    except PostError as exc:
        return Entry(number, error=f"{where}: {exc}", id=_id_of(data))
    if len(post.text) > MAX_TEXT_CHARS:
        return Entry(number, error=f"{where}: {too_long(post.text)}", id=post.id)
    return Entry(number, post=post, id=post.id)


def too_long(text: str) -> str:
    return (f"text: {len(text):,} characters, more than the {MAX_TEXT_CHARS:,} this checker takes "
            "(no channel takes more than 63,206); not checked")


def entries(name: str, stream: IO[bytes] | IO[str]) -> Iterator[Entry]:
    for number, raw in raw_lines(stream):
        yield parse_line(name, number, raw)
