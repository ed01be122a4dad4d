"""The summaries: HTML that is valid, self-contained, escaped and renders; Markdown that
shows user text as typed; JSON with stable keys; all three complete in fi, sv and en."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from checks.messages import LANGUAGES
from checks.model import Finding, Severity
from composer.export import export_draft
from composer.messages import catalogue, render
from tests.export_fixtures import approved, english_draft, finnish_draft, swedish_draft

AT = "2026-11-23T10:15:00Z"
HOSTILE = '<script>alert("x")</script> & "quotes" \'single\''
VOID = {"meta", "img", "br", "hr", "link", "input"}
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


class Checker(HTMLParser):
    """Collects tags, attributes and text; fails on tags that do not balance."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(html: str) -> Checker:
    checker = Checker()
    checker.feed(html)
    checker.close()
    assert not checker.problems and not checker.stack, (checker.problems, checker.stack)
    return checker


def hostile_draft(tmp_path: Path):
    draft = finnish_draft(tmp_path / "src")
    draft.set_title(HOSTILE)
    draft.set_variant_text("x", "Tervetuloa <b>kaikki</b> & ```koodi``` *tähti* " + HOSTILE)
    draft.update_media(0, alt='Kuva" onerror="alert(1)')
    finding = Finding(rule="tone.shouting", category="tone", severity=Severity.WARNING, start=None, end=None,
                      target="text", excerpt="<b>kaikki</b>", message="Viesti <i>html</i>")
    draft.ignore(finding, "Syy <img src=x onerror=alert(1)>", by="<Pekka>")
    return approved(draft), {c: [finding] for c in draft.channels}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_summary_is_valid_and_escapes_everything(tmp_path: Path, lang: str) -> None:
    draft, findings = hostile_draft(tmp_path)
    export_draft(draft, findings, tmp_path / "out", lang=lang, exported_at=AT, by="Maija <M>")
    html = (tmp_path / "out" / "summary.html").read_text("utf-8")
    page = parsed(html)
    assert page.doctype.lower() == "doctype html"
    assert page.tags[0] == ("html", {"lang": lang})
    assert ("meta", {"charset": "utf-8"}) in page.tags
    assert "<script" not in html and "<b>" not in html and "<i>" not in html and "<img src=x" not in html
    assert not [t for t, _ in page.tags if t in ("script", "iframe", "link", "b", "i")]
    assert all(not a.get("src") or a["src"].startswith("data:image/jpeg;base64,") for _, a in page.tags)
    assert ("img", {"src": page.tags[[t for t, _ in page.tags].index("img")][1]["src"],
                    "alt": 'Kuva" onerror="alert(1)'}) in page.tags
    text = "".join(page.text)
    assert HOSTILE in text and "Syy <img src=x onerror=alert(1)>" in text and "<Pekka>" in text
    assert "Maija <M>" in text
    assert "SISÄINEN" not in html


def test_html_is_self_contained_and_prints(tmp_path: Path) -> None:
    draft = approved(finnish_draft(tmp_path / "src"))
    export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="fi", exported_at=AT)
    html = (tmp_path / "out" / "summary.html").read_text("utf-8")
    assert "@media print" in html and "http://" not in html.split("<body")[0]
    assert 'src="image-' not in html and html.count('src="data:image/jpeg;base64,') == 2
    assert "<h1>Kirjaston satutuokio</h1>" in html and "✓ Hyväksytty" in html
    assert "Hyväksynyt Pekka Virtanen" in html and "Varmennettu: allekirjoitettu avaimella" in html
    assert "Kirjastotoimenjohtaja Liisa Laine" in html and "markkinointi- ja viestintätiimi" in html


def test_markdown_shows_user_text_as_typed(tmp_path: Path) -> None:
    draft, findings = hostile_draft(tmp_path)
    export_draft(draft, findings, tmp_path / "out", lang="fi", exported_at=AT)
    md = (tmp_path / "out" / "summary.md").read_text("utf-8")
    assert md.startswith("# \\<script\\>alert(\"x\")\\</script\\> \\& \"quotes\"")
    assert "````text\nTervetuloa <b>kaikki</b> & ```koodi``` *tähti* " in md  # fence longer than ``` inside
    assert "Perustelu (\\<Pekka\\>): Syy \\<img src=x onerror=alert(1)\\>" in md
    outside_fences = re.sub(r"(`{3,})text\n.*?\n\1\n", "", md, flags=re.S)
    assert not re.search(r"(?<!\\)<", outside_fences)  # every < outside the channel texts is escaped


