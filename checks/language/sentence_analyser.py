"""Analyse a paragraph sentence by sentence, caching each sentence's analysis.

Typing changes one sentence at a time; only that sentence goes through spaCy again and
the paragraph's analysis is put back together from the cached sentences. (A name that
spans a sentence break is the only thing lost, and names do not.)
"""
from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Iterable

from checks.language.analyse import analyse, analyse_many
from checks.language.models import LanguageModels
from checks.language.paragraphs import sentence_spans
from checks.language.tokens import Analysis, Entity, Token

if TYPE_CHECKING:
    from spacy.language import Language


class SentenceAnalyser:
    def __init__(self, models: LanguageModels, size: int = 8192) -> None:
        self.models = models
        self.size = size
        self._cache: OrderedDict[tuple[str, str], Analysis] = OrderedDict()

    def _pieces(self, paragraph: str) -> list[tuple[int, str]]:
        """(offset, sentence text without surrounding blanks) for each sentence."""
        pieces = []
        for start, end in sentence_spans(paragraph):
            raw = paragraph[start:end]
            lead = len(raw) - len(raw.lstrip())
            pieces.append((start + lead, raw.strip()))
        return pieces

    def _remember(self, key: tuple[str, str], analysis: Analysis) -> None:
        self._cache[key] = analysis
        self._cache.move_to_end(key)
        while len(self._cache) > self.size:
            self._cache.popitem(last=False)

    def prepare(self, paragraphs: Iterable[tuple[str, str]]) -> None:
        """Analyse the uncached sentences of many (paragraph, lang) pairs in batches."""
        todo: dict[str, dict[str, None]] = {}
        for paragraph, lang in paragraphs:
            for _, sentence in self._pieces(paragraph):
                if (sentence, lang) not in self._cache:
                    todo.setdefault(lang, {})[sentence] = None
        for lang, sentences in todo.items():
            texts = list(sentences)
            for text, analysis in zip(texts, analyse_many(texts, lang, self._pipeline(lang))):
                self._remember((text, lang), analysis)

    def _pipeline(self, lang: str) -> Language:
        pipeline = self.models.pipeline(lang)
        if pipeline is None:  # the engine runs the language pass only once the models are ready
            raise RuntimeError(f"the {lang} language pipeline is not loaded")
        return pipeline

    def analyse(self, paragraph: str, lang: str) -> Analysis:
        pieces = self._pieces(paragraph)
        missing = list(dict.fromkeys(s for _, s in pieces if (s, lang) not in self._cache))
        if len(missing) == 1:
            self._remember((missing[0], lang), analyse(missing[0], lang, self._pipeline(lang)))
        elif missing:  # one batch through the pipeline costs less than one call per sentence
            for text, part in zip(missing, analyse_many(missing, lang, self._pipeline(lang))):
                self._remember((text, lang), part)
        tokens: list[Token] = []
        entities: list[Entity] = []
        full = True
        for offset, sentence in pieces:
            key = (sentence, lang)
            part = self._cache[key]
            self._cache.move_to_end(key)
            full = full and part.full
            tokens += [Token(t.start + offset, t.end + offset, t.text, t.lemma, t.pos, t.space_after)
                       for t in part.tokens]
            entities += [Entity(e.start + offset, e.end + offset, e.label, e.text) for e in part.entities]
        return Analysis(lang=lang, full=full, tokens=tuple(tokens), entities=tuple(entities))
