"""twitter-text-parser imports without setuptools' pkg_resources (gone from setuptools 81+,
which a Python 3.12+ venv gets): before, `import twitter_text` failed there and no check
could run. Run in fresh interpreters so the import really happens."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

NO_PKG_RESOURCES = """
import sys
sys.modules["pkg_resources"] = None  # as on setuptools 81+: `import pkg_resources` fails
from checks.text.twitter import parse_tweet
from checks.text.emoji_spans import emoji_spans
text = "Kirjasto 👩\u200d👩\u200d👧 auki klo 18 https://kokkola.fi/kirjasto"
print(parse_tweet(text).weightedLength, emoji_spans(text), sys.modules["pkg_resources"])
"""

ENGINE_ONLY = """
import sys
import checks.engine, checks.channels.counting
print("pkg_resources" in sys.modules)
"""


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_twitter_text_works_where_pkg_resources_is_missing() -> None:
    out = _run(NO_PKG_RESOURCES)
    assert out == "47 [(9, 14)] None", out  # 9 + the family emoji (5 code points) 2 + 13 + the URL 23


def test_the_engine_does_not_import_pkg_resources() -> None:
    assert _run(ENGINE_ONLY) == "False"
