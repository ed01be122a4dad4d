"""`somevahti check --batch` answers every line (issue 15 items 11, 12, 14, 16): one
result line per input line, in order, an error result for a line without a post, no
traceback, exit codes as the README says, results streamed as lines are checked."""
from __future__ import annotations

import io
import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checks.cli.check import main
from tests.hostile_batch import hostile_lines, kinds

pytestmark = pytest.mark.slow  # they load the language models or start the CLI in fresh processes


REPO = Path(__file__).resolve().parents[1]


def run_bytes(argv: list[str], data: bytes) -> tuple[int, str, str]:
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=stdin, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def cli(args: list[str], data: bytes, timeout: float = 900) -> subprocess.CompletedProcess:
    """The console script in a strict UTF-8 locale (no UTF-8 mode leniency)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE", "PYTHONUTF8", "PYTHONIOENCODING")}
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "composer.launcher", "check", *args], input=data,
                          capture_output=True, env=env, timeout=timeout, cwd=REPO)


def assert_lined_up(out: str, expected: list[bool]) -> None:
    results = [json.loads(line) for line in out.split("\n")[:-1]]
    assert len(results) == len(expected)
    for number, (result, valid) in enumerate(zip(results, expected), start=1):
        if valid:
            assert "findings" in result and result["id"] == f"p{number}", (number, result)
        else:
            assert "error" in result and result["line"] == number and "findings" not in result, (number, result)


def test_every_kind_of_bad_line_gets_its_own_error_result() -> None:
    lines = kinds(__import__("random").Random(1), 1)
    data = b"".join(line + b"\n" for line, _ in lines)
    code, out, err = run_bytes(["--batch", "-", "--jobs", "1", "--lang", "en"], data)
    assert code == 2 and "Traceback" not in err
    results = [json.loads(line) for line in out.split("\n")[:-1]]
    assert len(results) == len(lines)
    for number, (result, (_line, valid)) in enumerate(zip(results, lines), start=1):
        assert ("findings" in result) == valid, (number, result)
        if not valid:
            assert result["line"] == number and result["error"].startswith(f"<stdin>:{number}")
    by_error = [r["error"] for r in results if "error" in r]
    assert any("empty line" in e for e in by_error)
    assert any("not UTF-8 text" in e for e in by_error)
    assert any("nested too deeply" in e for e in by_error)
    assert any("digits" in e for e in by_error)
    assert any("text: expected a string" in e for e in by_error)
    assert sum(e.endswith("(Invalid control character at)") for e in by_error) == 2  # raw \x1c and NUL


def test_a_lone_surrogate_id_comes_back_escaped_and_the_line_count_holds() -> None:
    data = ('{"id": "\\ud800x", "channel": "x", "text": "Hei\u2028maailma\u0085!"}\n'
            '{"id": "b", "channel": "x", "text": "Soita 040 123 4567"}\n').encode("utf-8")
    code, out, err = run_bytes(["--batch", "-", "--jobs", "1"], data)
    assert code == 0, err
    first, second = out.split("\n")[:-1]
    assert '"id": "\\ud800x"' in first and json.loads(first)["id"] == "\ud800x"
    assert json.loads(second)["id"] == "b"


def test_blank_lines_answered_and_a_final_line_without_newline_checked() -> None:
    code, out, err = run_bytes(["--batch", "-", "--jobs", "1"],
                               b'\n{"id": "a", "channel": "x", "text": "Hei"}\n\n{"id": "b", "channel": "x", "text": "Moi"}')
    assert code == 2
    results = [json.loads(line) for line in out.splitlines()]
    assert [r.get("id") for r in results] == [None, "a", None, "b"]
    assert results[0] == {"id": None, "line": 1, "error": "<stdin>:1: empty line (no post)"}


def test_a_line_over_the_limit_is_skipped_not_held() -> None:
    big = b'{"id": "big", "channel": "x", "text": "' + b"a" * (1 << 20) + b'"}'
    code, out, _err = run_bytes(["--batch", "-", "--jobs", "1"], big + b'\n{"id": "c", "channel": "x", "text": "Hei"}\n')
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 2 and "longer than 1,048,576 bytes" in results[0]["error"] and results[1]["id"] == "c"


def test_binary_stdin_in_a_strict_utf8_locale_is_a_message_not_a_traceback() -> None:
    single = cli(["--lang", "en"], b"Hei \xff\xfe maailma\n")
    assert single.returncode == 2
    assert b"<stdin>:1: not UTF-8 text (byte 5 is 0xff)" in single.stderr and b"Traceback" not in single.stderr
    batch = cli(["--batch", "-", "--jobs", "1"], b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n{"id": "a", "channel": "x", "text": "Hei"}\n')
    assert batch.returncode == 2 and b"Traceback" not in batch.stderr
    results = [json.loads(line) for line in batch.stdout.decode("utf-8").splitlines()]
    assert len(results) == 4 and "not UTF-8" in results[0]["error"] and results[3]["id"] == "a"  # 3 "\\n" in the PNG


def test_results_are_written_as_lines_are_checked() -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    with subprocess.Popen([sys.executable, "-m", "composer.launcher", "check", "--batch", "-", "--jobs", "1"],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                          cwd=REPO) as child:
        try:
            assert child.stdin is not None and child.stdout is not None
            child.stdin.write(b'{"id": "first", "channel": "x", "text": "Soita 040 123 4567"}\n')
            child.stdin.flush()  # stdin stays open: the answer must not wait for more input
            ready, _, _ = select.select([child.stdout], [], [], 300)
            assert ready, "no result while the input was still open"
            assert json.loads(child.stdout.readline())["id"] == "first"
            child.stdin.write(b"not json\n")
            child.stdin.close()
            assert "error" in json.loads(child.stdout.readline())
            assert child.wait(60) == 2
        finally:
            child.kill()


def test_ten_thousand_hostile_lines_through_the_worker_pool() -> None:
    lines = list(hostile_lines(10_000))
    data = b"".join(line + b"\n" for line, _ in lines)
    started = time.monotonic()
    result = cli(["--batch", "-", "--jobs", "2", "--lang", "fi"], data, timeout=1500)
    assert result.returncode == 2, result.stderr[-2000:]
    assert b"Traceback" not in result.stderr
    assert_lined_up(result.stdout.decode("utf-8"), [valid for _, valid in lines])
    assert b"more bad lines" in result.stderr  # stderr lists the first ones, counts the rest
    print(f"10,000 hostile lines in {time.monotonic() - started:.0f} s")


def _dies_on_a_marked_post(posts, engine=None):  # type: ignore[no-untyped-def]
    if any(p.text == "kaada työntekijä" for p in posts):
        os._exit(3)  # a worker killed mid-chunk (out of memory, a crash in native code)
    return ORIGINAL_CHECK_POSTS(posts, engine)


ORIGINAL_CHECK_POSTS = None


def test_a_worker_that_dies_costs_only_its_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    import checks.cli.batch_worker as worker
    global ORIGINAL_CHECK_POSTS
    ORIGINAL_CHECK_POSTS = worker.check_posts
    monkeypatch.setattr(worker, "check_posts", _dies_on_a_marked_post)  # forked workers inherit it
    lines = [json.dumps({"id": f"p{n}", "channel": "x", "text": "kaada työntekijä" if n == 3 else f"Hei {n}"})
             for n in range(1, 6)]
    code, out, err = run_bytes(["--batch", "-", "--jobs", "2"], ("\n".join(lines) + "\n").encode())
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 2 and "Traceback" not in err
    assert len(results) == 5
    assert [r.get("line", n) for n, r in enumerate(results, start=1)] == [1, 2, 3, 4, 5]
    assert "the checking process stopped" in results[2]["error"] and results[2]["id"] == "p3"
    assert all(r["id"] == f"p{n}" for n, r in enumerate(results, start=1))  # its chunk's posts: errors, named
