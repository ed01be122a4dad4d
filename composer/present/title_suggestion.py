"""A draft's title suggested from its text (Qt-free): the first sentence of the first
non-empty line, without links, @mentions' @ and #hashtags' #, cut at a word boundary."""
from __future__ import annotations

import re

MAX_LENGTH = 60
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def suggest_title(text: str, max_length: int = MAX_LENGTH) -> str:
    """"Kirjaston satutunti lauantaina" from "Kirjaston satutunti lauantaina! Tervetuloa…";
    "" when the text has no words yet."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    line = _URL.sub("", line)
    line = re.sub(r"(?<!\w)[#@](?=\w)", "", line)
    line = " ".join(line.split())
    sentence = _SENTENCE_END.split(line, maxsplit=1)[0].rstrip(" .!?:;,-–—")
    if not any(ch.isalnum() for ch in sentence):
        return ""
    if len(sentence) <= max_length:
        return sentence
    cut = sentence[:max_length + 1].rsplit(" ", 1)[0] if " " in sentence[:max_length + 1] else sentence[:max_length]
    return cut.rstrip(" .,:;-–—") + "…"
