"""The one-folder desktop app that packaging/somevahti.spec builds: it starts, `somevahti
check` finds names with the bundled Finnish language model, the window renders offscreen
in Swedish, and the window's checker — a child process the frozen program spawns from
itself — loads the language model too.

A build takes about a minute here, so these tests build into a temporary folder (slow);
SOMEVAHTI_FROZEN_APP=dist/somevahti tests an existing build instead."""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FROZEN_APP = "SOMEVAHTI_FROZEN_APP"
# Windows builds a windowed somevahti.exe and a console somevahti-cli.exe (same files)
PROGRAM = "somevahti-cli.exe" if sys.platform == "win32" else "somevahti"
NAMED = "Kiitos Aukusti Rautiaiselle hienosta työstä kirjaston hyväksi.\n"
UNNAMED = "Kiitos kaikille hienosta työstä kirjaston hyväksi.\n"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory) -> Path:
    given = os.environ.get(FROZEN_APP)
    if given:
        if not (Path(given) / PROGRAM).is_file():
            pytest.fail(f"{FROZEN_APP}={given}: no {PROGRAM} in that folder")
        return Path(given)
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip(f"PyInstaller is not installed (pip install -e '.[packaging]'), and {FROZEN_APP} is not set")
    out = tmp_path_factory.mktemp("frozen")
    done = subprocess.run([sys.executable, str(REPO / "packaging" / "build_app.py"), "--dist", str(out / "dist"),
                           "--work", str(out / "work")], capture_output=True, text=True, timeout=1200, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out / "dist" / "somevahti"


@pytest.fixture
def run(frozen_app: Path, tmp_path: Path):
    """Run the frozen program offscreen, with its settings and data in tmp_path."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(frozen_app / PROGRAM), *args], capture_output=True, text=True, env=env,
                              cwd=tmp_path, stdin=subprocess.DEVNULL, timeout=300, check=False)
    return run


def test_help_of_the_window_and_of_the_checker(run) -> None:
    window, checker = run("--help"), run("check", "--help")
    assert window.returncode == 0 and "--screenshot" in window.stdout, window.stderr
    assert checker.returncode == 0 and "--batch" in checker.stdout, checker.stderr


def test_check_finds_a_name_only_the_finnish_model_knows(run, tmp_path: Path) -> None:
    lexicon = tomllib.loads((REPO / "resources" / "lexicons" / "personal_data.toml").read_text("utf-8"))
    assert "Aukusti" not in {entry["name"] for entry in lexicon["personal_data"]["first_names"]}, \
        "the name must come from the model's recogniser, not from the first-name list"
    post = tmp_path / "kiitos.txt"
    post.write_text(NAMED, encoding="utf-8")
    done = run("check", "--format", "json", "--lang", "fi", str(post))
    assert done.returncode == 0, done.stderr
    names = [f["excerpt"] for f in json.loads(done.stdout)["findings"] if f["rule"] == "personal_data.person_name"]
    assert names == ["Aukusti Rautiaiselle"]


def test_check_reports_bad_input_without_a_traceback(run) -> None:
    done = run("check", "--channel", "myspace", "-")
    assert done.returncode == 2 and "myspace" in done.stderr and "Traceback" not in done.stderr


def screenshot(run, tmp_path: Path, name: str, *args: str):
    """Run --screenshot; returns the image (after checking the run went well)."""
    from PIL import Image
    path = tmp_path / f"{name}.png"
    done = run("--screenshot", str(path), *args)
    assert done.returncode == 0, done.stderr
    assert "did not finish" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert " translation: " not in done.stderr, done.stderr  # "no sv translation: …/qtbase_sv.qm is missing"
    with Image.open(path) as image:
        return image.convert("RGB")


def test_the_window_renders_offscreen_in_swedish(run, tmp_path: Path) -> None:
    image = screenshot(run, tmp_path, "sv", "--lang", "sv")
    assert image.width >= 1280 and image.height >= 860
    colours = {image.getpixel((x, y)) for x in range(0, image.width, 7) for y in range(0, image.height, 7)}
    assert len(colours) > 50, "a blank window"


def test_the_windows_checker_child_loads_the_language_model(run, tmp_path: Path) -> None:
    """The same post with and without a name only the model recognises: the findings side
    of the window (its right third) differs only if the spawned checker found the name."""
    from PIL import ImageChops
    shots = []
    for folder, text in (("named", NAMED), ("unnamed", UNNAMED)):
        (tmp_path / folder).mkdir()
        post = tmp_path / folder / "kiitos.txt"
        post.write_text(text, encoding="utf-8")
        shots.append(screenshot(run, tmp_path, folder, "--lang", "fi", "--open", str(post)))
    named, unnamed = shots
    findings_side = (named.width * 2 // 3, 0, named.width, named.height // 2)
    assert ImageChops.difference(named.crop(findings_side), unnamed.crop(findings_side)).getbbox() is not None


def test_the_bundle_carries_translations_and_platform_plugins(frozen_app: Path) -> None:
    files = {path.relative_to(frozen_app).as_posix() for path in frozen_app.rglob("*") if path.is_file()}
    for lang in ("fi", "sv", "en"):
        assert any(f.endswith(f"resources/translations/somevahti_{lang}.qm") for f in files)
        assert any(f.endswith(f"translations/qtbase_{lang}.qm") for f in files)
    assert not any(f.endswith("translations/qtbase_de.qm") for f in files), "only our languages' Qt translations"
    if sys.platform == "linux":
        plugins = {Path(f).name for f in files if "/platforms/" in f}
        assert {"libqxcb.so", "libqoffscreen.so"} <= plugins
