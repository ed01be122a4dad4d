"""Load the language pipelines once, lazily, on a background thread.

Finnish: spacy-fi-experimental-web-md (POS, NER). Its voikko lemmatizer needs the native
libvoikko; without it the model loads with exclude=["lemmatizer"] and simplemma lemmas.
Swedish and English: spaCy's rule-based tokenizers with simplemma lemmas.

No neural work that no rule uses: the rules read lemmas and PERSON entities, not parts of
speech, so with simplemma lemmas the shared tok2vec and the tagger (about half of the
model's time; NER has its own tok2vec) are not loaded. A paragraph rule that reads
`Token.pos` sets `uses_pos = True`; the engine then asks for pipelines with the tagger.

Start-up (issue 17): the models are `ready` once the Finnish pipeline is loaded; the
Swedish and English ones are built the first time a paragraph or a version in that
language asks for them (~0.2 s of CPU each, most posts never need one).
"""
from __future__ import annotations

import ctypes.util
import logging
import os
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from checks.language.spacy_import import import_spacy

if TYPE_CHECKING:  # spaCy is imported on the loading thread, not when the engine is imported
    from spacy.language import Language

log = logging.getLogger(__name__)
FI_MODEL = "spacy_fi_experimental_web_md"
LANGS = ("fi", "sv", "en")


def bundled_voikko_dictionary() -> Path | None:
    """A frozen app's own voikko-fi dictionary: `voikko/` beside the executable (Windows),
    or `Contents/Resources/voikko` (macOS .app). libvoikko is then shipped with the app."""
    if not getattr(sys, "frozen", False):
        return None
    exe = Path(sys.executable).resolve().parent
    for folder in (exe / "voikko", exe.parent / "Resources" / "voikko"):
        if folder.is_dir():
            return folder
    return None


def voikko_available() -> bool:
    """True when the native libvoikko and its Finnish dictionary can be used."""
    bundled = bundled_voikko_dictionary()
    if bundled is not None:  # the model calls Voikko("fi") without a path: libvoikko reads this
        os.environ.setdefault("VOIKKO_DICTIONARY_PATH", str(bundled))
    elif ctypes.util.find_library("voikko") is None:
        return False
    try:
        import libvoikko
        # Built by hand so that a failed start leaves no half-made object whose __del__
        # complains (libvoikko's destructor reads a handle that __init__ never set).
        voikko = libvoikko.Voikko.__new__(libvoikko.Voikko)
        voikko._Voikko__handle = None
        voikko.__init__("fi")
        voikko.terminate()
    except Exception:
        return False
    return True


@contextmanager
def _only_known_components():
    """Whenever a pipeline is created, spaCy imports every installed package that offers
    pipeline components through the "spacy_factories" entry point, whether the pipeline
    uses them or not: presidio-analyzer, for one, costs ~1.9 s of CPU. Our pipelines use
    spaCy's own components and ours only, so the entry points are not consulted here."""
    from spacy.util import registry
    factories = getattr(registry, "_entry_point_factories", None)
    if factories is None or not hasattr(factories, "entry_points"):  # another spaCy: load as it does
        yield
        return
    saved, factories.entry_points = factories.entry_points, False
    try:
        yield
    finally:
        factories.entry_points = saved


def build_finnish(use_voikko: bool | None = None, pos: bool = False) -> "Language":
    with _only_known_components():
        return _build_finnish(use_voikko, pos)


def _build_finnish(use_voikko: bool | None, pos: bool) -> "Language":
    spacy = import_spacy()
    from checks.language.lemmatizer import FACTORY
    use_voikko = voikko_available() if use_voikko is None else use_voikko
    # "lookups": the vocabulary's word-probability table (500,000 entries). No component of
    # ours reads Token.prob, and leaving it out saves ~1 s of CPU at every start (the tags
    # and entities are the same: tests/test_model_loading.py).
    if use_voikko:  # the voikko lemmatizer reads the morphologizer's and tagger's output
        return spacy.load(FI_MODEL, exclude=["parser", "lookups"])
    # The morphologizer only feeds the voikko lemmatizer; POS comes from the tagger's tags,
    # and the shared tok2vec feeds only the tagger. Without the tagger, "strings" too: the
    # 127,000 strings of the model's training vocabulary (0.1–0.2 s of CPU); NER adds its
    # labels, every text adds its own, and the floret vectors are keyed by hashed n-grams
    # (same tokens, lemmas and entities on 522 real posts: tests/test_model_loading.py).
    # The tagger's tag names are among those strings.
    unused = ["lemmatizer", "parser", "morphologizer", "lookups"] + (
        [] if pos else ["tok2vec", "tagger", "attribute_ruler", "strings"])
    nlp = spacy.load(FI_MODEL, exclude=unused)
    nlp.add_pipe(FACTORY, config={"lang": "fi"})
    return nlp


