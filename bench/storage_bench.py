"""Storage benchmarks (issue 5). Prints medians over several runs.

(a) Save latency: a 2,000-character Finnish draft with 3 channels (one edited variant)
    and 2 images, edited and saved through Store.save_draft N times: p50 / p95 / max in
    ms (target p95 ≤ 10 ms), with synchronous=FULL (what the app uses) and, to show the
    price of FULL, NORMAL.
(b) Opening a library of 5,000 drafts: open_store (with its quick_check) + load_all +
    draft_from_dict for every draft, in ms (target well under 300 ms, which must also
    fill the list in the window). The parts are printed too.

The files live in a temporary folder on the same disk as the system's temp dir (pass
--dir to measure another disk). Run: python bench/storage_bench.py [--runs N] [--saves N]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.sample_posts import PARAGRAPHS_SV, finnish_post
from composer.model.draft import Draft
from composer.model.draft_codec import draft_from_dict, draft_to_dict
from composer.model.draft_records import Comment, StateChange
from composer.storage import open_store
from checks.model import Media

# A 1×1 PNG and a slightly different one: enough for the media folder to copy and hash.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def make_images(folder: Path) -> list[str]:
    paths = []
    for i in range(2):
        path = folder / f"kuva{i}.png"
        path.write_bytes(PNG + bytes([i]) * 50_000)  # trailing bytes: a 50 kB "photo"
        paths.append(str(path))
    return paths


def bench_draft(images: list[str]) -> Draft:
    draft = Draft(title="Kesäaukioloajat", master=finnish_post(2000), channels=["facebook", "instagram", "x"],
                  media=[Media("image", "Kirjaston sisäänkäynti kesällä", None, images[0]),
                         Media("image", "Lapsia lukupassin kanssa", None, images[1])], author="Maija")
    draft.set_variant_text("x", "Kirjaston kesäaukioloajat alkavat 2.6. #kirjasto")
    return draft


def save_run(folder: Path, saves: int, synchronous: str) -> list[float]:
    """Milliseconds per save_draft for `saves` edits of one draft."""
    store, problem = open_store(folder / f"save-{synchronous}")
    assert problem is None, problem
    store.conn.execute(f"PRAGMA synchronous = {synchronous}")
    draft = bench_draft(make_images(folder))
    store.save_draft(draft_to_dict(draft), 0)  # first save: copies the images, adds a revision
    times = []
    for i in range(saves):
        draft.set_master(draft.master[:-12] + f" (muokattu {i:02d})"[-12:])
        data = draft_to_dict(draft)
        start = time.perf_counter()
        store.save_draft(data, 0)
        times.append((time.perf_counter() - start) * 1000)
    store.close()
    return times


def library_draft(i: int, images: list[str], rng: random.Random) -> Draft:
    channels = rng.sample(["facebook", "instagram", "x", "linkedin"], rng.randint(1, 3))
    text = finnish_post(rng.randint(200, 2000)) if i % 5 else "\n\n".join(PARAGRAPHS_SV)
    draft = Draft(title=f"Tiedote {i}", master=text, channels=channels, author="Maija",
                  media=[Media("image", "Kuvateksti", None, images[j]) for j in range(rng.randint(0, 2))])
    if rng.random() < 0.3:
        draft.set_variant_text(channels[0], text[:200])
    if rng.random() < 0.2:
        draft.add_comment(Comment("Pekka", "Tarkista päivämäärä"))
        draft.record_state(StateChange("draft", "in_review", "Maija"))
    return draft


def make_library(folder: Path, count: int) -> Path:
    data_dir = folder / "library"
    store, _problem = open_store(data_dir)
    store.conn.execute("PRAGMA synchronous = OFF")  # building the fixture only
    images, rng = make_images(folder), random.Random(5)
    for i in range(count):
        store.save_draft(draft_to_dict(library_draft(i, images, rng)), i)
    store.close()
    return data_dir


def open_run(data_dir: Path) -> dict[str, float]:
    t0 = time.perf_counter()
    store, problem = open_store(data_dir)
    t1 = time.perf_counter()
    items = store.load_all()
    t2 = time.perf_counter()
    drafts = [draft_from_dict(item) for item in items]
    t3 = time.perf_counter()
    store.close()
    assert problem is None and len(drafts) == len(items)
    return {"open_store": (t1 - t0) * 1000, "load_all": (t2 - t1) * 1000, "draft_from_dict": (t3 - t2) * 1000,
            "total": (t3 - t0) * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--drafts", type=int, default=5000)
    parser.add_argument("--dir", help="where to put the databases (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        root = Path(tmp)
        for synchronous in ("FULL", "NORMAL"):
            runs = [save_run(root / f"run{r}", args.saves, synchronous) for r in range(args.runs)]
            print(f"save latency, synchronous={synchronous}, {args.saves} saves × {args.runs} runs (median of runs): "
                  f"p50 {statistics.median(percentile(t, .5) for t in runs):.2f} ms, "
                  f"p95 {statistics.median(percentile(t, .95) for t in runs):.2f} ms, "
                  f"max {statistics.median(max(t) for t in runs):.2f} ms")
        start = time.perf_counter()
        data_dir = make_library(root, args.drafts)
        size = sum(p.stat().st_size for p in data_dir.glob("somevahti.sqlite3*")) / 1e6
        print(f"library of {args.drafts} drafts built in {time.perf_counter() - start:.1f} s ({size:.1f} MB)")
        opens = [open_run(data_dir) for _ in range(args.runs)]
        parts = ", ".join(f"{key} {statistics.median(o[key] for o in opens):.0f} ms" for key in opens[0])
        print(f"opening {args.drafts} drafts (median of {args.runs} runs): {parts}")


if __name__ == "__main__":
    main()
