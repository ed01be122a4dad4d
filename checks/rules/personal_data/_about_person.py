"""Is a special-category word said *of a person*, or is it the topic?

"Eetu Mäkisen pähkinäallergia", "Hänellä todettiin masennus", "Anna är sjukskriven",
"our pupil has diabetes" say it of someone; "Virtanen tutkii syöpää", "saamelaisen
mytologian", "Rintasyövän ilmaantuvuus", "alkohol missbrukas" are topics.

Means (measured, see the closing note of issue 16): the Finnish dependency parser would
more than double the language pass (22.5 s against 8.9 s for the 1,308 sentences of the
real-text corpus), and the pipeline loads no tagger either (issue 17), so this reads
lemmas, word lists and Finnish case endings only — the same findings with or without POS:
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

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Sequence

from checks.language.tokens import Entity, Token
from checks.resources import resource_path

if TYPE_CHECKING:
    from checks.context import ParagraphContext
    from checks.language.term_matcher import TermMatch

GAP_MAX = 6  # tokens between the person and the term
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
    genitive_roles: frozenset[str]
    adjective_endings: tuple[str, ...]
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
                   genitive_roles=words("genitive_roles"), adjective_endings=tuple(data.get("adjective_endings", ())),
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
        if all(_capitalised(t) for t in words):
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


# Who someone is (religion, ethnicity, orientation, union, record) said in the past tense
# ("Hän oli juutalainen kirjailija", "Han var same") is a biography's fact, not a person's
# data to guard; health, sick leave and welfare count in any tense.
IDENTITY = frozenset({"religion", "ethnicity", "sexuality", "union", "criminal"})
PAST_COPULA = frozenset({"oli", "olivat", "ollut", "olleet", "var", "varit", "was", "were"})


def related(tokens: Sequence[Token], person: Person, term_first: int, lang: str, verb_only: bool = False,
            past: bool = True) -> bool:
    """Whether the sentence says the term (starting at token `term_first`) of `person`.
    With `verb_only`, a genitive alone is not enough ("potilaan sairaala" is a hospital,
    "hän on sairaalassa" a stay); without `past`, a past-tense copula is not a relation."""
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
        return len(gap) <= 1 and _modifier(gap[0], lang, g)
    if len(gap) > GAP_MAX or not past and any(t.text.lower() in PAST_COPULA for t in gap):
        return False  # "Hän oli juutalainen kirjailija": a biography, not data to guard
    verb = False
    for t in gap:
        lower = t.text.lower()
        if t.lemma in g.relation_verbs:
            verb = True
            continue
        if not t.text[:1].isalnum() and t.text not in ("'s", "’s"):
            return False
        if lower in g.gap_words or lower in g.possessives or lower in g.pronouns or t.text.isdigit():
            continue
        if lang == "fi" and t.lemma in g.person_nouns and _fi_genitive(lower):
            continue  # "Eetu Mäkisen äidin diagnoosi"
        if t is gap[-1] and _modifier(t, lang, g):
            continue  # "vakava masennus", "a severe nut allergy"
        return False
    return verb or not verb_only and person.genitive and all(
        t.text.lower() in g.gap_words or (t is gap[-1] and _modifier(t, lang, g)) for t in gap)


def _modifier(token: Token, lang: str, g: Grammar) -> bool:
    """A word that can describe the term right after it. Read from its form, not from the
    tagger (the pipeline loads no tagger: no rule needs one): a Finnish or Swedish
    adjective ending, or in English any lower-case word (noun modifiers are written apart)."""
    lower = token.text.lower()
    if not token.text.isalpha() or not token.text.islower():
        return False
    if lang == "en":
        return True
    return lower.endswith(g.adjective_endings)


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


CHAIN_GAP = 3  # words between two terms said of the same person ("på grund av")


def _chained(tokens: Sequence[Token], previous_last: int, first: int) -> bool:
    gap = tokens[previous_last + 1:first]
    return len(gap) <= CHAIN_GAP and not any(not t.text[:1].isalnum() for t in gap)


def said_of(ctx: "ParagraphContext", matches: Sequence["TermMatch"]) -> list[tuple["TermMatch", list[Person], list[Token]]]:
    """(match, the people the sentence says it of, the sentence's tokens) for every match
    said of someone; see the module docstring for what counts."""
    from checks.language.paragraphs import sentence_spans
    first_names = frozenset(e["name"].lower() for e in ctx.pack.entries("personal_data.first_names"))
    out = []
    for start, end in sentence_spans(ctx.text):
        inside = [m for m in matches if start <= m.start < end]
        if not inside:
            continue
        tokens = [t for t in ctx.tokens if start <= t.start < end]
        persons = people(tokens, [e for e in ctx.analysis.entities if start <= e.start < end], ctx.text_lang,
                         first_names)
        if not persons:
            continue
        index = {t.start: i for i, t in enumerate(tokens)}
        ends = {t.end: i for i, t in enumerate(tokens)}
        previous: tuple[int, list[Person]] | None = None  # the last term said of someone
        for m in inside:
            first, last = index.get(m.start), ends.get(m.end)
            if first is None or last is None:
                continue
            verb_only = bool(m.term.entry.get("needs_verb"))
            past = m.term.entry.get("kind") not in IDENTITY
            about = [p for p in persons if related(tokens, p, first, ctx.text_lang, verb_only, past)]
            if not about and possessed(tokens, persons, first, last, ctx.text_lang):
                about = [p for p in persons if p.last < first]
            if previous is not None and _chained(tokens, previous[0], first):
                # "on sairauslomalla masennuksen vuoksi", "sjukskriven på grund av depression"
                about = about + [p for p in previous[1] if p not in about]
            if about:
                out.append((m, about, tokens))
                previous = (last, about)
    return out
