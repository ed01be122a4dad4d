"""Throughput of the checker on distinct real text, stage by stage (issue 17).

The 520 vendored posts (tests/data/real_text, every post different, so no cache helps)
through one in-process Engine, caches emptied before every run:
  load        a fresh process: imports, the pack, the Finnish model, simplemma's dictionaries
  structural  the pattern rules (identity codes, phones, hashtags, limits …), no language pass
  spaCy       the language analysis of every sentence (tokenizer, NER, lemmas)
  lexicon     the paragraph rules (lexicons, names, sensitive data) on those analyses
  total       check_many() as `--batch --jobs 1` runs it
Medians over --runs runs. One process, one core: `--batch` multiplies the last figure by
up to its worker count (bench/presidio_compare.py measures that end to end).

Run: python bench/real_text_bench.py [--runs 3]
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.real_text import real_post_lines
from checks.engine import Engine
from checks.language.detect import detect_language
from checks.language.lexicon import _MATCHERS
from checks.language.paragraphs import paragraph_spans
from checks.language.sentence_analyser import SentenceAnalyser
from checks.paragraph_cache import ParagraphCache
from checks.post_json import post_from_json
from checks.text.urls import _url_lines as url_lines
from checks.text.urls import _url_words as url_words

LOAD = """
import time, json
t0 = time.perf_counter()
from checks.engine import Engine
from checks.pack_loading import load_pack
t1 = time.perf_counter()
engine = Engine(load_pack("kokkola"), lang="fi")
t2 = time.perf_counter()
engine.models.wait()
t3 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "pack and rules": t2 - t1, "models and dictionaries": t3 - t2}))
"""


def cold_load() -> dict[str, float]:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    parts = json.loads(out.stdout.strip().splitlines()[-1])
    parts["process total"] = time.perf_counter() - started
    return parts


def fresh(engine: Engine) -> None:
    engine.cache = ParagraphCache()
    engine.shared = ParagraphCache(16)
    url_lines.clear()
    url_words.clear()
    _MATCHERS.clear()  # the term matchers and what they remember per token
    engine.analyser = SentenceAnalyser(engine.models)
    detect_language.cache_clear()
    for lang in ("fi", "sv", "en"):
        nlp = engine.models.pipeline(lang)
        for _name, component in nlp.pipeline:
            if hasattr(component, "_lemmas"):
                component._lemmas.clear()


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    posts = [post_from_json(json.loads(line)) for line in real_post_lines()]
    n = len(posts)
    engine = Engine("kokkola", lang="fi")
    engine.models.wait()
    print(f"{n} distinct real posts, {sum(len(p.text) for p in posts) / n:.0f} characters on average; "
          f"Finnish pipeline: {', '.join(engine.models.pipeline('fi').pipe_names)}")
    stages: dict[str, list[float]] = {k: [] for k in ("structural", "spaCy", "lexicon", "total")}
    for _ in range(args.runs):
        fresh(engine)
        stages["structural"].append(timed(lambda: [engine.check(p, language="off") for p in posts]))
        paragraphs = {}
        for post in posts:
            for start, end in paragraph_spans(post.text):
                paragraphs[post.text[start:end]] = detect_language(post.text[start:end], "fi")
        items = list(paragraphs.items())
        stages["spaCy"].append(timed(lambda: engine.analyser.prepare(items)))  # noqa: B023 - called at once
        stages["lexicon"].append(timed(lambda: [engine._language_pass(p) for p in posts]))
        fresh(engine)
        stages["total"].append(timed(lambda: list(engine.check_many(posts))))
    for name, times in stages.items():
        med = statistics.median(times)
        print(f"{name:>10}: median {med:6.2f} s = {n / med:6.1f} posts/s  (runs: {', '.join(f'{t:.2f}' for t in times)})")
    loads = [cold_load() for _ in range(args.runs)]
    for key in loads[0]:
        print(f"{'load':>10}: {key} median {statistics.median(d[key] for d in loads):.2f} s")
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
