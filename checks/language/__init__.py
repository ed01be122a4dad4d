"""The language layer: paragraphs, language per paragraph, tokens with lemmas, names.

Two depths of analysis, both plain data (no spaCy objects leave this package):
- cheap: spaCy's rule-based tokenizer for fi/sv/en and simplemma lemmas; no model load;
- full: adds the Finnish model's POS and named entities (spacy-fi-experimental-web-md),
  loaded once, lazily, off the caller's thread.
"""
