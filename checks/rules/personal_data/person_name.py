"""personal_data.person_name — a person's name: a reminder to have their consent.

Guideline: "Älä … jaa henkilötietoja, joiden käyttöön ei ole asianomaisen hyväksyntää."
Info only: naming a prize winner or thanking a colleague is fine with their consent.
Finnish: the Finnish model's PERSON entities of two or more words (inflected names such
as "Sanna Niemistä" too). All languages: a first name from the pack's lexicon followed
by a capitalised word ("Erik Johansson").
Only what reads as one whole name gets the note:
- a span cut after an initial ("George W.") takes the surname that follows, if any;
- a span that joins two things ("Juha and Vesa Meskanen", a comma, a line break) is split;
- not a name: a title first ("Kuningas Piccoloa", "Pyhä Johannes"), a Finnish name whose first part is
  inflected ("Kittilän Sammalselkä": only a name's last part inflects), a short all-caps
  part ("AS Roma", "IFK Mariehamn"), or a place or organisation word last ("Mammoth
  Mountain", "Rancho Mirage"); these lists are in resources/lexicons/person_grammar.toml.
"""
from __future__ import annotations

import tomllib
from functools import cache
from typing import Iterable, Sequence

from checks.context import ParagraphContext
from checks.language.tokens import Token
from checks.model import Post, Severity
from checks.packs import Pack
from checks.people import consent_for
from checks.resources import resource_path
from checks.rules.base import Hit, ParagraphRule

_JOINERS = {"and", "ja", "och", "sekä", "&", "eller", "tai", "or", ",", ";", "/"}


@cache
def _names_data() -> dict:
    with resource_path("lexicons", "person_grammar.toml").open("rb") as fh:
        return tomllib.load(fh).get("names", {})


def _not_name_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _names_data().get("not_name_last", ()))


def _not_name_first() -> frozenset[str]:
    return frozenset(w.lower() for w in _names_data().get("not_name_first", ()))


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[1:2].islower() and token.text.isalpha() or (
        token.text[:1].isupper() and "-" in token.text)


def _in_tag(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "#@＃＠"


def _initial(token: Token) -> bool:
    return len(token.text.rstrip(".")) == 1 and token.text[:1].isupper()


class PersonName(ParagraphRule):
    id = "personal_data.person_name"
    category = "personal_data"
    severity = Severity.INFO

    def check_paragraph(self, ctx: ParagraphContext) -> Iterable[Hit]:
        tokens = ctx.tokens
        by_start = {t.start: i for i, t in enumerate(tokens)}
        by_end = {t.end: i for i, t in enumerate(tokens)}
        first_names = {e["name"].lower() for e in ctx.pack.entries("personal_data.first_names")}
        spans: list[tuple[int, int]] = []
        for entity in ctx.analysis.entities:
            if entity.label == "PERSON" and entity.start in by_start and entity.end in by_end \
                    and not _in_tag(ctx.text, entity.start):
                spans += _pieces(tokens, by_start[entity.start], by_end[entity.end])
        for i, (word, after) in enumerate(zip(tokens, tokens[1:])):
            if word.text.lower() in first_names and _capitalised(word) and _capitalised(after) \
                    and after.text.lower() not in first_names and not _in_tag(ctx.text, word.start):
                spans.append((i, i + 1))
        kept = []
        for first, last in spans:
            last = _whole(tokens, last, ctx.text)
            if last > first and _reads_as_name(tokens[first:last + 1], ctx.text_lang, first_names):
                kept.append((tokens[first].start, tokens[last].end))
        for start, end in _merge(kept):
            yield Hit("personal_data.person_name", start, end, args={"name": ctx.text[start:end]})

    def settle(self, hit: Hit, post: Post, pack: Pack) -> Hit | None:
        """Quiet once consent is recorded for the name in this draft (issue 19)."""
        return None if consent_for(post.consents, hit.args.get("name", "")) else hit


def _pieces(tokens: Sequence[Token], a: int, b: int) -> list[tuple[int, int]]:
    """The entity split where it joins two things (a conjunction, a comma, a line break)."""
    pieces, start = [], a
    for i in range(a, b + 1):
        t = tokens[i]
        if t.text.lower() in _JOINERS or (i > a and "\n" in _between(tokens, i)):
            if i - 1 >= start:
                pieces.append((start, i - 1))
            start = i + 1 if t.text.lower() in _JOINERS else i
    if start <= b:
        pieces.append((start, b))
    return pieces


def _between(tokens: Sequence[Token], i: int) -> str:
    return "" if i == 0 else " " * (tokens[i].start - tokens[i - 1].end)


def _whole(tokens: Sequence[Token], b: int, text: str) -> int:
    """A span that ends in an initial ("George W.") takes the capitalised word after it."""
    while _initial(tokens[b]) and b + 1 < len(tokens):
        nxt = tokens[b + 1]
        if nxt.text == "." and b + 2 < len(tokens) and _capitalised(tokens[b + 2]):
            b += 2
        elif _capitalised(nxt) and "\n" not in text[tokens[b].end:nxt.start]:
            b += 1
        else:
            break
    return b


def _reads_as_name(words: Sequence[Token], lang: str, first_names: set[str]) -> bool:
    parts = [w for w in words if w.text != "."]
    if len(parts) < 2 or _initial(parts[-1]):
        return False
    if any(w.text.isupper() and len(w.text) <= 3 and not _initial(w) for w in parts):
        return False  # "AS Roma", "FC Lahti", "IFK Mariehamn"
    if parts[-1].lemma in _not_name_words() or parts[-1].text.lower() in _not_name_words():
        return False
    if parts[0].text.lower() in _not_name_first():
        return False  # a title or a common word first: "Kuningas Piccoloa", "Pyhä Johannes"
    if lang == "fi":
        for w in parts[:-1]:
            lower = w.text.lower()
            if lower not in first_names and w.lemma != lower and not _initial(w) and "-" not in lower:
                return False  # "Kittilän Sammalselkä": a name's first part does not inflect
    return True


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


RULE = PersonName()
