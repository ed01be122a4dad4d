"""Language-pass benchmarks (issue 3). Prints medians/percentiles over several runs.

(a) one-word edit in a 2,000-character Finnish post, models warm, incremental cache on
(b) a full check of that post with cold caches (paragraph findings and sentence analyses)
(c) the sentence cache: `somevahti check --batch` on 1,000 posts built from 8 repeated
    paragraphs, so the cache answers almost every sentence. This is the CACHE's figure, not
    the checker's throughput: bench/real_text_bench.py and bench/presidio_compare.py
    measure that on distinct real text.
(d) cold model load, in a fresh process

Run: python bench/language_bench.py [--runs N]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.sample_posts import batch_posts, finnish_post
from checks.engine import Engine
from checks.language.models import LanguageModels
from checks.model import Post

WORDS = ["kirjasto", "kesä", "tervetuloa", "leiri", "uimahalli", "valtuusto", "huomenna", "lauantaina"]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def bench_edit(engine: Engine, runs: int) -> list[float]:
    text = finnish_post(2000)
    engine.check(Post(channel="facebook", text=text))  # warm the cache
    rng = random.Random(7)
    times = []
    for _ in range(runs):
        at = rng.randrange(len(text))
        while at < len(text) and not text[at].isspace():
            at += 1
        text = text[:at] + " " + rng.choice(WORDS) + text[at:]
        started = time.perf_counter()
        engine.check(Post(channel="facebook", text=text))
        times.append((time.perf_counter() - started) * 1000)
    return times


def bench_full(engine: Engine, runs: int) -> list[float]:
    text = finnish_post(2000)
    times = []
    for _ in range(runs):
        engine.cache = type(engine.cache)()
        engine.analyser = type(engine.analyser)(engine.models)
        started = time.perf_counter()
        engine.check(Post(channel="facebook", text=text))
        times.append((time.perf_counter() - started) * 1000)
    return times


def bench_batch(count: int) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "posts.jsonl"
        path.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in batch_posts(count)) + "\n", "utf-8")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "composer.launcher", "check", "--batch", str(path), "--format", "json"],
                       stdout=subprocess.DEVNULL, check=False)
        total = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return total, count / total, rss_mb


def bench_cold_load() -> float:
    code = ("import time; from checks.language.models import LanguageModels; m = LanguageModels(); "
            "t = time.perf_counter(); m.wait(); print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--no-voikko", action="store_true", help="Finnish lemmas from simplemma even if libvoikko is there")
    args = parser.parse_args()
    models = LanguageModels(use_voikko=False if args.no_voikko else None)
    engine = Engine("kokkola", lang="fi", models=models)
    engine.models.wait()
    print(f"Finnish lemmas: {'voikko' if 'lemmatizer' in models.pipeline('fi').pipe_names else 'simplemma'}")
    edits = bench_edit(engine, args.runs)
    print(f"(a) one-word edit, 2,000 chars: p50 {percentile(edits, 50):.1f} ms, "
          f"p95 {percentile(edits, 95):.1f} ms over {len(edits)} edits (target p95 <= 25 ms)")
    full = bench_full(engine, max(10, args.runs // 10))
    print(f"(b) full check, cold caches: median {statistics.median(full):.1f} ms, "
          f"p95 {percentile(full, 95):.1f} ms over {len(full)} runs (target <= 120 ms)")
    total, rate, rss = bench_batch(args.batch)
    loads = [bench_cold_load() for _ in range(3)]
    after_load = args.batch / max(total - statistics.median(loads), 1e-9)
    print(f"(c) sentence cache, --batch on {args.batch} posts of 8 repeated paragraphs (not the checker's "
          f"throughput: see bench/real_text_bench.py): {total:.1f} s incl. model load = {rate:.0f} posts/s "
          f"({after_load:.0f} posts/s after the load), peak RSS {rss:.0f} MB")
    print(f"(d) cold model load: median {statistics.median(loads):.2f} s over {len(loads)} fresh processes")


if __name__ == "__main__":
    main()
