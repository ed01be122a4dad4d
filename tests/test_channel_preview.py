"""The channel preview: the text up to the channel's fold and then the channel's own "…
näytä lisää", hashtags, mentions and links styled, the part past the limit struck, the
image count — with the fold and cut at exactly the places the editor and the counter
strip show them, following the selected channel tab."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from checks.channels.spec import load_channels
from checks.model import Media
from composer.model.draft import Draft
from composer.present.preview_html import PreviewColors, media_text, preview_html, see_more
from composer.present.text_offsets import Offsets

COLORS = PreviewColors(entity="#1f6fd1", over="#c62828", muted="#777777")
FAMILY = "👩‍👩‍👧"  # five code points, one grapheme, weight 2 on X
URL = "https://www.kokkola.fi/kirjasto/tapahtumat/satutuokio-lauantaina-joulukuussa"

CASES = {
    # X: URLs weigh 23 and emoji 2 whatever their length; over 280 weighted
    "x": (f"Satutuokio lauantaina {FAMILY} {URL} #KokkolaKarleby @kokkola " * 4).strip(),
    # Bluesky: 300 graphemes; a family emoji is one
    "bluesky": ("Pääkirjaston satutuokio 📚 " + FAMILY + " koko perheelle. ") * 9,
    # Instagram: the fold at about 125 characters, links not clickable
    "instagram": "Tervetuloa Kokkolan pääkirjaston satutuokioon lauantaina 12.12. klo 11! Lastenkirjailija "
                 f"Maija Virtanen lukee uutta kirjaansa. {URL} #kirjasto #KokkolaKarleby @kokkolankaupunki",
    # Facebook: the fold, and the rest after a paragraph break
    "facebook": "Kirjasto on kiinni itsenäisyyspäivänä 6.12. ja avataan taas torstaina tavalliseen aikaan. "
                "Tervetuloa!\n\nLisätietoja kirjaston sivuilta: " + URL,
}


def shown_in_editor(window) -> tuple[int | None, int | None]:
    """The editor's fold line and the start of its over-limit tint, as str indices."""
    editor = window.pane.editor
    offsets = Offsets(editor.text())
    fold = None if editor._fold is None else offsets.from_qt(editor._fold)
    cut = None if editor._cut is None else offsets.from_qt(editor._cut.cursor.selectionStart())
    return fold, cut


def struck_text(document: QTextDocument) -> str:
    """The text the preview shows struck through."""
    out = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().fontStrikeOut():
                out.append(fragment.text())
            fragments += 1
        block = block.next()
    return "".join(out)


def show_preview(qtbot, window, channel: str, text: str) -> None:
    draft = window.add_draft(Draft(title="Esikatselu", master="Alku", channels=["facebook", channel]
                                   if channel != "facebook" else ["facebook"]))
    draft.set_variant_text(channel, text)
    window.side_tabs.setCurrentWidget(window.preview)
    window.pane.tabs.set_current(channel)
    qtbot.waitUntil(lambda: window.preview.current_channel() == channel and window.preview.shown is not None
                    and window.preview.draft is draft and not window.preview._timer.isActive())
    window.preview.render()


@pytest.mark.parametrize("channel", sorted(CASES))
def test_the_preview_folds_and_cuts_where_the_editor_and_the_counter_do(qtbot, make_window, channel: str) -> None:
    window = make_window("fi")
    text = CASES[channel]
    show_preview(qtbot, window, channel, text)
    spec = load_channels()[channel]
    shown = window.preview.shown
    assert (shown.fold, shown.cut) == shown_in_editor(window)
    counter = window.pane.counters.label(channel).text()
    plain = window.preview.browser.toPlainText()
    same = re.sub(r"\s", " ", counter) == re.sub(r"\s", " ", f"{spec.name} {plain.splitlines()[0].split(' · ')[1]}")
    assert same, (counter, plain.splitlines()[0])  # the document shows the narrow no-break space as a space
    if channel in ("x", "bluesky"):
        assert shown.fold is None and shown.cut is not None
        struck = struck_text(window.preview.browser.document())
        assert re.sub(r"\s", "", struck) == re.sub(r"\s", "", text[shown.cut:])
        assert "ylittää rajan" in plain
    else:
        assert shown.cut is None and shown.fold is not None
        body = plain.split("\n", 1)[1]
        assert body.count(see_more(channel, "fi")) == 1
        before_fold = body.split(see_more(channel, "fi"))[0]
        assert re.sub(r"\s+", " ", before_fold) == re.sub(r"\s+", " ", text[:shown.fold].rstrip()) + " "


def test_x_weighs_urls_and_emoji_the_counter_way(qtbot, make_window) -> None:
    window = make_window("fi")
    show_preview(qtbot, window, "x", CASES["x"])
    assert window.preview.shown.total == load_channels()["x"].count(CASES["x"]).total
    assert window.preview.shown.total < len(CASES["x"])  # long URLs weigh 23


def test_show_whole_text_and_the_see_more_link_open_the_fold(qtbot, make_window) -> None:
    window = make_window("sv")
    show_preview(qtbot, window, "instagram", CASES["instagram"])
    preview = window.preview
    assert "… mer" in preview.browser.toPlainText() and "@kokkolankaupunki" not in preview.browser.toPlainText()
    preview.browser.anchorClicked.emit(QUrl("see-more"))
    assert preview.whole.isChecked()
    assert "… mer" not in preview.browser.toPlainText()
    assert "@kokkolankaupunki" in preview.browser.toPlainText()
    preview.whole.setChecked(False)
    assert "… mer" in preview.browser.toPlainText()


