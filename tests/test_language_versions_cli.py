"""`somevahti check` with language versions: a post may carry `versions` besides `text`,
--batch runs the cross-version checks, and single-text posts keep DESIGN's contract."""
from __future__ import annotations

import io
import json
from pathlib import Path

from checks.cli.check import main

FI = "Asukasilta torstaina klo 18 kaupungintalolla."
SV = "Invånarkväll på torsdag kl. 19 i stadshuset."


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(""), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_batch_reports_a_mismatch_with_both_spans(tmp_path: Path) -> None:
    lines = [{"id": "a", "channel": "facebook", "versions": {"fi": FI, "sv": SV}},
             {"id": "b", "channel": "facebook", "text": FI}]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), "utf-8")
    code, out, err = run(["--batch", str(path), "--format", "json", "--lang", "en"])
    results = [json.loads(line) for line in out.splitlines()]
    times = [f for f in results[0]["findings"] if f["rule"] == "language_versions.times"]
    assert len(times) == 1
    assert times[0]["version"] == "sv" and SV[times[0]["start"]:times[0]["end"]] == "kl. 19"
    other = times[0]["other"]
    assert other["version"] == "fi" and FI[other["start"]:other["end"]] == "klo 18"
    # the single-text post: no cross-version rules, no new keys
    assert all("version" not in f and "other" not in f for f in results[1]["findings"])
    assert not any(f["category"] == "language_versions" for f in results[1]["findings"])


def test_a_missing_required_version_is_an_error_exit(tmp_path: Path) -> None:
    path = tmp_path / "post.json"
    path.write_text(json.dumps({"channel": "facebook", "versions": {"fi": FI}}), "utf-8")
    code, out, _ = run([str(path), "--format", "json", "--lang", "fi"])
    assert code == 1
    assert any(f["rule"] == "language_versions.missing" for f in json.loads(out)["findings"])


def test_bad_versions_are_bad_input_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text(json.dumps({"channel": "x", "versions": {"de": "Hallo"}}) + "\n"
                    + json.dumps({"channel": "x", "versions": {"fi": FI}, "text": "muu"}) + "\n", "utf-8")
    code, out, err = run(["--batch", str(path), "--format", "json"])
    assert code == 2
    assert "versions: expected languages fi, sv, en, got 'de'" in err
    assert "text: expected the first version's text" in err
    assert "Traceback" not in err