def build_blank(lang: str) -> "Language":
    spacy = import_spacy()
    from checks.language.lemmatizer import FACTORY
    with _only_known_components():
        nlp = spacy.blank(lang)
    nlp.add_pipe(FACTORY, config={"lang": lang})
    return nlp


class LanguageModels:
    """The pipelines for fi, sv and en; `start()` loads them without blocking the caller.
    `ready` once the Finnish one is loaded; `pipeline("sv")` and `pipeline("en")` build
    theirs on first use."""

    def __init__(self, use_voikko: bool | None = None, pos: bool = False) -> None:
        self._use_voikko = use_voikko
        self.pos = pos  # the Finnish tagger is loaded (always with voikko)
        self._pipelines: dict[str, "Language"] = {}
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._build_lock = threading.Lock()  # one pipeline is built at a time
        self._thread: threading.Thread | None = None
        self.error: str | None = None

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    def start(self) -> None:
        with self._lock:
            if self._thread is None:
                # Only the loading thread imports spaCy (its package imports are circular:
                # importing it from two threads at once fails with "partially initialized
                # module"); the structural rules never import it, so checks run meanwhile.
                self._thread = threading.Thread(target=self._load, name="somevahti-language", daemon=True)
                self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        self.start()
        return self._ready.wait(timeout)

    def pipeline(self, lang: str) -> "Language | None":
        """The pipeline for `lang` (fi, sv, en) once the models are ready, else None."""
        if not self.ready:
            return None
        pipeline = self._pipelines.get(lang)
        if pipeline is None and lang in LANGS:
            with self._build_lock:
                pipeline = self._pipelines.get(lang) or self._build_blank(lang)
                if pipeline is not None:
                    self._pipelines[lang] = pipeline
        return pipeline

    def _load(self) -> None:
        from checks.language import lemma_index_cache
        from checks.language.simplemma_words import lemma_of
        with self._build_lock:
            try:
                lemma_index_cache.install()
                from checks.language.blas import fastest_ops, hold_openblas_to_one_thread
                hold_openblas_to_one_thread()  # before spaCy imports numpy
                import_spacy()  # the first import of spaCy in this process, on this thread
                with fastest_ops():  # the NER's matrix products on one-thread OpenBLAS when possible
                    self._pipelines = {"fi": build_finnish(self._use_voikko, self.pos)}
                lemma_of("testi", "fi")  # simplemma's Finnish dictionary now, not on the first keystroke
            except Exception as exc:  # a broken install must not take the app down: report it
                log.debug("language models could not be loaded", exc_info=True)
                self.error = f"{type(exc).__name__}: {exc}"
                self._pipelines = _blank_pipelines()
            self._ready.set()

    def _build_blank(self, lang: str) -> "Language | None":
        """Swedish or English, on first use (called with the build lock held)."""
        from checks.language.simplemma_words import lemma_of
        try:
            pipeline = build_blank(lang)
            lemma_of("testi", lang)
            return pipeline
        except Exception as exc:
            log.debug("the %s pipeline could not be built", lang, exc_info=True)
            self.error = self.error or f"{type(exc).__name__}: {exc}"
            return _blank_pipelines().get(lang)


def _blank_pipelines() -> dict[str, "Language"]:
    """Tokenizer-only pipelines after a failed load, or none when spaCy itself is broken."""
    try:
        import spacy
        return {lang: spacy.blank(lang) for lang in LANGS}
    except Exception:
        return {}


_SHARED: LanguageModels | None = None
_SHARED_LOCK = threading.Lock()


def shared_models(pos: bool = False) -> LanguageModels:
    """One set of pipelines per process (they are large and read-only once loaded); with
    `pos`, one that has the Finnish tagger (it replaces a shared set without it)."""
    global _SHARED
    with _SHARED_LOCK:
        if _SHARED is None or (pos and not _SHARED.pos):
            _SHARED = LanguageModels(pos=pos)
        return _SHARED
