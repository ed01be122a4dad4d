"""The Linux desktop entry, the AppStream metainfo and the icon set in packaging/ and
resources/icons: what the freedesktop validators accept (when they are installed) and,
always, what they promise about this project — the command exists, the icon is installed
under the entry's icon name, the ids, licence, languages and version agree with
pyproject.toml, and the committed icons are renderings of the SVG."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import configparser
import importlib.util
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LINUX = REPO / "packaging" / "linux"
ICONS = REPO / "resources" / "icons"
APP_ID = "fi.somevahti.Somevahti"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def load_packaging_module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))  # a packaging script imports its neighbours
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name[fi], GenericName
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def run_validator(command: list[str]) -> subprocess.CompletedProcess:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (Debian/Ubuntu: desktop-file-utils, appstream)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_desktop_file_validate_accepts_the_entry() -> None:
    done = run_validator(["desktop-file-validate", str(DESKTOP)])
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_appstreamcli_accepts_the_metainfo_without_errors_or_warnings() -> None:
    done = run_validator(["appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO)])
    problems = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert done.returncode == 0 and not problems, done.stdout + done.stderr


def test_the_entry_runs_the_projects_command_in_fi_sv_and_en() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    command = entry["Exec"].split()[0]
    assert command in PROJECT["scripts"], f"Exec runs {command!r}, which pyproject.toml does not install"
    assert entry["TryExec"] == command
    assert "%" not in entry["Exec"], "the window takes files only with --open, so no field code may be passed"
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        for lang in ("fi", "sv"):
            assert entry.get(f"{key}[{lang}]"), f"{key}[{lang}] is missing"
        assert entry.get(key), f"{key} (English) is missing"
    assert entry["GenericName[fi]"] != entry["GenericName"] != entry["GenericName[sv]"]
    assert "Office" in entry["Categories"].split(";")


def test_the_entrys_icon_name_is_the_installed_icon(tmp_path: Path) -> None:
    installer = load_packaging_module(LINUX / "install_desktop_files.py")
    installer.install(tmp_path)
    icon = desktop_entry()["Icon"]
    hicolor = tmp_path / "share" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{icon}.svg").is_file()
    sizes = sorted(int(folder.name.split("x")[0]) for folder in hicolor.iterdir() if folder.name != "scalable")
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    assert all((hicolor / f"{s}x{s}" / "apps" / f"{icon}.png").is_file() for s in sizes)
    assert (tmp_path / "share" / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (tmp_path / "share" / "metainfo" / METAINFO.name).is_file()


def test_installing_a_folder_that_is_not_a_build_says_so(tmp_path: Path) -> None:
    installer = load_packaging_module(LINUX / "install_desktop_files.py")
    with pytest.raises(SystemExit, match="not a built app folder"):
        installer.install(tmp_path / "prefix", app=tmp_path)


def test_the_metainfo_matches_the_desktop_entry_and_the_project() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP.stem
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == PROJECT["license"]
    assert root.findtext("name") == desktop_entry()["Name"]
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    assert [b.text for b in root.iterfind("provides/binary")] == list(PROJECT["scripts"])
    assert root.find("content_rating") is not None
    assert [r.get("version") for r in root.iterfind("releases/release")][0] == PROJECT["version"]


def test_the_metainfo_speaks_finnish_and_swedish() -> None:
    root = ET.parse(METAINFO).getroot()
    for tag in ("summary", "description/p", "description/ul/li"):
        by_lang: dict[str | None, int] = {}
        for element in root.iterfind(tag):
            by_lang[element.get(LANG)] = by_lang.get(element.get(LANG), 0) + 1
        assert by_lang[None] == by_lang["fi"] == by_lang["sv"], f"{tag}: {by_lang}"


@pytest.fixture(scope="module")
def rendered_icons(qapp, tmp_path_factory) -> Path:
    """The icon set rendered afresh from the SVG (with pytest-qt's application)."""
    target = tmp_path_factory.mktemp("icons")
    load_packaging_module(REPO / "packaging" / "render_icons.py").render_all(target)
    return target


def test_the_committed_icons_are_the_svg_rendered(rendered_icons: Path) -> None:
    from PIL import Image, ImageChops
    for fresh in sorted(rendered_icons.glob("*.png")):
        committed = ICONS / fresh.name
        assert committed.is_file(), f"{committed.name} is missing: run python packaging/render_icons.py"
        with Image.open(committed) as old, Image.open(fresh) as new:
            assert old.size == new.size
            # a small tolerance for another Qt version's antialiasing
            diff = ImageChops.difference(old.convert("RGBA"), new.convert("RGBA")).getextrema()
            assert max(high for _, high in diff) <= 16, \
                f"{committed.name} is stale: run python packaging/render_icons.py"


def test_the_icon_is_not_blank_and_stays_recognisable_at_16_px() -> None:
    from PIL import Image
    with Image.open(ICONS / "somevahti-16.png") as small:
        data = small.convert("RGBA").tobytes()
    pixels = [tuple(data[i:i + 4]) for i in range(0, len(data), 4)]
    opaque = [p for p in pixels if p[3] > 200]
    assert 0.4 < len(opaque) / len(pixels) < 0.95  # a shape, not an empty or full square
    blue = [p for p in opaque if p[2] > 120 and p[0] < 80]  # the speech bubble
    white = [p for p in opaque if min(p[:3]) > 220]  # the shield
    green = [p for p in opaque if p[1] > 120 and p[0] < 120 and p[2] < 140]  # the check mark
    assert blue and white and green


def test_windows_and_macos_icons_hold_every_size() -> None:
    from PIL import Image
    with Image.open(ICONS / "somevahti.ico") as ico:
        assert sorted(ico.info["sizes"]) == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    with Image.open(ICONS / "somevahti.icns") as icns:
        # Pillow writes the Retina and large entries; macOS scales them for the rest
        assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (256, 256, 1), (512, 512, 1), (512, 512, 2)} <= set(
            icns.info["sizes"])


def test_every_project_file_the_pyinstaller_spec_names_exists() -> None:
    """The spec names its entry script by path: a module that moved (the launcher went from
    checks/ to composer/) broke the desktop build while every other test stayed green."""
    import re
    spec = (REPO / "packaging" / "somevahti.spec").read_text("utf-8")
    named = [tuple(parts) for parts in re.findall(r'ROOT / "([^"]+)" / "([^"]+\.py)"', spec)]
    assert named, "the spec names no script under ROOT"
    missing = [p for p in named if not REPO.joinpath(*p).is_file()]
    assert not missing, missing
