"""Generated `--batch` input mixing every kind of line the batch must survive, and what
each line's result must be (issue 15)."""
from __future__ import annotations

import json
import random
from typing import Iterator

from checks.model import CHANNELS

PHRASES = [
    "Kirjaston satutuokio alkaa lauantaina kello 10.",
    "Uimahalli on suljettu huoltotöiden vuoksi koko viikon.",
    "Soita meille numeroon 040 123 4567, jos sinulla on kysyttävää.",
    "Välkommen till biblioteket på lördag!",
    "The city council meets on Tuesday at the town hall.",
    "Tervetuloa kesäkonserttiin torille! #KokkolaKarleby",
    "Oven koodi on 4512, älä kerro kenellekään.",
]


def _valid(rng: random.Random, n: int, text: str | None = None) -> bytes:
    post = {"id": f"p{n}", "channel": rng.choice(CHANNELS), "text": text if text is not None else rng.choice(PHRASES)}
    return json.dumps(post, ensure_ascii=rng.random() < 0.5).encode("utf-8")


def kinds(rng: random.Random, n: int) -> list[tuple[bytes, bool]]:
    """(line without its "\\n", whether it holds a post) for each kind of line."""
    pid = f'"id": "p{n}"'
    return [
        (_valid(rng, n), True),
        (_valid(rng, n, rng.choice(PHRASES) + "\u2028" + rng.choice(PHRASES)), True),  # raw U+2028 in UTF-8
        (_valid(rng, n, "Hei\u0085maailma\u2029ja\x1c\x1d\x1e kaikki"), True),  # \u escaped or raw UTF-8
        (('{' + pid + ', "channel": "x", "text": "NUL \\u0000 keskellä"}').encode(), True),
        (('{' + pid + ', "channel": "x", "text": "yksinäinen \\ud800 puolikas"}').encode(), True),
        (b'{' + pid.encode() + b', "channel": "x", "text": "raw \x1c separator"}', False),  # control char: not JSON
        (b'{' + pid.encode() + b', "channel": "x", "text": "raw \x00 NUL"}', False),
        (('{' + pid + ', "channel": "x", "text": "rikki",').encode(), False),
        (('{' + pid + ', "channel": "myspace", "text": "x"}').encode(), False),
        (('{' + pid + ', "channel": "x", "text": 5}').encode(), False),
        (('{' + pid + ', "channel": "x", "text": "a", "media": "kuva.jpg"}').encode(), False),
        (('{' + pid + ', "channel": "x", "text": "a", "paid": "yes"}').encode(), False),
        (b'{"id": [1], "channel": "x", "text": "a"}', False),
        (b'[]', False),
        (b'"just a string"', False),
        (b'', False),
        (b'   \t ', False),
        (b'\r', False),
        (_valid(rng, n) + b'\r', True),  # a CRLF line
        (b'{' + pid.encode() + b', "channel": "x", "text": "\xff\xfe bad bytes"}', False),
        (b'\xc3\x28', False),
        (b'{"id": ' + b"9" * 5000 + b', "channel": "x", "text": "a"}', False),
        (b"[" * 100_000 + b"]" * 100_000, False),
        (b'{"id": "p' + str(n).encode() + b'", "channel": "x", "text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}", False),
    ]


def hostile_lines(count: int, seed: int = 15) -> Iterator[tuple[bytes, bool]]:
    """`count` lines: mostly valid posts, every hostile kind many times, a few huge texts
    (64,500 characters, checked; 312,000, refused) and lines over the 1 MiB limit (skipped)."""
    rng = random.Random(seed)
    for n in range(1, count + 1):
        if n % 2500 == 7:  # over the checker's 65,536 characters: an error result
            yield _valid(rng, n, "Pitkä teksti ilman loppua " * 12_000), False
        elif n % 2500 == 8:  # just under it, a wall of one-word sentences: checked
            yield _valid(rng, n, "Lause. Toinen. " * 4_300), True
        elif n % 5000 == 11:
            yield b'{"id": "p' + str(n).encode() + b'", "channel": "x", "text": "' + b"a" * (1 << 20) + b'"}', False
        elif rng.random() < 0.45:
            yield _valid(rng, n), True
        else:
            yield rng.choice(kinds(rng, n))