def test_the_preview_follows_the_tab_and_the_typing(qtbot, make_window) -> None:
    window = make_window("en")
    draft = window.add_draft(Draft(title="Follow", master="Library closed on 6 December.",
                                   channels=["facebook", "bluesky"]))
    window.side_tabs.setCurrentWidget(window.preview)
    window.pane.tabs.set_current("bluesky")
    assert window.preview.current_channel() == "bluesky"
    window.pane.tabs.set_current("")  # the master tab keeps the channel shown
    assert window.preview.current_channel() == "bluesky"
    draft.set_master("Library closed on 6 December. #KokkolaKarleby")
    qtbot.waitUntil(lambda: "#KokkolaKarleby" in window.preview.browser.toPlainText())
    draft.set_channels(["facebook"])
    qtbot.waitUntil(lambda: window.preview.current_channel() == "facebook")


def test_a_hidden_preview_waits_until_it_is_shown(qtbot, make_window) -> None:
    window = make_window("fi")
    draft = window.add_draft(Draft(title="Piilossa", master="Ensimmäinen teksti.", channels=["facebook"]))
    window.side_tabs.setCurrentWidget(window.checklist)
    draft.set_master("Toinen teksti.")
    window.preview.render()
    assert "Toinen" not in window.preview.browser.toPlainText()
    window.side_tabs.setCurrentWidget(window.preview)
    assert "Toinen teksti." in window.preview.browser.toPlainText()


def test_the_new_widgets_have_accessible_names(make_window) -> None:
    preview = make_window("fi").preview
    for widget in (preview.channel, preview.whole, preview.copy, preview.browser):
        assert widget.accessibleName()


# -- the HTML (Qt-free) --------------------------------------------------------------


def html_for(channel: str, text: str, lang: str = "fi", media=(), expanded: bool = False) -> str:
    return preview_html(load_channels()[channel], text, media, lang, COLORS, expanded)


def test_hashtags_mentions_and_links_are_styled_spans() -> None:
    html = html_for("facebook", f"Tervetuloa! #kirjasto @kokkola {URL} loppu")
    assert '<span class="hashtag" style="color:#1f6fd1">#kirjasto</span>' in html
    assert '<span class="mention" style="color:#1f6fd1; font-weight:600">@kokkola</span>' in html
    assert f'<span class="link" style="color:#1f6fd1; text-decoration:underline">{URL}</span>' in html
    assert 'loppu' in html and 'class="hashtag" style="color:#1f6fd1"> loppu' not in html


def test_links_are_plain_where_the_channel_does_not_make_them_clickable() -> None:
    html = html_for("instagram", f"Katso {URL} #kirjasto")
    assert 'class="link"' not in html and URL in html and 'class="hashtag"' in html


def test_user_text_is_escaped() -> None:
    html = html_for("facebook", 'Tule <b>heti</b> & "nyt" <script>alert(1)</script> #kirjasto')
    assert "<b>heti" not in html and "</b> &" not in html and "<script>" not in html
    assert "&lt;b&gt;heti&lt;/b&gt; &amp; &quot;nyt&quot; &lt;script&gt;" in html
    document = QTextDocument()
    document.setHtml(html)
    assert 'Tule <b>heti</b> & "nyt" <script>alert(1)</script> #kirjasto' in document.toPlainText()


def test_an_email_address_is_not_a_mention() -> None:
    assert 'class="mention"' not in html_for("facebook", "Kirjoita matti.meikalainen@gmail.com")


@pytest.mark.parametrize("channel, lang, wording", [
    ("facebook", "fi", "… näytä lisää"), ("facebook", "sv", "… visa mer"), ("facebook", "en", "… see more"),
    ("linkedin", "fi", "… näytä lisää"), ("instagram", "fi", "… lisää"), ("instagram", "sv", "… mer"),
    ("instagram", "en", "… more"),
])
def test_each_channel_words_its_fold_in_the_ui_language(channel: str, lang: str, wording: str) -> None:
    text = "Pääkirjasto on kiinni itsenäisyyspäivänä. " * 10
    assert see_more(channel, lang) == wording
    assert wording in html_for(channel, text, lang)
    assert wording not in html_for(channel, text, lang, expanded=True)
    assert wording not in html_for(channel, "Lyhyt teksti.", lang)


def test_x_has_no_fold_but_strikes_what_is_over_the_weighted_limit() -> None:
    text = CASES["x"]
    cut = load_channels()["x"].count(text).cut
    html = html_for("x", text)
    assert "lisää" not in html
    struck = "".join(re.findall(r'<span class="over"[^>]*>(.*?)</span>', html, re.S))
    assert struck == text[cut:]


@pytest.mark.parametrize("lang, media, expected", [
    ("fi", [Media("image"), Media("image")], "2 kuvaa"),
    ("fi", [Media("image"), Media("video")], "1 kuva · 1 video"),
    ("sv", [Media("image"), Media("image"), Media("video"), Media("video")], "2 bilder · 2 videor"),
    ("en", [Media("video")], "1 video"),
    ("en", [], ""),
])
def test_the_image_and_video_count(lang: str, media: list[Media], expected: str) -> None:
    assert media_text(media, lang) == expected
    if expected:
        assert expected in html_for("facebook", "Teksti.", lang, media)


def test_a_long_mention_is_styled_whole_on_every_channel() -> None:
    handle = "@KokkolanKaupunginkirjasto"  # 25 characters: twitter-text stops at 20
    for channel in ("facebook", "instagram", "x", "linkedin", "mastodon", "bluesky"):
        html = html_for(channel, f"Kiitos {handle}. Tervetuloa!")
        assert f'font-weight:600">{handle}</span>' in html, channel
        assert f'{handle}.</span>' not in html  # the full stop is not part of it