def test_json_has_stable_keys_and_the_same_content(tmp_path: Path) -> None:
    draft = approved(finnish_draft(tmp_path / "src"))
    export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="fi", by="Maija", exported_at=AT)
    summary = json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))
    assert list(summary) == ["format", "format_version", "final", "language", "exported_at", "exported_by", "draft",
                             "paid_campaign", "channels", "media", "approval_note", "checklist", "consents"]
    assert (summary["format"], summary["format_version"], summary["final"]) == ("somevahti-export", 1, True)
    assert summary["exported_at"] == AT and summary["exported_by"] == "Maija"
    assert summary["draft"] | {"id": ""} == {"id": "", "title": "Kirjaston satutuokio", "state": "approved",
                                              "author": "Maija Meikäläinen", "pack": "testitiimi", "role": "organisation"}
    channel = summary["channels"][1]
    assert list(channel) == ["channel", "name", "file", "text", "count", "approval", "checked", "findings", "ignored"]
    assert channel["approval"] == {"state": "current", "reviewer": "Pekka Virtanen", "at": draft.approvals["x"].at,
                                   "signature": "valid", "trust": "verified", "self_approval": False, "counts": True,
                                   "key_fingerprint": "41dc b0b3 709e d82a", "changes": []}
    assert summary["paid_campaign"]["complete"] is True
    assert list(summary["media"][0]) == ["number", "kind", "file", "alt_file", "alt", "captions", "metadata_removed",
                                         "width", "height", "people"]


@pytest.mark.parametrize("draft_of, lang, words", [
    (swedish_draft, "sv", ["Sammanfattning av inlägget", "Godkänt", "Granskning", "Bilder och videor"]),
    (english_draft, "en", ["Post summary", "Approved", "Checks", "Images and videos", "weighted characters"]),
])
def test_swedish_and_english_summaries(tmp_path: Path, draft_of, lang: str, words: list[str]) -> None:
    draft = approved(draft_of())
    export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang=lang, exported_at=AT)
    html = (tmp_path / "out" / "summary.html").read_text("utf-8")
    md = (tmp_path / "out" / "summary.md").read_text("utf-8")
    for word in words:
        assert word in html and word in md, word
    parsed(html)


def test_a_void_approval_and_an_altered_signature_are_told(tmp_path: Path) -> None:
    from dataclasses import replace
    draft = approved(english_draft())
    draft.set_variant_text("x", "Changed after approval")
    draft.approvals["bluesky"] = replace(draft.approvals["bluesky"], signature="c2ln", public_key="a2V5")
    export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="en", force_draft=True,
                 exported_at=AT)
    html = (tmp_path / "out" / "LUONNOS-UTKAST-DRAFT_summary.html").read_text("utf-8")
    assert "but since then these have changed: text. The approval no longer holds." in html
    assert "The approval record does not hold" in html
    summary = json.loads((tmp_path / "out" / "LUONNOS-UTKAST-DRAFT_summary.json").read_text("utf-8"))
    assert summary["channels"][0]["approval"]["changes"] == ["text"]


def test_export_catalogues_are_complete_in_every_language() -> None:
    keys = {lang: {k for k in catalogue(lang) if k.split(".")[0] in ("export", "cli")} for lang in LANGUAGES}
    assert keys["fi"] and keys["fi"] == keys["sv"] == keys["en"]
    from checks.messages import placeholders
    for key in keys["fi"]:
        assert placeholders(catalogue("fi")[key]) == placeholders(catalogue("sv")[key]) == \
            placeholders(catalogue("en")[key]), key
    assert render("export.time", "fi", day=6, month=12, year=2026, hour=9, minute="05", zone="UTC+2") == \
        "6.12.2026 klo 9.05 (UTC+2)"


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
@pytest.mark.parametrize("force", [False, True])
def test_html_summary_renders_in_chromium(tmp_path: Path, force: bool) -> None:
    draft = finnish_draft(tmp_path / "src")
    if not force:
        approved(draft)
    result = export_draft(draft, {c: [] for c in draft.channels}, tmp_path / "out", lang="fi", force_draft=force,
                          exported_at=AT)
    html = next(name for name in result.files if name.endswith("summary.html"))
    shot = tmp_path / "summary.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1200,1600",
                    (tmp_path / "out" / html).as_uri()], capture_output=True, timeout=90, check=False)
    assert shot.is_file(), "chromium wrote no screenshot"
    with Image.open(shot) as image:
        assert image.size == (1200, 1600)
        colours = image.convert("RGB").getcolors(1200 * 1600)
    assert len(colours) > 200  # text, badges and the photo, not a blank page
    if force:  # the red draft banner is at the top
        with Image.open(shot) as image:
            r, g, b = image.convert("RGB").getpixel((600, 10))
        assert r > 120 and g < 60 and b < 80
