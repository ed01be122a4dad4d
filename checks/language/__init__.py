"""The language layer: paragraphs, language per paragraph, tokens with lemmas, names.

Results leave this package as plain data (no spaCy objects). Finnish is analysed with
spacy-fi-experimental-web-md (POS, NER; lemmas from its voikko lemmatizer when libvoikko
is installed, otherwise from simplemma); Swedish and English with spaCy's rule-based
tokenizers and simplemma lemmas. The pipelines load once, lazily, off the caller's thread.
"""
