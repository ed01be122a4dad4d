"""Recall and false alarms on the held-out labelled municipal posts
(tests/data/labelled/municipal_posts.jsonl): python -m bench.labelled_posts_bench

Each post lists the findings it should get (category, lowest severity, the text a finding
must cover); posts without any are clean. Recall = expected findings found ÷ expected
findings. A false alarm = a warning or error that no expectation of its post explains;
the rate = false alarms ÷ all warnings and errors raised. Prints the misses and the false
alarms so that a person can read them.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from checks.engine import Engine
from checks.model import Finding, Post, Severity
from checks.post_json import post_from_json

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "labelled" / "municipal_posts.jsonl"


def load() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line.strip()]


def explains(want: dict, post: Post, f: Finding) -> bool:
    if f.category != want["category"] or f.severity < Severity.parse(want["min_severity"]):
        return False
    cover = want.get("covers")
    if not cover:
        return True
    at = post.text.index(cover)
    return f.start is not None and f.start < at + len(cover) and f.end > at


def measure(engine: Engine, labelled: list[dict]) -> dict:
    expected = found = raised = false = 0
    misses, false_alarms = [], []
    for item in labelled:
        post = post_from_json(item)
        findings = engine.check(post)
        for want in item["expect"]:
            expected += 1
            if any(explains(want, post, f) for f in findings):
                found += 1
            else:
                misses.append((item["id"], want, [(f.rule, f.severity.label, f.excerpt) for f in findings]))
        for f in findings:
            if f.severity == Severity.INFO:
                continue
            raised += 1
            wanted = [dict(w, min_severity="info") for w in item["expect"]]
            if not any(explains(w, post, f) for w in wanted):
                false += 1
                false_alarms.append((item["id"], f.rule, f.severity.label, f.excerpt))
    return {"posts": len(labelled), "expected": expected, "found": found, "recall": found / max(expected, 1),
            "raised": raised, "false": false, "false_rate": false / max(raised, 1),
            "misses": misses, "false_alarms": false_alarms}


def main() -> int:
    result = measure(Engine("kokkola", lang="fi"), load())
    print(f"posts {result['posts']}, expected findings {result['expected']}, found {result['found']}, "
          f"recall {result['recall']:.3f}")
    print(f"warnings+errors {result['raised']}, false alarms {result['false']}, rate {result['false_rate']:.3f}")
    for miss in result["misses"]:
        print("MISS", *miss)
    for alarm in result["false_alarms"]:
        print("FALSE", *alarm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
