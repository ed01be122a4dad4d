"""`somevahti check` as DESIGN.md's CLI contract says: formats, batch, exit codes."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from checks.cli.check import main
from checks.messages import default_language


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_plain_text_file_with_channel(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("Kiitos\n@kaupunginkirjastokokkola! #Kesä-konsertti\n", "utf-8")
    code, out, err = run([str(post), "--channel", "x", "--lang", "fi"])
    assert code == 0, err
    lines = out.splitlines()
    assert f"{post}:2:1: warning mentions_hashtags.handle: " in lines[0]
    assert any(":2:28: warning mentions_hashtags.broken_hashtag:" in line for line in lines)
    assert "\033[" not in out  # no colour when not a terminal


def test_error_finding_exits_one_and_json_format() -> None:
    code, out, _ = run(["--format", "json", "--lang", "en"],
                       stdin=json.dumps({"channel": "facebook", "text": "Hae kesätöihin!", "paid": True}))
    assert code == 1
    result = json.loads(out)
    assert result["channel"] == "facebook" and result["id"] is None
    paid = [f for f in result["findings"] if f["category"] == "paid_campaign"]
    assert paid and paid[0]["severity"] == "error" and "marketing and communications" in paid[0]["message"]
    assert set(paid[0]) == {"rule", "category", "severity", "start", "end", "target", "excerpt", "message", "fix"}


def test_batch_writes_one_result_per_line_in_order(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "channel": "x", "text": "Kiitos @kaupunginkirjastokokkola!"},
        {"id": "b", "channel": "facebook", "text": "Tervetuloa! #KokkolaKarleby"},
        {"id": "c", "channel": "facebook", "text": "Hae kesätöihin!", "paid": True, "paid_notified": True},
    ]
    batch = tmp_path / "posts.jsonl"
    batch.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
    code, out, err = run(["--batch", str(batch), "--format", "json"])
    assert code == 0, err
    results = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in results] == ["a", "b", "c"]
    assert any(f["rule"] == "mentions_hashtags.handle" for f in results[0]["findings"])


def test_batch_with_a_bad_line_reports_it_and_exits_two(tmp_path: Path) -> None:
    batch = tmp_path / "posts.jsonl"
    batch.write_text('{"channel": "x", "text": "Hei"}\n{"channel": "myspace", "text": "x"}\nnot json\n', "utf-8")
    code, out, err = run(["--batch", str(batch), "--format", "json"])
    assert code == 2
    results = [json.loads(x) for x in out.splitlines()]
    assert len(results) == 3 and results[0]["channel"] == "x"
    assert results[1]["error"].endswith("channel: expected one of facebook, instagram, x, linkedin, youtube, "
                                        "tiktok, threads, bluesky, mastodon, got 'myspace'")
    assert f"{batch}:3:1: not valid JSON" in err


@pytest.mark.parametrize("argv,stdin,message", [
    (["/nonexistent/post.txt"], "", "no such file"),
    (["--pack", "no-such-pack"], "Hei", "no such pack"),
    (["--channel", "myspace"], "Hei", "invalid choice"),
    ([], '{"channel": "x", "text": 5}', "text: expected a string"),
    ([], '{"channel": "x", "text": "a",', "not valid JSON"),
    ([], '{"channel": "x", "text": "a", "media": [{"kind": "gif"}]}', "media[0].kind"),
])
def test_bad_input_exits_two_with_a_message(argv: list[str], stdin: str, message: str) -> None:
    code, out, err = run(argv, stdin)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_broken_pack_is_named_with_line(tmp_path: Path) -> None:
    pack = tmp_path / "mine.toml"
    pack.write_text('extends = "kokkola"\n[rules."tone.nope"]\nseverity = "error"\n', "utf-8")
    code, _, err = run(["--pack", str(pack)], "Hei")
    assert code == 2
    assert f"{pack}:2: key 'rules.\"tone.nope\"': unknown rule id" in err


def test_language_follows_the_locale() -> None:
    assert default_language({"LANG": "sv_FI.UTF-8"}) == "sv"
    assert default_language({"LC_ALL": "fi_FI.UTF-8", "LANG": "en_US.UTF-8"}) == "fi"
    assert default_language({"LANG": "de_DE.UTF-8"}) == "en"


def test_console_script_end_to_end(tmp_path: Path) -> None:
    post = tmp_path / "post.json"
    post.write_text(json.dumps({"channel": "instagram", "text": "Tule mukaan! #123",
                                "media": [{"kind": "image", "alt": None}]}), "utf-8")
    result = subprocess.run([sys.executable, "-m", "composer.launcher", "check", str(post), "--lang", "sv"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "mentions_hashtags.digits_only" in result.stdout
    assert f"{post}:media:0: warning accessibility.alt_missing" in result.stdout


def test_a_broken_language_model_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    import checks.engine
    from checks.language.models import LanguageModels

    def broken(use_voikko=None, pos=None):  # type: ignore[no-untyped-def]
        raise OSError("model files missing")

    monkeypatch.setattr("checks.language.models.build_finnish", broken)
    monkeypatch.setattr(checks.engine, "shared_models", lambda: LanguageModels())
    code, out, err = run(["--channel", "x", "--lang", "en"], "Kiitos @kaupunginkirjastokokkola! Nämä urpot.")
    assert code == 0
    assert "mentions_hashtags.handle" in out
    assert "language models could not be loaded (OSError: model files missing)" in err
    assert "Traceback" not in err
