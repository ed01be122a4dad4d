"""Is a special-category word said *of a person*, or is it the topic?

"Eetu Mäkisen pähkinäallergia", "Hänellä todettiin masennus", "Anna är sjukskriven",
"our pupil has diabetes" say it of someone; "Virtanen tutkii syöpää", "saamelaisen
mytologian", "Rintasyövän ilmaantuvuus", "alkohol missbrukas" are topics.

Means (measured, see docs in the closing note of issue 16): the Finnish dependency parser
would more than double the language pass (22.5 s against 8.9 s for the 1,308 sentences of
the real-text corpus), so this reads POS tags, lemmas and Finnish case endings instead:
1. a person in the same sentence: a name (the Finnish model's PERSON entity that is a
   proper noun, or a first name from the pack), a third-person singular pronoun, or a
   person noun that identifies one person ("oppilaamme", "vår elev", "the pupil's",
   "asiakkaan" right before the term);
2. a relation between them: the person (in the genitive) right before the term, or only
   relation verbs ("olla", "sairastaa", "har", "is"), adverbs, adjectives and the like in
   between — another verb or noun means the term belongs to something else; or a Finnish
   possessive suffix on the term ("sairautensa") after the person.
The word lists are language data in resources/lexicons/person_grammar.toml.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from checks.language.tokens import Entity, Token
from checks.resources import resource_path

GAP_MAX = 6  # tokens between the person and the term
_CHILD_AGE = re.compile(r"(?<!\d)(\d{1,2})\s?-?\s?(?:v\.|vuotia\w*|vuoden ikäi\w*|år(?:ing\w*| gammal)|-åring\w*|"
                        r"years? old|-year-old)", re.IGNORECASE)
_FREE_POS = {"ADV", "ADJ", "AUX", "NUM", "DET", "ADP", "PRON", "PART"}
_PLURAL_GEN = ("iden", "itten", "jen", "ten", "den", "ien")
_PLURAL_ADE = ("illa", "illä", "oilla", "öillä")


@dataclass(frozen=True)
class Grammar:
    pronouns: frozenset[str]
    person_nouns: frozenset[str]
    relation_verbs: frozenset[str]
    possessives: frozenset[str]
    possessive_suffixes: tuple[str, ...]
    gap_words: frozenset[str]
    child_cues: frozenset[str]
    genitive_roles: frozenset[str]
    generic_cues: frozenset[str]


@cache
def grammar(lang: str) -> Grammar:
    with resource_path("lexicons", "person_grammar.toml").open("rb") as fh:
        data = tomllib.load(fh).get(lang, {})
    def words(key: str) -> frozenset[str]:
        return frozenset(data.get(key, ()))

    return Grammar(pronouns=words("pronouns"), person_nouns=words("person_nouns"),
                   relation_verbs=words("relation_verbs"), possessives=words("possessives"),
                   possessive_suffixes=tuple(data.get("possessive_suffixes", ())), gap_words=words("gap_words"),
                   child_cues=words("child_cues"), genitive_roles=words("genitive_roles"),
                   generic_cues=words("generic_cues"))


@dataclass(frozen=True)
class Person:
    first: int  # token indexes, inclusive
    last: int
    kind: str  # "name" | "pronoun" | "role"
    genitive: bool  # stands right before a possessed thing ("Mäkisen", "hans", "Erik's")


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and not token.text.isupper() or (len(token.text) > 1 and token.text[:1].isupper()
                                                                     and token.text[1:2].islower())


def _fi_genitive(text: str) -> bool:
    return text.endswith("n") and not text.endswith(_PLURAL_GEN)


def name_token_spans(tokens: Sequence[Token], entities: Sequence[Entity],
                     first_names: frozenset[str]) -> list[tuple[int, int]]:
    """(first, last) token indexes of people's names."""
    spans: list[tuple[int, int]] = []
    by_start = {t.start: i for i, t in enumerate(tokens)}
    by_end = {t.end: i for i, t in enumerate(tokens)}
    for e in entities:
        if e.label != "PERSON" or e.start not in by_start or e.end not in by_end:
            continue
        a, b = by_start[e.start], by_end[e.end]
        words = tokens[a:b + 1]
        if all(_capitalised(t) for t in words) and any(t.pos == "PROPN" or t.lemma in first_names for t in words):
            spans.append((a, b))
    for i, t in enumerate(tokens):
        if _capitalised(t) and (t.lemma in first_names or t.text.lower() in first_names) \
                and not any(a <= i <= b for a, b in spans):
            b = i
            while b + 1 < len(tokens) and _capitalised(tokens[b + 1]) and tokens[b + 1].text.isalpha():
                b += 1
            spans.append((i, b))
    return spans


