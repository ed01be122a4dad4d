"""tone.shouting — ALL CAPS beyond acronyms, and runs of exclamation marks.

Guideline: "Käytä järkeäsi, säilytä asiallisuus ja käyttäydy fiksusti."
Anti-pattern: "HUOM HUOM!!! UIMAHALLI ON KIINNI!!!" — reads as shouting, and screen
readers may spell capitals out letter by letter.
Best practice: normal case; one exclamation mark at most.
Acronyms are fine: any all-caps word of two to five letters (EU, KELA, THL) and the
pack's `tone.acronyms` (UNESCO, LIFE). So is a surname in capitals right after a
capitalised first name, as official documents sign ("Franz FISCHLER", "Yves-Thibault DE
SILGUY"). Flagged: three or more all-caps words in a row,
or one of six or more letters; "!!!" (warning) and "!!" (info).
"""
from __future__ import annotations

from typing import Iterable

import regex

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule

_CAPS_WORD = regex.compile(r"(?<![\p{L}\p{Nd}])\p{Lu}[\p{Lu}\p{Nd}-]*\p{Lu}(?![\p{L}])")
_WORD = regex.compile(r"[\p{L}\p{Nd}-]+")
# A whole _WORD that _CAPS_WORD matches from end to end.
_CAPS_TOKEN = regex.compile(r"(?<![\p{L}\p{Nd}-])\p{Lu}[\p{Lu}\p{Nd}-]*\p{Lu}(?![\p{L}\p{Nd}-])")
_MARKS = regex.compile(r"[!?]*![!?]*!+[!?]*|\?{3,}")
ACRONYM_MAX = 5


class Shouting(Rule):
    id = "tone.shouting"
    category = "tone"
    severity = Severity.WARNING
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        text = ctx.text
        known = {e["word"].upper() for e in ctx.pack.entries("tone.acronyms")}
        for run in _caps_runs(text, known):
            long_word = any(len(w[2].replace("-", "")) > ACRONYM_MAX for w in run)
            if (len(run) >= 3 or long_word) and not _signed_surname(text, run):
                yield Hit("tone.shouting.caps", run[0][0], run[-1][1], args={"found": text[run[0][0]:run[-1][1]]})
        for m in _MARKS.finditer(text):
            strong = m.group().count("!") + m.group().count("?") >= 3
            yield Hit("tone.shouting.marks", m.start(), m.end(), args={"found": m.group()},
                      severity=None if strong else Severity.INFO)


def _caps_runs(text: str, known: set[str]) -> list[list[tuple[int, int, str]]]:
    """Runs of consecutive words (`_WORD`) written in capitals (`_CAPS_WORD`, not a known
    acronym). Only the capitals words are visited: two of them are in one run when no
    other word lies between them."""
    runs: list[list[tuple[int, int, str]]] = []
    for m in _CAPS_TOKEN.finditer(text):
        if m.group() in known:
            continue
        word = (m.start(), m.end(), m.group())
        if runs and _WORD.search(text, runs[-1][-1][1], word[0]) is None:
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _signed_surname(text: str, run: list[tuple[int, int, str]]) -> bool:
    """One or two capitals words right after a capitalised first name inside a line (a
    capitalised word that starts a sentence is not a name: "Muistakaa ILMOITTAUTUA")."""
    if len(run) > 2:
        return False
    before = regex.search(r"(?<=[\p{L}\p{Nd},][ \t]+)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+$", text[:run[0][0]])
    return before is not None


RULE = Shouting()
