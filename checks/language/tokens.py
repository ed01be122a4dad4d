"""Plain-data results of analysis: tokens, entities and a paragraph's analysis."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    start: int  # str offsets within the analysed text
    end: int
    text: str
    lemma: str  # lower-case lemma ("hanke" for "Hankkeesta")
    pos: str = ""  # universal POS from the Finnish model, "" in the cheap analysis
    space_after: bool = True


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str  # PERSON, ORG, GPE, …
    text: str


@dataclass(frozen=True)
class Analysis:
    lang: str
    full: bool  # True when the language model (NER; POS when a rule uses it) was used
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...] = ()
