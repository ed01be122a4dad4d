"""Microsoft Presidio on JSON posts from stdin, one output line per post (run by
bench/presidio_compare.py; needs the bench extra: pip install -e .[bench]).

Configured as in issue 17: the same Finnish spaCy model (spacy-fi-experimental-web-md),
phone numbers with the FI region, Presidio's Finnish identity-code recognizer and its
spaCy NER recognizer. By default the model loads as Presidio loads it (every component)
except the voikko lemmatizer, which cannot load without the native libvoikko; `--lean`
gives Presidio Somevahti's own lean pipeline instead (NER and simplemma lemmas only).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CHUNK = 32


def build_analyzer(lean: bool):  # type: ignore[no-untyped-def]
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        FiPersonalIdentityCodeRecognizer, PhoneRecognizer, SpacyRecognizer,
    )

    from checks.language.models import FI_MODEL, build_finnish

    class FinnishEngine(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"fi": build_finnish(use_voikko=False, pos=False) if lean
                        else spacy.load(FI_MODEL, exclude=["lemmatizer"])}

    mapping = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "ORG": "ORGANIZATION",
               "DATE": "DATE_TIME", "TIME": "DATE_TIME"}
    nlp_engine = FinnishEngine(models=[{"lang_code": "fi", "model_name": FI_MODEL}],
                               ner_model_configuration=NerModelConfiguration(
                                   model_to_presidio_entity_mapping=mapping))
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["fi"])
    registry.add_recognizer(SpacyRecognizer(supported_language="fi", supported_entities=sorted(set(mapping.values()))))
    registry.add_recognizer(PhoneRecognizer(supported_language="fi", supported_regions=("FI",)))
    registry.add_recognizer(FiPersonalIdentityCodeRecognizer(supported_language="fi"))
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["fi"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lean", action="store_true")
    args = parser.parse_args()
    from presidio_analyzer import BatchAnalyzerEngine
    batch = BatchAnalyzerEngine(analyzer_engine=build_analyzer(args.lean))
    texts = [json.loads(line)["text"] for line in sys.stdin if line.strip()]
    for start in range(0, len(texts), CHUNK):
        results = batch.analyze_iterator(texts[start:start + CHUNK], language="fi", batch_size=CHUNK)
        sys.stdout.write("".join(json.dumps([r.entity_type for r in found]) + "\n" for found in results))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