def people(tokens: Sequence[Token], entities: Sequence[Entity], lang: str, first_names: frozenset[str]) -> list[Person]:
    """The people one sentence's tokens mention."""
    g = grammar(lang)
    found: list[Person] = []
    for a, b in name_token_spans(tokens, entities, first_names):
        last = tokens[b].text.lower()
        if lang == "fi":  # "Mäkisen" is genitive, "Virtanen" (its own lemma) is not
            genitive = _fi_genitive(last) and not (last.endswith("nen") and last == tokens[b].lemma)
        else:
            genitive = last.endswith(("s", "'s", "’s")) or (b + 1 < len(tokens) and tokens[b + 1].text in ("'s", "’s"))
        found.append(Person(a, b, "name", genitive))
    for i, t in enumerate(tokens):
        lower = t.text.lower()
        if t.lemma in g.pronouns or lower in g.pronouns:
            genitive = lower in ("hänen", "hans", "hennes", "hens", "his", "her")
            found.append(Person(i, i, "pronoun", genitive))
        elif t.lemma in g.person_nouns or lower in g.person_nouns:
            role = _role(tokens, i, lang, g)
            if role is not None:
                found.append(Person(i, i, "role", role))
                b = i  # a name in apposition: "vår kollega Maria Sjöberg", "our pupil Emma Brown"
                while b + 1 < len(tokens) and b - i < 3 and _capitalised(tokens[b + 1]) \
                        and tokens[b + 1].text.isalpha():
                    b += 1
                if b > i and not any(p.first <= b and p.last >= i + 1 for p in found if p.kind == "name"):
                    last = tokens[b].text.lower()
                    genitive = _fi_genitive(last) and last != tokens[b].lemma if lang == "fi" else last.endswith("s")
                    found.append(Person(i + 1, b, "name", genitive))
    return found


def _role(tokens: Sequence[Token], i: int, lang: str, g: Grammar) -> bool | None:
    """None when this person noun does not identify one person; else whether it is genitive."""
    t = tokens[i]
    lower = t.text.lower()
    before = tokens[i - 1].text.lower() if i else ""
    generic = any(x.lemma in g.generic_cues or x.text.lower() in g.generic_cues for x in tokens)
    service = t.lemma in g.genitive_roles and not generic
    if lang == "fi":
        if lower != t.lemma and lower.endswith(g.possessive_suffixes) and not lower.endswith(("nsa", "nsä")):
            return _fi_genitive(lower) and not lower.endswith(("mme", "nne"))
        if lower.endswith(("lla", "llä")) and not lower.endswith(_PLURAL_ADE) and not generic:
            return False  # "asiakkaalla on …": the relation check needs the verb
        if service and _fi_genitive(lower) and lower != t.lemma:
            return True  # "asiakkaan diagnoosi": counts only right before the term
        return None
    if before in g.possessives:
        return lower.endswith("s")
    if lang == "sv" and service and lower != t.lemma and lower.endswith(("en", "et", "ns", "ets", "ens")) \
            and not lower.endswith(("erna", "arna", "orna", "na")):
        return lower.endswith("s")
    if lang == "en" and service and before == "the" and i + 1 < len(tokens) and tokens[i + 1].text in ("'s", "’s"):
        return True
    return None


def related(tokens: Sequence[Token], person: Person, term_first: int, lang: str, verb_only: bool = False) -> bool:
    """Whether the sentence says the term (starting at token `term_first`) of `person`.
    With `verb_only`, a genitive alone is not enough ("potilaan sairaala" is a hospital,
    "hän on sairaalassa" a stay)."""
    g = grammar(lang)
    if person.last >= term_first:
        return False
    if person.first > 0 and tokens[person.first - 1].text.isdigit():
        return False  # "35 potilaan sairaala": a count, not a person
    gap = _without_brackets(tokens[person.last + 1:term_first])
    if not gap:
        return person.genitive and not verb_only
    if person.kind == "role" and person.genitive and lang == "fi" and not tokens[person.last].text.lower().endswith(
            ("lla", "llä")) and not any(t.lemma in g.relation_verbs for t in gap):
        # "asiakkaan masennusdiagnoosi": a genitive role noun counts only right before the term
        return len(gap) <= 1 and gap[0].pos in ("ADJ",)
    if len(gap) > GAP_MAX:
        return False
    verb = False
    for t in gap:
        lower = t.text.lower()
        if t.lemma in g.relation_verbs:
            verb = True
            continue
        if t.pos == "PUNCT" or not t.text[:1].isalnum() and t.text not in ("'s", "’s"):
            return False
        if lang == "fi":
            if t.pos in _FREE_POS or t.lemma in g.person_nouns and _fi_genitive(lower):
                continue
            return False
        if lower in g.gap_words or lower in g.possessives or lower in g.pronouns:
            continue
        if lang == "en" and t is gap[-1] and t.text.isalpha() and t.text.islower():
            continue  # an English noun modifier written apart: "a severe nut allergy"
        return False
    return verb or not verb_only and person.genitive and all(t.pos == "ADJ" or t.text.lower() in g.gap_words
                                                            for t in gap)


def _without_brackets(gap: Sequence[Token]) -> list[Token]:
    """The gap without a parenthesis ("Lasse (7 v.) sairastaa")."""
    kept, depth = [], 0
    for t in gap:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth:
            kept.append(t)
    return kept


def possessed(tokens: Sequence[Token], people_: Sequence[Person], term_first: int, term_last: int, lang: str) -> bool:
    """Finnish third-person possessive on the term ("sairautensa") after a person."""
    if lang != "fi":
        return False
    lower = tokens[term_last].text.lower()
    return lower.endswith(("nsa", "nsä", "ansa", "änsä", "ensa", "ensä")) and any(
        p.last < term_first and term_first - p.last <= GAP_MAX + 2 and p.kind in ("name", "pronoun") for p in people_)


def about_child(text: str, tokens: Sequence[Token], lang: str) -> bool:
    """Whether the paragraph is about a child: a child word, or an age under 18."""
    cues = grammar(lang).child_cues
    if any(t.lemma in cues or t.text.lower() in cues for t in tokens):
        return True
    return any(int(m.group(1)) < 18 for m in _CHILD_AGE.finditer(text))
