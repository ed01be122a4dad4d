"""Load the language pipelines once, lazily, on a background thread.

Finnish: spacy-fi-experimental-web-md (POS, NER). Its voikko lemmatizer needs the native
libvoikko; without it the model loads with exclude=["lemmatizer"] and simplemma lemmas.
Swedish and English: spaCy's rule-based tokenizers with simplemma lemmas.

No neural work that no rule uses: the rules read lemmas and PERSON entities, not parts of
speech, so with simplemma lemmas the shared tok2vec and the tagger (about half of the
model's time; NER has its own tok2vec) are not loaded. A paragraph rule that reads
`Token.pos` sets `uses_pos = True`; the engine then asks for pipelines with the tagger.
"""
from __future__ import annotations

import ctypes.util
import logging
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

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


def build_finnish(use_voikko: bool | None = None, pos: bool = False) -> "Language":
    import spacy
    from checks.language.lemmatizer import FACTORY
    use_voikko = voikko_available() if use_voikko is None else use_voikko
    # "lookups": the vocabulary's word-probability table (500,000 entries). No component of
    # ours reads Token.prob, and leaving it out saves ~1 s of CPU at every start (the tags
    # and entities are the same: tests/test_model_loading.py).
    if use_voikko:  # the voikko lemmatizer reads the morphologizer's and tagger's output
        return spacy.load(FI_MODEL, exclude=["parser", "lookups"])
    # The morphologizer only feeds the voikko lemmatizer; POS comes from the tagger's tags,
    # and the shared tok2vec feeds only the tagger.
    unused = ["lemmatizer", "parser", "morphologizer", "lookups"] + (
        [] if pos else ["tok2vec", "tagger", "attribute_ruler"])
    nlp = spacy.load(FI_MODEL, exclude=unused)
    nlp.add_pipe(FACTORY, config={"lang": "fi"})
    return nlp


def build_blank(lang: str) -> "Language":
    import spacy
    from checks.language.lemmatizer import FACTORY
    nlp = spacy.blank(lang)
    nlp.add_pipe(FACTORY, config={"lang": lang})
    return nlp


class LanguageModels:
    """The pipelines for fi, sv and en; `start()` loads them without blocking the caller."""

    def __init__(self, use_voikko: bool | None = None, pos: bool = False) -> None:
        self._use_voikko = use_voikko
        self.pos = pos  # the Finnish tagger is loaded (always with voikko)
        self._pipelines: dict[str, "Language"] = {}
        self._ready = threading.Event()
        self._lock = threading.Lock()
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
        return self._pipelines.get(lang) if self.ready else None

    def _load(self) -> None:
        from checks.language import lemma_index_cache
        from checks.language.simplemma_words import lemma_of
        try:
            lemma_index_cache.install()
            from checks.language.blas import fastest_ops, hold_openblas_to_one_thread
            hold_openblas_to_one_thread()  # before spaCy imports numpy
            import spacy  # noqa: F401 - first and only import of spaCy in this process
            from checks.language.spacy_plugins import without_plugins
            with fastest_ops():
                pipelines = without_plugins(lambda: {"fi": build_finnish(self._use_voikko, self.pos),
                                                     "sv": build_blank("sv"), "en": build_blank("en")})
            for lang in LANGS:  # load simplemma's dictionaries now, not on the first keystroke
                lemma_of("testi", lang)
            self._pipelines = pipelines
        except Exception as exc:  # a broken install must not take the app down: report it
            log.debug("language models could not be loaded", exc_info=True)
            self.error = f"{type(exc).__name__}: {exc}"
            self._pipelines = _blank_pipelines()
        self._ready.set()


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
