"""The held-out labelled municipal posts (fi, sv, en): recall of the findings they should
get and the share of warnings and errors nobody asked for (bench/labelled_posts_bench.py
prints the misses and false alarms)."""
from __future__ import annotations

from bench.labelled_posts_bench import load, measure
from checks.engine import Engine


def test_labelled_posts_recall_and_false_alarms() -> None:
    result = measure(Engine("kokkola", lang="fi", strict=True), load())
    assert result["expected"] >= 30 and result["posts"] - sum(1 for p in load() if p["expect"]) >= 20
    assert result["recall"] >= 0.95, result["misses"]
    assert result["false_rate"] <= 0.05, result["false_alarms"]
